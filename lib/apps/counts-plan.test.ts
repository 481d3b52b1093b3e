import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { xeroApps } from "@/db/schema";
import { observedConnections } from "./counts";
import { sqlitePlan } from "@/lib/testing/sqlite-plans";

// The apps list and the overview count each app's observed connections. Reading them through the app's
// grants (an index seek, then the few observed grants' connections) keeps that count from reading every
// connection of every app: 1.1 s of each page at 100,000 connections (npm run bench) before.

beforeAll(() => migrateConfiguredDatabase());

describe("observedConnections", () => {
  it("starts from the app's grants, not from its connections", () => {
    const query = getDb().select({ id: xeroApps.id, observed: observedConnections }).from(xeroApps).toSQL();
    const plan = sqlitePlan(query);
    const firstInSubquery = plan[plan.findIndex((d) => d.startsWith("CORRELATED SCALAR SUBQUERY")) + 1];
    expect(firstInSubquery).toMatch(/^SEARCH g USING (COVERING )?INDEX grants_app_user_uq \(app_id=\?\)/);
    expect(plan.join("\n")).toMatch(/SEARCH c USING (COVERING )?INDEX conn_grant_idx \(grant_id=\?\)/);
  });
});

import { beforeAll, describe, expect, it, vi } from "vitest";
import { migrateConfiguredDatabase } from "@/db/migrate";
import type { ConnectionFilters } from "./filters";
import { rowsInSortOrder } from "./queries";
import { sqlitePlan } from "@/lib/testing/sqlite-plans";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

// The walk of the sort's index (rowsInSortOrder): on a database without ANALYZE statistics, as a deployment's is,
// SQLite's planner otherwise scans grants first or searches by status and sorts every connection (0.7 s for the
// default view at 1,000,000 connections, against a few milliseconds).

beforeAll(() => migrateConfiguredDatabase());

const plan = (f: ConnectionFilters) => sqlitePlan(rowsInSortOrder(f).limit(50).toSQL());

describe("rowsInSortOrder", () => {
  it.each([
    [{}, /^SCAN connections USING INDEX conn_tenant_name_idx/],
    [{ dir: "desc", environment: "production" }, /^SCAN connections USING INDEX conn_tenant_name_idx/],
    [{ status: "stale" }, /^SEARCH connections USING INDEX conn_status_name_idx \(status=\?\)/],
    [{ sort: "status", status: "all" }, /^SCAN connections USING INDEX conn_status_name_idx/],
    [{ sort: "created", status: "active" }, /^SCAN connections USING INDEX conn_created_idx/],
    [{ sort: "updated", dir: "desc" }, /^SCAN connections USING INDEX conn_updated_idx/],
    [{ sort: "user", status: "active" }, /^SCAN grants USING INDEX grants_email_idx/],
    [{ sort: "app", app: "00000000-0000-4000-8000-000000000000" }, /^SCAN xero_apps USING INDEX apps_name_idx/],
  ] as Array<[ConnectionFilters, RegExp]>)("%o walks the order's index and sorts only ties", (f, first) => {
    const steps = plan(f);
    expect(steps[0]).toMatch(first);
    expect(steps.join("\n")).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
    // The inner tables are looked up by key: the user's connections by grant, the app's by app.
    if (f.sort === "user") expect(steps[1]).toMatch(/SEARCH connections USING INDEX conn_grant_idx \(grant_id=\?\)/);
    if (f.sort === "app") expect(steps[1]).toMatch(/SEARCH connections USING (COVERING )?INDEX conn_app_\w+ \(app_id=\?/);
  });
});

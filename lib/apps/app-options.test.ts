import { beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { connections } from "@/db/schema";
import { testSession } from "@/lib/testing/auth-mock";
import { insertTestUser } from "@/lib/testing/users";
import { insertApp, insertConnection, insertGrant } from "@/lib/testing/fixtures";
import { appOption, listAppOptions } from "./queries";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

// The app filter menus (components/connections/app-filter-select.tsx): the page renders only the chosen app
// (appOption); the menu loads the rest from GET /api/app-options, the stale view's only the apps with stale connections.

let stale = "";
let fresh = "";

beforeAll(async () => {
  await migrateConfiguredDatabase();
  testSession.userId = (await insertTestUser("support")).id;
  stale = await insertApp({ name: "Options stale app", environment: "production" });
  fresh = await insertApp({ name: "Options fresh app", environment: "production" });
  const made = await insertConnection(stale, await insertGrant(stale, "Ben"), "Options Org");
  await insertConnection(fresh, await insertGrant(fresh, "Ana"), "Options Org 2");
  await getDb().update(connections).set({ status: "stale" }).where(eq(connections.id, made.id));
});

describe("app filter options", () => {
  it("lists every app, or only the apps with stale connections", async () => {
    const all = (await listAppOptions()).map((a) => a.id);
    expect(all).toEqual(expect.arrayContaining([stale, fresh]));
    const withStale = (await listAppOptions("stale")).map((a) => a.id);
    expect(withStale).toContain(stale);
    expect(withStale).not.toContain(fresh);
  });

  it("gives the chosen app, and nothing for an id that is not an app", async () => {
    expect(await appOption(stale)).toEqual({ id: stale, name: "Options stale app", environment: "production" });
    expect(await appOption("00000000-0000-4000-8000-000000000000")).toBeUndefined();
    expect(await appOption("not-an-id")).toBeUndefined();
    expect(await appOption(undefined)).toBeUndefined();
  });
});

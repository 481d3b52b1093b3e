import { beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { xeroApps } from "@/db/schema";
import { testSession } from "@/lib/testing/auth-mock";
import { insertApp, insertConnection, insertGrant } from "@/lib/testing/fixtures";
import { insertTestUser } from "@/lib/testing/users";
import { environments } from "./environments";
import { APPS_PAGE_SIZE, appsClosestToCap, listAppsPage } from "./queries";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

// The Apps page reads one page of apps (by environment in the page's order, then name) and the overview the
// few closest to their cap: neither reads every app's connections, and both keep today's numbers.

beforeAll(async () => {
  await migrateConfiguredDatabase();
  testSession.userId = (await insertTestUser("support")).id;
});

async function appWith(name: string, plan: string, connected: number, opts: { environment?: (typeof environments)[number]; portal?: number } = {}) {
  const appId = await insertApp({ name, plan, environment: opts.environment ?? "production" });
  const grantId = await insertGrant(appId);
  for (let i = 0; i < connected; i++) await insertConnection(appId, grantId, `${name} org ${i}`);
  if (opts.portal !== undefined) await getDb().update(xeroApps).set({ portalConnectionCount: opts.portal }).where(eq(xeroApps.id, appId));
  return appId;
}

describe("the overview's apps closest to their cap", () => {
  it("ranks at or over the cap first, then nearly full, then the rest by share of the cap, uncapped last", async () => {
    await appWith("Rank core 10 of 50", "core", 10);
    await appWith("Rank enterprise 40", "enterprise", 40);
    await appWith("Rank starter 4 of 5", "starter", 4);
    await appWith("Rank core 45 of 50", "core", 45, { environment: "staging" });
    await appWith("Rank starter 5 of 5", "starter", 5, { environment: "development" });
    // Xero's portal counts 6 where Connection Desk knows 1: 6 of 5, over the cap.
    await appWith("Rank starter portal 6", "starter", 1, { portal: 6 });
    // One of one is a Custom Connection's normal state: not a cap to worry about.
    await appWith("Rank custom 1 of 1", "custom-connection", 1);
    await appWith("Rank core 0 of 50", "core", 0);

    const { apps, total } = await appsClosestToCap(5);
    expect(total).toBe(8);
    expect(apps.map((a) => a.name)).toEqual(["Rank starter portal 6", "Rank starter 5 of 5", "Rank core 45 of 50", "Rank starter 4 of 5", "Rank core 10 of 50"]);
    expect(apps.map((a) => a.progress.level)).toEqual(["full", "full", "warn", "warn", "ok"]);
    expect(apps[0]!.portal).toMatchObject({ known: 1, portal: 6, counted: 6 });
    const all = await appsClosestToCap(100);
    expect(all.apps.map((a) => a.name).slice(5)).toEqual(["Rank custom 1 of 1", "Rank core 0 of 50", "Rank enterprise 40"]);
  });
});

describe("the Apps page", () => {
  it("pages by environment (development, staging, production) then name, with each environment's total", async () => {
    const made: Array<{ name: string; environment: (typeof environments)[number] }> = [];
    for (let i = 0; i < APPS_PAGE_SIZE + 10; i++) {
      const environment = environments[i % 3]!;
      const name = `Paged ${String(i).padStart(2, "0")}`;
      made.push({ name, environment });
      await insertApp({ name, environment });
    }
    const expected = environments.flatMap((env) =>
      made
        .filter((a) => a.environment === env)
        .map((a) => a.name)
        .sort(),
    );
    const first = await listAppsPage({ q: "paged" });
    const second = await listAppsPage({ q: "PAGED", page: 2 });
    const names = (p: typeof first) => environments.flatMap((env) => p.groups[env].map((a) => a.name));
    expect(first).toMatchObject({ total: APPS_PAGE_SIZE + 10, page: 1, pageSize: APPS_PAGE_SIZE, totals: { development: 20, staging: 20, production: 20 } });
    expect(names(first)).toEqual(expected.slice(0, APPS_PAGE_SIZE));
    expect(names(second)).toEqual(expected.slice(APPS_PAGE_SIZE));
    expect(second.groups.development).toEqual([]);
    expect(first.groups.staging[0]).toMatchObject({ connectionCount: 0, organisationCount: 0, progress: { count: 0, cap: 50 } });
    expect((await listAppsPage({ q: "paged", page: 3 })).groups).toEqual({ development: [], staging: [], production: [] });
  });

  it("searches names literally and counts the apps on the page like the rest of the dashboard", async () => {
    await appWith("Search 100% sync", "starter", 3, { environment: "staging" });
    await appWith("Search 100x sync", "starter", 1, { environment: "staging" });
    const page = await listAppsPage({ q: "100%" });
    expect(page.total).toBe(1);
    expect(page.groups.staging).toHaveLength(1);
    expect(page.groups.staging[0]).toMatchObject({ name: "Search 100% sync", connectionCount: 3, organisationCount: 3, progress: { count: 3, cap: 5, level: "ok" } });
    expect((await listAppsPage({ q: "no such app" })).total).toBe(0);
    // Without a search every app is counted.
    expect((await listAppsPage()).total).toBe((await getDb().select({ id: xeroApps.id }).from(xeroApps)).length);
  });
});

import { beforeAll, describe, expect, it, vi } from "vitest";
import { eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { connections, grants, organisations } from "@/db/schema";
import { testSession } from "@/lib/testing/auth-mock";
import { insertTestUser } from "@/lib/testing/users";
import { attributeToEndUser, insertApp, insertConnection, insertEndUser, insertGrant } from "@/lib/testing/fixtures";
import { connectionSorts, SEARCH_CAP, type ConnectionFilters } from "./filters";
import { listConnections } from "./queries";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

// listConnections walks the sort's index (SQLite) when the filters keep a good share of the rows and lets the
// planner sort the matches otherwise: small pages take the walk here, one page of everything the sort. Both
// must give the same rows in the same order. A text search lists and counts its first SEARCH_CAP matches.

beforeAll(async () => {
  await migrateConfiguredDatabase();
  testSession.userId = (await insertTestUser("support")).id;
  const prod = await insertApp({ name: "Zeta prod", environment: "production" });
  const dev = await insertApp({ name: "Alpha dev", environment: "development" });
  const grantsMade = [await insertGrant(prod, "Ben"), await insertGrant(prod, "Ana"), await insertGrant(dev, "Dev")];
  const made = [];
  for (let i = 0; i < 18; i++) {
    const g = grantsMade[i % 3]!;
    made.push(await insertConnection(g === grantsMade[2] ? dev : prod, g, `Org ${String.fromCharCode(90 - (i % 7))} ${i % 4}`));
  }
  // Same organisation name twice (ties broken by user, then id), two statuses, different created dates.
  await getDb()
    .update(connections)
    .set({ status: "stale" })
    .where(inArray(connections.id, [made[1]!.id, made[5]!.id, made[9]!.id]));
  await getDb().update(connections).set({ status: "disconnected" }).where(eq(connections.id, made[2]!.id));
  for (const [i, m] of made.entries())
    await getDb()
      .update(connections)
      .set({ xeroCreatedAt: new Date(Date.UTC(2024, 0, 1 + (i % 5))), xeroUpdatedAt: new Date(Date.UTC(2024, 1, 1 + (i % 3))) })
      .where(eq(connections.id, m.id));
});

const ids = async (f: ConnectionFilters, pageSize: number) => {
  const out: string[] = [];
  for (let page = 1; ; page++) {
    const r = await listConnections({ ...f, page }, pageSize);
    out.push(...r.rows.map((row) => row.id));
    if (page * pageSize >= r.total) return { ids: out, total: r.total };
  }
};

describe("a page read by walking the sort's index", () => {
  const views: ConnectionFilters[] = [{}, { status: "stale" }, { status: "all" }, { environment: "production" }];
  const cases = connectionSorts.flatMap((sort) => (["asc", "desc"] as const).flatMap((dir) => views.map((v) => ({ ...v, sort, dir }))));
  it.each(cases)("lists what sorting every match lists: %o", async (f) => {
    const all = await listConnections(f, 1000);
    const paged = await ids(f, 2);
    expect(paged.total).toBe(all.total);
    expect(paged.ids).toEqual(all.rows.map((r) => r.id));
  });
});

describe("a text search", () => {
  it(`counts and lists its first ${SEARCH_CAP} matches, and says more matched`, async () => {
    const app = await insertApp({ name: "Broad", environment: "production" });
    const grant = await insertGrant(app, "Many");
    for (let i = 0; i <= SEARCH_CAP; i++) await insertConnection(app, grant, `Broadleaf ${i}`);
    const page = await listConnections({ q: "Broadleaf" });
    expect(page).toMatchObject({ total: SEARCH_CAP, capped: true });
    expect(page.rows.map((r) => r.tenantName)).toEqual([...page.rows.map((r) => r.tenantName)].sort());
    const last = await listConnections({ q: "Broadleaf", page: SEARCH_CAP / 50 });
    expect(last.rows).toHaveLength(50);
    // One fewer match: the exact count, nothing capped.
    const one = await getDb().select({ id: connections.id, tenantId: connections.tenantId }).from(connections).where(eq(connections.tenantName, "Broadleaf 0"));
    await getDb().delete(connections).where(eq(connections.id, one[0]!.id));
    await getDb().delete(organisations).where(eq(organisations.tenantId, one[0]!.tenantId));
    expect(await listConnections({ q: "Broadleaf" })).toMatchObject({ total: SEARCH_CAP, capped: false });
    await getDb().delete(grants).where(eq(grants.id, grant));
  }, 60_000);

  // The search asks its organisation arm first and the others (emails, customers) only when it found fewer than
  // the cap (searchMatches): a text in both an organisation's name and a customer's lists both, each row once.
  it("lists the organisations and the customers that match, each connection once", async () => {
    const app = await insertApp({ name: "Totara app", environment: "production" });
    const byName = await insertGrant(app, "Tui");
    const ofCustomer = await insertGrant(app, "Kea");
    const named = [await insertConnection(app, byName, "Totara Timber"), await insertConnection(app, byName, "Totara Timber South")];
    // A customer named Totara whose connection's organisation is named Totara too: found by both arms.
    const both = await insertConnection(app, ofCustomer, "Totara Holdings");
    const customerOnly = await insertConnection(app, ofCustomer, "Rimu Traders");
    await attributeToEndUser(await insertEndUser("cust-totara", { displayName: "Totara Group" }), ofCustomer);
    const page = await listConnections({ q: "totara", environment: "production", status: "active" });
    expect(page).toMatchObject({ total: 4, capped: false });
    expect(page.rows.map((r) => r.id).sort()).toEqual([...named, both, customerOnly].map((c) => c.id).sort());
    expect((await listConnections({ q: "totara", environment: "development" })).total).toBe(0);
  });
});

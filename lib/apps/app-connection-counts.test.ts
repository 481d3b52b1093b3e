import { beforeAll, describe, expect, it, vi } from "vitest";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/index";
import { rawRows } from "@/db/query";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { connections, grants, xeroApps } from "@/db/schema";
import { testSession } from "@/lib/testing/auth-mock";
import { insertApp, insertConnection, insertGrant } from "@/lib/testing/fixtures";
import { insertTestUser } from "@/lib/testing/users";
import { getApp, listApps } from "./queries";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

// app_connection_counts is kept by triggers on connection_counts (migration app_connection_counts): after any
// mix of writes it must equal a fresh count of connections, and the apps' counts read from it must equal
// what counting connections gives (the definitions in docs/xero.md#what-counts-as-a-connection).

type Row = { app_id: string; live: number; live_demo: number; stale: number; organisations: number };
const numbered = (rows: Row[]) => rows.map((r) => ({ app_id: r.app_id, live: Number(r.live), live_demo: Number(r.live_demo), stale: Number(r.stale), organisations: Number(r.organisations) }));
const summary = async () => numbered(await rawRows<Row>(sql`select app_id, live, live_demo, stale, organisations from app_connection_counts order by app_id`));
const fresh = async () =>
  numbered(
    await rawRows<Row>(sql`select app_id,
      sum(case when is_demo = 0 then 1 else 0 end) as live, sum(case when is_demo = 0 then 0 else 1 end) as live_demo,
      sum(case when status = 'stale' then 1 else 0 end) as stale, count(distinct tenant_id) as organisations
    from connections where status != 'disconnected' group by app_id order by app_id`),
  );

/** An app's counts straight from its connections, as the apps list showed them before the summary. */
async function recounted(appId: string) {
  const [app] = await getDb().select({ countDemo: xeroApps.countDemoCompanies }).from(xeroApps).where(eq(xeroApps.id, appId));
  const rows = await getDb().select().from(connections).where(eq(connections.appId, appId));
  const live = rows.filter((c) => c.status !== "disconnected");
  const observedGrants = new Set((await getDb().select().from(grants).where(eq(grants.appId, appId))).filter((g) => g.source === "observed").map((g) => g.id));
  const counted = live.filter((c) => !c.isDemo || app!.countDemo);
  return {
    connectionCount: counted.length,
    organisationCount: new Set(live.map((c) => c.tenantId)).size,
    staleCount: rows.filter((c) => c.status === "stale").length,
    observedCount: counted.filter((c) => observedGrants.has(c.grantId)).length,
  };
}

beforeAll(async () => {
  await migrateConfiguredDatabase();
  testSession.userId = (await insertTestUser("support")).id;
});

describe("per-app connection counts", () => {
  it("match a fresh count after inserts, status and demo changes, moves between organisations and apps, and deletes", async () => {
    const a = await insertApp({ name: "Summary A" });
    const b = await insertApp({ name: "Summary B" });
    const c = await insertApp({ name: "Summary C" });
    const ga = await insertGrant(a, "Ann");
    const gb = await insertGrant(b, "Bob");
    const gc = await insertGrant(c, "Cat");
    const made: { id: string; tenantId: string }[] = [];
    for (let i = 0; i < 12; i++) made.push(await insertConnection(i % 3 ? a : b, i % 3 ? ga : gb, `Org ${i}`));
    made.push(await insertConnection(c, gc, "Only org of C"));
    const db = getDb();
    const set = (i: number, values: Partial<typeof connections.$inferInsert>) => db.update(connections).set(values).where(eq(connections.id, made[i]!.id));
    await set(1, { status: "stale" });
    await set(2, { status: "disconnected" });
    await set(1, { status: "active" });
    await set(4, { isDemo: true });
    // Two connections to one organisation: it counts once, and still once after one of them goes.
    await set(7, { tenantId: made[5]!.tenantId });
    await set(5, { status: "stale" });
    await set(7, { status: "disconnected" });
    await set(10, { appId: b, grantId: gb });
    await db.update(connections).set({ lastSeenAt: new Date() }).where(eq(connections.appId, a));
    await db.delete(connections).where(eq(connections.id, made[8]!.id));
    await db.update(connections).set({ status: "stale" }).where(eq(connections.appId, b));
    // C's only connection goes: its row goes with it.
    await set(12, { status: "disconnected" });

    expect(await summary()).toEqual(await fresh());
    expect((await summary()).map((r) => r.app_id)).not.toContain(c);
    await db.delete(xeroApps).where(eq(xeroApps.id, b));
    expect(await summary()).toEqual(await fresh());
  });

  it("give every app the counts its connections give, demo companies counted only where the app says so", async () => {
    const plain = await insertApp({ name: "Counts plain" });
    const demo = await insertApp({ name: "Counts demo" });
    await getDb().update(xeroApps).set({ countDemoCompanies: true }).where(eq(xeroApps.id, demo));
    for (const appId of [plain, demo]) {
      const held = await insertGrant(appId, "Held");
      const observed = await insertGrant(appId, "Observed");
      await getDb().update(grants).set({ source: "observed", tokenSetEnc: null }).where(eq(grants.id, observed));
      const conns = [];
      for (let i = 0; i < 4; i++) conns.push(await insertConnection(appId, i % 2 ? held : observed, `${appId} org ${i}`));
      await getDb().update(connections).set({ isDemo: true }).where(eq(connections.id, conns[0]!.id));
      await getDb().update(connections).set({ status: "stale" }).where(eq(connections.id, conns[1]!.id));
      await getDb().update(connections).set({ status: "disconnected" }).where(eq(connections.id, conns[2]!.id));
    }
    const listed = new Map((await listApps()).map((app) => [app.id, app]));
    for (const appId of [plain, demo]) {
      const expected = await recounted(appId);
      expect(listed.get(appId), appId).toMatchObject(expected);
      expect(await getApp(appId)).toMatchObject(expected);
    }
    expect(listed.get(plain)).toMatchObject({ connectionCount: 2, organisationCount: 3 });
    expect(listed.get(demo)).toMatchObject({ connectionCount: 3, organisationCount: 3 });
  });
});

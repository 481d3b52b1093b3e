import { beforeAll, describe, expect, it, vi } from "vitest";
import { eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/index";
import { rawFirst, rawRows } from "@/db/query";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { connections, grants } from "@/db/schema";
import { testSession } from "@/lib/testing/auth-mock";
import { insertTestUser } from "@/lib/testing/users";
import { attributeToEndUser, insertApp, insertConnection, insertEndUser, insertGrant } from "@/lib/testing/fixtures";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

// grant_connection_counts is kept by triggers (migration grant_connection_counts): after any mix of writes
// to connections, grants and customers it must equal a fresh count, and the pages reading it must agree
// with counting connections.

type Row = { grant_id: string; end_user_id: string; status: string; n: number };
const counted = (rows: Row[]) => rows.map((r) => ({ ...r, n: Number(r.n) }));
const summary = async () => counted(await rawRows<Row>(sql`select grant_id, end_user_id, status, n from grant_connection_counts order by 1, 2, 3`));
const fresh = async () => counted(await rawRows<Row>(sql`select grant_id, coalesce(end_user_id, '') as end_user_id, status, count(*) as n from connections group by 1, 2, 3 order by 1, 2, 3`));
const liveOfGrant = async (grantId: string) => Number((await rawFirst<{ n: number }>(sql`select count(*) as n from connections where grant_id = ${grantId} and status != 'disconnected'`))!.n);

beforeAll(async () => {
  await migrateConfiguredDatabase();
  testSession.userId = (await insertTestUser("support")).id;
});

describe("maintained per-grant connection counts", () => {
  it("match a fresh count after inserts, status changes, disconnects, customer changes and deletes", async () => {
    const a = await insertApp({ name: "Grant counts A" });
    const b = await insertApp({ name: "Grant counts B" });
    const ga = await insertGrant(a, "Ana");
    const gb = await insertGrant(b, "Ana");
    const gc = await insertGrant(a, "Chen");
    const made: { id: string; tenantId: string }[] = [];
    for (let i = 0; i < 12; i++) made.push(await insertConnection(i % 3 === 0 ? b : a, i % 3 === 0 ? gb : i % 2 ? ga : gc, `Counted Org ${i}`));
    const id = (i: number) => made[i]!.id;
    const db = getDb();
    const customer = await insertEndUser("cust-counts", { displayName: "Counted Customer" });
    const other = await insertEndUser("cust-counts-2");
    await attributeToEndUser(customer, ga, [id(1), id(5)]);
    await db
      .update(connections)
      .set({ status: "stale" })
      .where(eq(connections.id, id(1)));
    await db
      .update(connections)
      .set({ status: "disconnected", disconnectedAt: new Date() })
      .where(eq(connections.id, id(2)));
    await db
      .update(connections)
      .set({ status: "active" })
      .where(eq(connections.id, id(1)));
    await db
      .update(connections)
      .set({ grantId: gc })
      .where(eq(connections.id, id(5)));
    await db
      .update(connections)
      .set({ endUserId: other })
      .where(eq(connections.id, id(7)));
    await db.update(connections).set({ lastSeenAt: new Date() }).where(eq(connections.appId, a));
    await db.delete(connections).where(eq(connections.id, id(4)));
    await db
      .update(connections)
      .set({ endUserId: null })
      .where(eq(connections.id, id(7)));
    await db.update(connections).set({ status: "disconnected" }).where(eq(connections.appId, b));
    await db.delete(grants).where(eq(grants.id, gb)); // cascades to its connections

    expect(await summary()).toEqual(await fresh());
    expect((await summary()).some((r) => r.n <= 0)).toBe(false);
    expect((await summary()).some((r) => r.grant_id === gb)).toBe(false);

    // People reads the summary: its per-app counts are the live connections of each grant.
    const { listPeople } = await import("@/lib/people/queries");
    const people = await listPeople({ q: "ana-" });
    const apps = people.rows.flatMap((p) => p.apps);
    expect(apps.length).toBeGreaterThan(0);
    const ana = await db
      .select({ id: grants.id, appId: grants.appId })
      .from(grants)
      .where(inArray(grants.id, [ga, gc]));
    for (const g of ana.filter((g) => g.id === ga)) expect(apps.find((x) => x.appId === g.appId)?.connections).toBe(await liveOfGrant(g.id));

    // So does an app's user filter.
    const { listAppUsers } = await import("@/lib/connections/queries");
    const users = await listAppUsers(a);
    expect(users.map((u) => u.connections).sort()).toEqual([await liveOfGrant(ga), await liveOfGrant(gc)].sort());
    expect(users.some((u) => u.connections > 0)).toBe(true);

    // Customers read it too: connections recorded on the customer plus unrecorded ones of their grants.
    const { listEndUsers } = await import("@/lib/end-users/queries");
    const row = (await listEndUsers({ q: "cust-counts" })).rows.find((r) => r.id === customer)!;
    const expected = Number(
      (await rawFirst<{ n: number }>(sql`select count(*) as n from connections c join grants g on g.id = c.grant_id
      where c.status != 'disconnected' and coalesce(c.end_user_id, g.end_user_id) = ${customer}`))!.n,
    );
    expect(expected).toBeGreaterThan(0);
    expect(row.connectionCount).toBe(expected);
  });
});

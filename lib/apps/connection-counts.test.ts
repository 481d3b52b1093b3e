import { beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { connections } from "@/db/schema";
import { insertApp, insertConnection, insertGrant } from "@/lib/testing/fixtures";

// connection_counts is kept by triggers (migration 0008): after any mix of writes it must equal a fresh count.

const summary = () =>
  getDb().all<{ app_id: string; tenant_id: string; is_demo: number; status: string; n: number }>(sql`select app_id, tenant_id, is_demo, status, n from connection_counts order by 1, 2, 3, 4`);
const fresh = () =>
  getDb().all<{ app_id: string; tenant_id: string; is_demo: number; status: string; n: number }>(
    sql`select app_id, tenant_id, is_demo, status, count(*) as n from connections group by 1, 2, 3, 4 order by 1, 2, 3, 4`,
  );

beforeAll(() => migrateConfiguredDatabase());

describe("maintained connection counts", () => {
  it("match a fresh count after inserts, status changes, moves and deletes", async () => {
    const a = await insertApp({ name: "Counts A" });
    const b = await insertApp({ name: "Counts B" });
    const ga = await insertGrant(a, "Ann");
    const gb = await insertGrant(b, "Bob");
    const made: { id: string; tenantId: string }[] = [];
    for (let i = 0; i < 12; i++) made.push(await insertConnection(i % 3 ? a : b, i % 3 ? ga : gb, `Org ${i}`));
    const db = getDb();
    const id = (i: number) => made[i]!.id;
    db.update(connections)
      .set({ status: "stale" })
      .where(eq(connections.id, id(1)))
      .run();
    db.update(connections)
      .set({ status: "disconnected" })
      .where(eq(connections.id, id(2)))
      .run();
    db.update(connections)
      .set({ status: "active" })
      .where(eq(connections.id, id(1)))
      .run();
    db.update(connections)
      .set({ isDemo: true })
      .where(eq(connections.id, id(4)))
      .run();
    db.update(connections)
      .set({ tenantId: made[5]!.tenantId })
      .where(eq(connections.id, id(7)))
      .run();
    db.update(connections).set({ lastSeenAt: new Date() }).where(eq(connections.appId, a)).run();
    db.delete(connections)
      .where(eq(connections.id, id(8)))
      .run();
    db.update(connections).set({ status: "stale" }).where(eq(connections.appId, b)).run();

    expect(summary().filter((r) => r.n > 0)).toEqual(fresh());
    expect(summary().some((r) => r.n <= 0)).toBe(false);
  });
});

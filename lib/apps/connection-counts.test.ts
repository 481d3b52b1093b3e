import { beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/index";
import { rawRows } from "@/db/query";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { connections } from "@/db/schema";
import { insertApp, insertConnection, insertGrant } from "@/lib/testing/fixtures";

// connection_counts is kept by triggers (migration 0008): after any mix of writes it must equal a fresh count.

type CountRow = { app_id: string; tenant_id: string; is_demo: number; status: string; n: number };
// Postgres answers count(*) as a string: n is read as a number on both engines.
const numbered = (rows: CountRow[]) => rows.map((r) => ({ ...r, is_demo: Number(r.is_demo), n: Number(r.n) }));
const summary = async () => numbered(await rawRows<CountRow>(sql`select app_id, tenant_id, is_demo, status, n from connection_counts order by 1, 2, 3, 4`));
const fresh = async () => numbered(await rawRows<CountRow>(sql`select app_id, tenant_id, is_demo, status, count(*) as n from connections group by 1, 2, 3, 4 order by 1, 2, 3, 4`));

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
    await db
      .update(connections)
      .set({ status: "stale" })
      .where(eq(connections.id, id(1)));
    await db
      .update(connections)
      .set({ status: "disconnected" })
      .where(eq(connections.id, id(2)));
    await db
      .update(connections)
      .set({ status: "active" })
      .where(eq(connections.id, id(1)));
    await db
      .update(connections)
      .set({ isDemo: true })
      .where(eq(connections.id, id(4)));
    await db
      .update(connections)
      .set({ tenantId: made[5]!.tenantId })
      .where(eq(connections.id, id(7)));
    await db.update(connections).set({ lastSeenAt: new Date() }).where(eq(connections.appId, a));
    await db.delete(connections).where(eq(connections.id, id(8)));
    await db.update(connections).set({ status: "stale" }).where(eq(connections.appId, b));

    expect((await summary()).filter((r) => r.n > 0)).toEqual(await fresh());
    expect((await summary()).some((r) => r.n <= 0)).toBe(false);
  });
});

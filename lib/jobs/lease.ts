import { and, eq, lt, or, sql } from "drizzle-orm";
import { getDb } from "@/db/index";
import { jobLeases } from "@/db/schema";
import { firstRow } from "@/db/query";
import { xeroNowMs } from "@/lib/clock";

// Only one runner works at a time, even with several server processes on one database: whoever holds
// the unexpired lease row. The conditional upsert is one statement, so taking the lease is atomic on
// either engine; the read after it only tells who holds it now.

export async function tryAcquireLease(name: string, holder: string, ttlMs: number): Promise<boolean> {
  const at = xeroNowMs();
  await getDb()
    .insert(jobLeases)
    .values({ name, holder, expiresAt: new Date(at + ttlMs) })
    .onConflictDoUpdate({
      target: jobLeases.name,
      set: { holder: sql`excluded.holder`, expiresAt: sql`excluded.expires_at` },
      setWhere: or(lt(jobLeases.expiresAt, new Date(at)), eq(jobLeases.holder, sql`excluded.holder`)),
    });
  const row = await firstRow(getDb().select({ holder: jobLeases.holder }).from(jobLeases).where(eq(jobLeases.name, name)).limit(1));
  return row?.holder === holder;
}

export async function releaseLease(name: string, holder: string): Promise<void> {
  await getDb()
    .delete(jobLeases)
    .where(and(eq(jobLeases.name, name), eq(jobLeases.holder, holder)));
}

/** Whether `holder` holds the unexpired lease now (a read only: /api/health reports it). */
export async function holdsLease(name: string, holder: string): Promise<boolean> {
  const row = await firstRow(getDb().select({ holder: jobLeases.holder, expiresAt: jobLeases.expiresAt }).from(jobLeases).where(eq(jobLeases.name, name)).limit(1));
  return row?.holder === holder && row.expiresAt.getTime() > xeroNowMs();
}

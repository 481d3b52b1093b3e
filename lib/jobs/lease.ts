import { and, eq, lt, or, sql } from "drizzle-orm";
import { getDb } from "@/db/index";
import { jobLeases } from "@/db/schema";
import { xeroNowMs } from "@/lib/clock";

// Only one runner works at a time, even with several server processes on one database: whoever holds
// the unexpired lease row. SQLite serialises writers, so the conditional upsert is atomic.

export function tryAcquireLease(name: string, holder: string, ttlMs: number): boolean {
  const at = xeroNowMs();
  getDb()
    .insert(jobLeases)
    .values({ name, holder, expiresAt: new Date(at + ttlMs) })
    .onConflictDoUpdate({
      target: jobLeases.name,
      set: { holder: sql`excluded.holder`, expiresAt: sql`excluded.expires_at` },
      setWhere: or(lt(jobLeases.expiresAt, new Date(at)), eq(jobLeases.holder, sql`excluded.holder`)),
    })
    .run();
  const row = getDb().select({ holder: jobLeases.holder }).from(jobLeases).where(eq(jobLeases.name, name)).get();
  return row?.holder === holder;
}

export function releaseLease(name: string, holder: string) {
  getDb()
    .delete(jobLeases)
    .where(and(eq(jobLeases.name, name), eq(jobLeases.holder, holder)))
    .run();
}

/** Whether `holder` holds the unexpired lease now (a read only: /api/health reports it). */
export function holdsLease(name: string, holder: string): boolean {
  const row = getDb().select({ holder: jobLeases.holder, expiresAt: jobLeases.expiresAt }).from(jobLeases).where(eq(jobLeases.name, name)).get();
  return row?.holder === holder && row.expiresAt.getTime() > xeroNowMs();
}

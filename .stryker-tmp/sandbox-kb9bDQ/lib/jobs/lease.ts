// @ts-nocheck
import { sql } from "drizzle-orm";
import { getDb } from "@/db/index";
import { xeroNowMs } from "@/lib/clock";

// Only one runner works at a time, even with several server processes on one database: whoever holds
// the unexpired lease row. SQLite serialises writers, so the conditional upsert is atomic.

export function tryAcquireLease(name: string, holder: string, ttlMs: number): boolean {
  const at = xeroNowMs();
  getDb().run(sql`
    insert into job_leases (name, holder, expires_at) values (${name}, ${holder}, ${at + ttlMs})
    on conflict (name) do update set holder = excluded.holder, expires_at = excluded.expires_at
    where job_leases.expires_at < ${at} or job_leases.holder = excluded.holder`);
  const row = getDb().get<{ holder: string }>(sql`select holder from job_leases where name = ${name}`);
  return row?.holder === holder;
}

export function releaseLease(name: string, holder: string) {
  getDb().run(sql`delete from job_leases where name = ${name} and holder = ${holder}`);
}

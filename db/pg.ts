import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { Pool, types } from "pg";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { describePostgresUrl } from "@/db/engine";
import * as schema from "@/db/schema.pg";

// The dashboard's Postgres database (DATABASE_URL), opened lazily like the SQLite one so `next build` needs none.
// One pool per process, kept on globalThis because Next may load this module more than once.

// int8 as a number, not node-postgres's default string: every bigint we store is a UTC millisecond time or a
// count (count(*) is int8), far below 2^53. db/schema.ts's SQLite columns then read Postgres rows unchanged
// (a timestamp_ms column makes a Date of a number, not of a string). Process-wide, as node-postgres's parsers are.
types.setTypeParser(types.builtins.INT8, (value: string) => Number(value));

export type PgDb = NodePgDatabase<typeof schema>;
export type PgHandle = { db: PgDb; pool: Pool; url: string };

const globalForPg = globalThis as unknown as { __connectionDeskPg?: PgHandle };

/** A pool and drizzle over it for `url`; the caller ends it with closePg. Tests and scripts use it directly. */
export function openPg(url: string, max = 10): PgHandle {
  const pool = new Pool({ connectionString: url, max });
  // An idle client losing its server emits "error" on the pool; unhandled, it would end the process.
  pool.on("error", (error) => logger.error("postgres pool error", { database: describePostgresUrl(url), error: error.message }));
  return { db: drizzle(pool, { schema }), pool, url };
}

export async function closePg(handle: PgHandle): Promise<void> {
  await handle.pool.end();
}

/** The process's Postgres handle for DATABASE_URL. */
export function getPg(): PgHandle {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("getPg() needs DATABASE_URL (the dashboard is on SQLite)");
  globalForPg.__connectionDeskPg ??= openPg(url);
  return globalForPg.__connectionDeskPg;
}

export async function closeProcessPg(): Promise<void> {
  const handle = globalForPg.__connectionDeskPg;
  globalForPg.__connectionDeskPg = undefined;
  if (handle) await closePg(handle);
}

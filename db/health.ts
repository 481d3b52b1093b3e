import { count } from "drizzle-orm";
import { getDb, getSqlite } from "@/db/index";
import { databaseEngine } from "@/db/engine";
import { users } from "@/db/schema";
import { quickCheck } from "@/db/integrity";
import { realNowMs } from "@/lib/clock";
import { logger } from "@/lib/logger";

// What /api/health reports about the database. `select 1` never touches a page, so it passed on a
// damaged file: read the table sign-in needs on every call, and run quick_check (every page) at most
// once per interval so a load balancer polling the endpoint cannot make it expensive. On Postgres the
// server guards its own pages: reading the table is the whole check.

const QUICK_CHECK_INTERVAL_MS = 60_000;
// Per connection, so a reopened database is checked at once.
const g = globalThis as unknown as { __connectionDeskQuickCheck?: WeakMap<object, { atMs: number; problem: string | null }> };

export type DatabaseHealth = { ok: true } | { ok: false; reason: string };

export async function databaseHealth(): Promise<DatabaseHealth> {
  try {
    await getDb().select({ n: count() }).from(users);
    if (databaseEngine() === "postgres") return { ok: true };
    // SQLite-only: quick_check is a SQLite pragma on the process's file.
    const sqlite = getSqlite();
    const checks = (g.__connectionDeskQuickCheck ??= new WeakMap());
    const cached = checks.get(sqlite);
    const now = realNowMs();
    const fresh = cached && !cached.problem && now - cached.atMs < QUICK_CHECK_INTERVAL_MS;
    const problem = fresh ? null : quickCheck(sqlite);
    if (!fresh) checks.set(sqlite, { atMs: now, problem });
    if (problem) {
      logger.error("database failed its quick check", { problem });
      return { ok: false, reason: "database unreadable" };
    }
    return { ok: true };
  } catch (error) {
    logger.error("database cannot be read", { error: error instanceof Error ? error.message : String(error) });
    return { ok: false, reason: "database unreadable" };
  }
}

import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { env } from "@/lib/env";
import { databaseEngine } from "@/db/engine";
import { getPg } from "@/db/pg";
import { prepareSqliteFile, restrictFile } from "@/lib/private-files";
import * as schema from "@/db/schema";

// The dashboard database, opened lazily so `next build` needs none: SQLite in DATA_DIR (one connection per
// process; WAL lets a second process read while one writes) or, with DATABASE_URL, Postgres through a pool.
//
// One set of table objects serves both engines (docs/architecture.md#two-engines): drizzle builds Postgres SQL
// from db/schema.ts's tables, whose columns store the same values on both. Code is typed against the SQLite
// driver and only awaits its queries (db/query.ts) or runs transactions through db/steps.ts, which is what
// both drivers answer alike; the SQLite-only synchronous calls (.all(), .get(), .run()) are not used outside
// db/steps.ts.

export type Db = BetterSQLite3Database<typeof schema>;

const globalForDb = globalThis as unknown as { __connectionDeskDb?: { db: Db; sqlite: Database.Database } };

export function dbFile(): string {
  return path.join(env().dataDir, "app.db");
}

export function openSqlite(file: string): Database.Database {
  prepareSqliteFile(file);
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // An install from before the private-files rule may hold a 0644 WAL file that SQLite keeps reusing.
  restrictFile(`${file}-wal`);
  restrictFile(`${file}-shm`);
  return sqlite;
}

export function getDb(): Db {
  if (databaseEngine() === "postgres") return getPg().db as unknown as Db;
  if (!globalForDb.__connectionDeskDb) {
    const sqlite = openSqlite(dbFile());
    globalForDb.__connectionDeskDb = { db: drizzle(sqlite, { schema }), sqlite };
  }
  return globalForDb.__connectionDeskDb.db;
}

/** The process's raw SQLite connection (pragmas such as quick_check). SQLite only. */
export function getSqlite(): Database.Database {
  if (databaseEngine() === "postgres") throw new Error("getSqlite() is SQLite only: this install runs on Postgres (DATABASE_URL)");
  getDb();
  return globalForDb.__connectionDeskDb!.sqlite;
}

/** Closes the process's connection (tests and scripts that switch databases). */
export function closeDb(): void {
  globalForDb.__connectionDeskDb?.sqlite.close();
  globalForDb.__connectionDeskDb = undefined;
}

import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { env } from "@/lib/env";
import { databaseEngine, POSTGRES_NOT_READY } from "@/db/engine";
import { prepareSqliteFile, restrictFile } from "@/lib/private-files";
import * as schema from "@/db/schema";

// The dashboard database, opened lazily so `next build` needs none. One connection per process:
// better-sqlite3 is synchronous, and WAL lets a second process read while one writes.

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
  if (!globalForDb.__connectionDeskDb) {
    // Queries are synchronous better-sqlite3 calls until the data layer is ported: never quietly use SQLite
    // when the configuration asks for Postgres.
    if (databaseEngine() === "postgres") throw new Error(POSTGRES_NOT_READY);
    const sqlite = openSqlite(dbFile());
    globalForDb.__connectionDeskDb = { db: drizzle(sqlite, { schema }), sqlite };
  }
  return globalForDb.__connectionDeskDb.db;
}

/** The process's raw SQLite connection (pragmas such as quick_check). */
export function getSqlite(): Database.Database {
  getDb();
  return globalForDb.__connectionDeskDb!.sqlite;
}

/** Closes the process's connection (tests and scripts that switch databases). */
export function closeDb(): void {
  globalForDb.__connectionDeskDb?.sqlite.close();
  globalForDb.__connectionDeskDb = undefined;
}

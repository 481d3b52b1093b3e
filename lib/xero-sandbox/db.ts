import path from "node:path";
import type Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { openSqlite } from "@/db/index";
import { env } from "@/lib/env";
import * as schema from "@/lib/xero-sandbox/schema";

// The sandbox's own SQLite file. One connection per process and data directory (tests switch DATA_DIR
// per file), migrated on first open so the test server and route handlers work even without prepareSandbox().

export type SandboxDb = BetterSQLite3Database<typeof schema>;
type Entry = { db: SandboxDb; sqlite: Database.Database };

const g = globalThis as unknown as { __xeroSandboxDb?: Map<string, Entry> };

export function sandboxDbFile(): string {
  return path.join(env().dataDir, "sandbox.db");
}

export function migrateSandbox(): void {
  const { db } = open();
  const folder = path.join(process.cwd(), "lib/xero-sandbox/migrations");
  try {
    migrate(db, { migrationsFolder: folder });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot migrate the sandbox database ${sandboxDbFile()}: ${reason}`);
  }
}

function open(): Entry {
  g.__xeroSandboxDb ??= new Map();
  const file = sandboxDbFile();
  let entry = g.__xeroSandboxDb.get(file);
  if (!entry) {
    const sqlite = openSqlite(file);
    entry = { db: drizzle(sqlite, { schema }), sqlite };
    g.__xeroSandboxDb.set(file, entry);
  }
  return entry;
}

const migrated = new Set<string>();

/** The sandbox database, migrated. */
export function sandboxDb(): SandboxDb {
  const file = sandboxDbFile();
  if (!migrated.has(file)) {
    migrateSandbox();
    migrated.add(file);
  }
  return open().db;
}

/**
 * One sandbox transaction, IMMEDIATE: it takes the write lock at BEGIN. Every server process serves the sandbox
 * (WEB_CONCURRENCY), and a deferred transaction that reads and then writes fails at once with SQLITE_BUSY if
 * another process committed in between; with the lock taken first it waits (busy_timeout) instead.
 */
export function sandboxTransaction<T>(fn: () => T): T {
  return sandboxDb().transaction(fn, { behavior: "immediate" });
}

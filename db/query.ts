import type { SQL } from "drizzle-orm";
import { getDb } from "@/db/index";
import { databaseEngine } from "@/db/engine";
import { getPg } from "@/db/pg";

// Queries written once for both engines (docs/architecture.md#two-engines). A drizzle query is awaited on either
// engine (`await db.select()…` gives its rows); these cover what the two drivers answer differently.

/** The first row of a select (or of a write with .returning()), or undefined. Add .limit(1) to a select. */
export async function firstRow<T>(query: PromiseLike<T[]>): Promise<T | undefined> {
  return (await query)[0];
}

/** How many rows an awaited insert, update or delete without .returning() changed, on either engine. */
export function changedRows(result: unknown): number {
  const r = result as { changes?: number; rowCount?: number | null };
  return r.changes ?? r.rowCount ?? 0;
}

/** Every row of a raw SQL select. Counts come back as strings from Postgres: wrap them in Number(). */
export async function rawRows<T>(query: SQL): Promise<T[]> {
  if (databaseEngine() === "postgres") return (await getPg().db.execute(query)).rows as T[];
  return getDb().all<T>(query);
}

/** The first row of a raw SQL select, or undefined. */
export async function rawFirst<T>(query: SQL): Promise<T | undefined> {
  return (await rawRows<T>(query))[0];
}

/** A raw SQL write; how many rows it changed. */
export async function rawRun(query: SQL): Promise<number> {
  if (databaseEngine() === "postgres") return (await getPg().db.execute(query)).rowCount ?? 0;
  return getDb().run(query).changes;
}

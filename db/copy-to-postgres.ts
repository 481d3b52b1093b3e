import type Database from "better-sqlite3";
import { getTableName, is } from "drizzle-orm";
import { getTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Pool, PoolClient } from "pg";
import * as schema from "@/db/schema";

// Moves an existing SQLite install's data into an empty Postgres database (`npm run db:copy-to-postgres`,
// README "Run on Postgres"). Both databases hold the same stored values (docs/architecture.md#two-engines), so
// rows are copied column for column. Everything happens in one Postgres transaction: a copy that stops half-way
// leaves the target empty, never half-filled.

/** Tables that triggers rebuild from the others on both engines: copying them would count everything twice. */
export const REBUILT_BY_TRIGGERS = [
  "app_connection_counts",
  "connection_counts",
  "end_user_tags",
  "grant_connection_counts",
  "organisation_slot_counts",
  "search_terms",
  "xero_user_summaries",
] as const;

export type TableReport = { table: string; sqlite: number; postgres: number; rebuilt: boolean };
export type CopyProgress = (table: string, copied: number, total: number) => void;

// Postgres takes at most 65,535 parameters a statement.
const MAX_PARAMS = 60_000;
const MAX_BATCH = 1_000;

/** The schema's tables, each after the tables its foreign keys point to. */
export function tablesInCopyOrder(): SQLiteTable[] {
  const tables = (Object.values(schema) as unknown[]).filter((value): value is SQLiteTable => is(value, SQLiteTable));
  const ordered: SQLiteTable[] = [];
  const visit = (table: SQLiteTable, path: Set<SQLiteTable>) => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const fk of getTableConfig(table).foreignKeys) {
      const target = fk.reference().foreignTable as SQLiteTable;
      if (target !== table) visit(target, path);
    }
    path.delete(table);
    ordered.push(table);
  };
  for (const table of [...tables].sort((a, b) => getTableName(a).localeCompare(getTableName(b), "en"))) visit(table, new Set());
  return ordered;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Copies every table from `sqlite` into the (migrated, empty) Postgres database behind `pool`, then compares the
 * row counts of every table, the rebuilt ones included. Throws, and leaves Postgres as it was, when the target
 * already holds data or any count differs.
 */
export async function copySqliteToPostgres(sqlite: Database.Database, pool: Pool, onProgress: CopyProgress = () => {}): Promise<TableReport[]> {
  const tables = tablesInCopyOrder().map((table) => getTableName(table));
  const client = await pool.connect();
  // One read transaction on SQLite too: every table is read from the same moment even if the install still runs.
  sqlite.exec("begin");
  try {
    await client.query("begin");
    await refuseNonEmpty(client, tables);
    for (const table of tables) {
      if ((REBUILT_BY_TRIGGERS as readonly string[]).includes(table)) continue;
      await copyTable(sqlite, client, table, onProgress);
    }
    const reports: TableReport[] = [];
    for (const table of tables) {
      const inSqlite = (sqlite.prepare(`select count(*) as n from ${quote(table)}`).get() as { n: number }).n;
      const { rows } = await client.query<{ n: string }>(`select count(*) as n from ${quote(table)}`);
      reports.push({ table, sqlite: inSqlite, postgres: Number(rows[0]!.n), rebuilt: (REBUILT_BY_TRIGGERS as readonly string[]).includes(table) });
    }
    const wrong = reports.filter((r) => r.sqlite !== r.postgres);
    if (wrong.length > 0) throw new Error(`Row counts differ after the copy (${wrong.map((r) => `${r.table}: SQLite ${r.sqlite}, Postgres ${r.postgres}`).join("; ")}). Nothing was kept in Postgres.`);
    await client.query("commit");
    return reports;
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    throw error;
  } finally {
    sqlite.exec("commit");
    client.release();
  }
}

async function refuseNonEmpty(client: PoolClient, tables: string[]) {
  for (const table of ["users", "xero_apps"].filter((t) => tables.includes(t))) {
    const { rows } = await client.query<{ n: string }>(`select count(*) as n from ${quote(table)}`);
    const n = Number(rows[0]!.n);
    if (n > 0) throw new Error(`The Postgres database already holds data (${table} has ${n} row${n === 1 ? "" : "s"}). Copy into a new, empty database: nothing was changed.`);
  }
}

async function copyTable(sqlite: Database.Database, client: PoolClient, table: string, onProgress: CopyProgress) {
  const total = (sqlite.prepare(`select count(*) as n from ${quote(table)}`).get() as { n: number }).n;
  const columns = (sqlite.prepare(`pragma table_info(${quote(table)})`).all() as { name: string }[]).map((c) => c.name);
  const batch = Math.max(1, Math.min(MAX_BATCH, Math.floor(MAX_PARAMS / columns.length)));
  onProgress(table, 0, total);
  let copied = 0;
  let rows: unknown[][] = [];
  const flush = async () => {
    if (rows.length === 0) return;
    const values = rows.map((row, r) => `(${row.map((_, c) => `$${r * columns.length + c + 1}`).join(", ")})`).join(", ");
    await client.query(`insert into ${quote(table)} (${columns.map(quote).join(", ")}) overriding system value values ${values}`, rows.flat());
    copied += rows.length;
    rows = [];
    onProgress(table, copied, total);
  };
  // rowid order: the order the rows were written, so identity columns and foreign keys within a table line up.
  for (const row of sqlite
    .prepare(`select ${columns.map(quote).join(", ")} from ${quote(table)} order by rowid`)
    .raw()
    .iterate()) {
    rows.push(row as unknown[]);
    if (rows.length === batch) await flush();
  }
  await flush();
  // Identity columns continue after the copied ids.
  for (const column of columns) {
    const { rows: seq } = await client.query<{ s: string | null }>("select pg_get_serial_sequence($1, $2) as s", [quote(table), column]);
    if (seq[0]?.s) await client.query(`select setval($1, coalesce((select max(${quote(column)}) from ${quote(table)}), 0) + 1, false)`, [seq[0].s]);
  }
}

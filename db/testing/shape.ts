import type Database from "better-sqlite3";
import type { Pool } from "pg";

// What a migrated database looks like, read from the database itself (not from the schema files), in one form
// for both engines so the drift test can say exactly what differs. Types are compared by storage class: a
// SQLite integer is a Postgres integer, smallint or bigint (db/pg-types.ts), text is text.

export type ColumnShape = { type: "integer" | "text" | string; notNull: boolean; default: string | null };
export type IndexShape = { columns: string[]; unique: boolean; where: string | null };
export type TableShape = {
  columns: Record<string, ColumnShape>;
  primaryKey: string[];
  indexes: Record<string, IndexShape>;
  uniqueConstraints: string[];
  foreignKeys: string[];
  triggers: string[];
};
export type DatabaseShape = Record<string, TableShape>;

const normaliseDefault = (value: string | null): string | null => {
  if (value === null) return null;
  const bare = value.replace(/::[a-z ]+$/i, "").trim();
  return bare === "false" ? "0" : bare === "true" ? "1" : bare;
};
// Postgres prints a predicate back with casts on its literals and `<>` for `!=`.
const normalisePredicate = (where: string | null) =>
  where
    ? where
        .toLowerCase()
        .replace(/[\s()"`]/g, "")
        .replace(/::\w+/g, "")
        .replace(/!=/g, "<>")
    : null;
const fk = (from: string[], table: string, to: string[], onDelete: string) => `(${from.join(", ")}) → ${table}(${to.join(", ")}) on delete ${onDelete.toLowerCase()}`;

export function sqliteShape(sqlite: Database.Database): DatabaseShape {
  // Only ordinary tables: an FTS5 index's virtual and shadow tables have no Postgres counterpart (pg_trgm).
  const tables = sqlite
    .prepare("select name from pragma_table_list where schema = 'main' and type = 'table' and name not like 'sqlite_%' and name <> '__drizzle_migrations'")
    .pluck()
    .all() as string[];
  const shape: DatabaseShape = {};
  for (const table of tables) {
    const columns = sqlite.prepare('select name, type, "notnull" as not_null, dflt_value as dflt, pk from pragma_table_info(?)').all(table) as {
      name: string;
      type: string;
      not_null: number;
      dflt: string | null;
      pk: number;
    }[];
    const indexList = sqlite.prepare('select name, "unique" as isUnique, origin from pragma_index_list(?)').all(table) as { name: string; isUnique: number; origin: string }[];
    const indexColumns = (name: string) => sqlite.prepare("select name from pragma_index_info(?) order by seqno").pluck().all(name) as string[];
    const indexSql = (name: string) => sqlite.prepare("select sql from sqlite_master where type = 'index' and name = ?").pluck().get(name) as string | null;
    const fks = sqlite.prepare('select id, "table" as target, "from" as source, "to" as dest, on_delete as onDelete from pragma_foreign_key_list(?) order by id, seq').all(table) as {
      id: number;
      target: string;
      source: string;
      dest: string;
      onDelete: string;
    }[];
    const fkIds = [...new Set(fks.map((f) => f.id))];
    shape[table] = {
      columns: Object.fromEntries(columns.map((c) => [c.name, { type: c.type.toLowerCase(), notNull: c.not_null === 1, default: normaliseDefault(c.dflt) }])),
      primaryKey: columns
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name),
      indexes: Object.fromEntries(
        indexList
          .filter((i) => i.origin === "c")
          .map((i) => [i.name, { columns: indexColumns(i.name), unique: i.isUnique === 1, where: normalisePredicate(indexSql(i.name)?.match(/\bwhere\b(.*)$/is)?.[1] ?? null) }]),
      ),
      uniqueConstraints: indexList
        .filter((i) => i.origin === "u")
        .map((i) => indexColumns(i.name).join(", "))
        .sort(),
      foreignKeys: fkIds
        .map((id) => {
          const parts = fks.filter((f) => f.id === id);
          return fk(
            parts.map((p) => p.source),
            parts[0]!.target,
            parts.map((p) => p.dest),
            parts[0]!.onDelete,
          );
        })
        .sort(),
      triggers: (sqlite.prepare("select name from sqlite_master where type = 'trigger' and tbl_name = ?").pluck().all(table) as string[]).sort(),
    };
  }
  return shape;
}

const PG_ACTIONS: Record<string, string> = { a: "no action", r: "restrict", c: "cascade", n: "set null", d: "set default" };

export async function postgresShape(pool: Pool): Promise<DatabaseShape> {
  const q = async <T>(text: string) => (await pool.query(text)).rows as T[];
  const tables = await q<{ name: string }>("select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'");
  const columns = await q<{ table: string; name: string; type: string; nullable: string; dflt: string | null }>(
    "select table_name as table, column_name as name, data_type as type, is_nullable as nullable, column_default as dflt from information_schema.columns where table_schema = 'public' order by ordinal_position",
  );
  const indexes = await q<{ table: string; name: string; unique: boolean; primary: boolean; constraint: boolean; where: string | null; columns: string[] }>(`
    select t.relname as table, i.relname as name, ix.indisunique as unique, ix.indisprimary as primary,
      exists (select 1 from pg_constraint c where c.conindid = ix.indexrelid) as constraint,
      pg_get_expr(ix.indpred, ix.indrelid) as where,
      array(select a.attname::text from unnest(ix.indkey) with ordinality k(attnum, ord)
            join pg_attribute a on a.attrelid = ix.indrelid and a.attnum = k.attnum order by k.ord) as columns
    from pg_index ix join pg_class i on i.oid = ix.indexrelid join pg_class t on t.oid = ix.indrelid
    join pg_namespace n on n.oid = t.relnamespace where n.nspname = 'public'`);
  const fks = await q<{ table: string; target: string; action: string; source: string[]; dest: string[] }>(`
    select t.relname as table, f.relname as target, c.confdeltype as action,
      array(select a.attname::text from unnest(c.conkey) with ordinality k(attnum, ord) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum order by k.ord) as source,
      array(select a.attname::text from unnest(c.confkey) with ordinality k(attnum, ord) join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.attnum order by k.ord) as dest
    from pg_constraint c join pg_class t on t.oid = c.conrelid join pg_class f on f.oid = c.confrelid
    join pg_namespace n on n.oid = t.relnamespace where c.contype = 'f' and n.nspname = 'public'`);
  const triggers = await q<{ table: string; name: string }>(
    "select c.relname as table, tg.tgname as name from pg_trigger tg join pg_class c on c.oid = tg.tgrelid join pg_namespace n on n.oid = c.relnamespace where not tg.tgisinternal and n.nspname = 'public'",
  );
  const shape: DatabaseShape = {};
  for (const { name: table } of tables) {
    const own = <T extends { table: string }>(rows: T[]) => rows.filter((r) => r.table === table);
    shape[table] = {
      columns: Object.fromEntries(
        own(columns).map((c) => [c.name, { type: ["smallint", "integer", "bigint"].includes(c.type) ? "integer" : c.type, notNull: c.nullable === "NO", default: normaliseDefault(c.dflt) }]),
      ),
      primaryKey: own(indexes).find((i) => i.primary)?.columns ?? [],
      indexes: Object.fromEntries(
        own(indexes)
          .filter((i) => !i.constraint)
          .map((i) => [i.name, { columns: i.columns, unique: i.unique, where: normalisePredicate(i.where) }]),
      ),
      uniqueConstraints: own(indexes)
        .filter((i) => i.constraint && i.unique && !i.primary)
        .map((i) => i.columns.join(", "))
        .sort(),
      foreignKeys: own(fks)
        .map((f) => fk(f.source, f.target, f.dest, PG_ACTIONS[f.action] ?? f.action))
        .sort(),
      triggers: own(triggers)
        .map((t) => t.name)
        .sort(),
    };
  }
  return shape;
}

/** Every difference between two shapes, one readable line each (empty when they match). */
export function shapeDifferences(a: DatabaseShape, b: DatabaseShape, [nameA, nameB] = ["SQLite", "Postgres"]): string[] {
  const out: string[] = [];
  const keys = (x: object, y: object) => [...new Set([...Object.keys(x), ...Object.keys(y)])].sort();
  for (const table of keys(a, b)) {
    const [ta, tb] = [a[table], b[table]];
    if (!ta || !tb) {
      out.push(`table ${table}: only on ${ta ? nameA : nameB}`);
      continue;
    }
    for (const column of keys(ta.columns, tb.columns)) {
      const [ca, cb] = [JSON.stringify(ta.columns[column] ?? null), JSON.stringify(tb.columns[column] ?? null)];
      if (ca !== cb) out.push(`column ${table}.${column}: ${nameA} ${ca}, ${nameB} ${cb}`);
    }
    for (const index of keys(ta.indexes, tb.indexes)) {
      const [ia, ib] = [JSON.stringify(ta.indexes[index] ?? null), JSON.stringify(tb.indexes[index] ?? null)];
      if (ia !== ib) out.push(`index ${table}.${index}: ${nameA} ${ia}, ${nameB} ${ib}`);
    }
    for (const part of ["primaryKey", "uniqueConstraints", "foreignKeys", "triggers"] as const) {
      const [pa, pb] = [JSON.stringify(ta[part]), JSON.stringify(tb[part])];
      if (pa !== pb) out.push(`${part} of ${table}: ${nameA} ${pa}, ${nameB} ${pb}`);
    }
  }
  return out;
}

// Bulk data for `npm run bench`: one transaction, multi-row prepared inserts, and the connections table's
// indexes built once after the load instead of row by row (a million rows take minutes, not tens of them).
// Triggers stay on, so whatever they maintain (connection_counts, migration 0008, and anything added later)
// is kept by the same code as in production; the counts are checked against the rows at the end.
// SQLite-only: the bulk load keeps raw better-sqlite3 (prepared multi-row inserts, pragmas) for speed; it is a
// SQLite benchmark tool.
import crypto from "node:crypto";
import type BetterSqlite3 from "better-sqlite3";
import { getDb, getSqlite } from "../db/index";
import { firstRow } from "../db/query";
import { migrateDatabase } from "../db/migrate";
import { seedAdmin } from "../db/seed";
import { users } from "../db/schema";
import { PLANS } from "../lib/limits/plans";
import type { Scale } from "./bench-report";

const words = ["Harbour", "Kauri", "Summit", "Tasman", "Fernhill", "Blue Gum", "Riverbend", "Copperleaf", "Moana", "Pukeko", "Seaview", "Marlow"];
const kinds = ["Bakery", "Dental", "Joinery", "Legal", "Florist", "Builders", "Electrical", "Cafe", "Books", "Farms"];
const envs = ["development", "staging", "production"] as const;
const BATCH = 200;

export const benchOrgName = (i: number) => `${words[i % words.length]} ${kinds[Math.floor(i / words.length) % kinds.length]} ${i}`;

/** Inserts rows `BATCH` at a time through one prepared multi-row statement (plus one for the remainder). */
function bulkInsert(sqlite: BetterSqlite3.Database, head: string, row: string, count: number, values: (i: number) => unknown[]) {
  const statement = (n: number) => sqlite.prepare(`${head} values ${Array.from({ length: n }, () => row).join(", ")}`);
  const full = statement(BATCH);
  for (let start = 0; start < count; start += BATCH) {
    const n = Math.min(BATCH, count - start);
    const params: unknown[] = [];
    for (let i = start; i < start + n; i++) params.push(...values(i));
    (n === BATCH ? full : statement(n)).run(params);
  }
}

export type Seeded = { adminId: string; busyAppId: string; seconds: number };

export async function seedBenchData(scale: Scale): Promise<Seeded> {
  const started = performance.now();
  migrateDatabase();
  await seedAdmin();
  const db = getDb();
  const sqlite = getSqlite();
  const adminId = (await firstRow(db.select({ id: users.id }).from(users).limit(1)))!.id;
  const now = Date.now();
  const ids = (n: number) => Array.from({ length: n }, () => crypto.randomUUID());
  const appIds = ids(scale.apps);
  const orgIds = ids(scale.organisations);
  const grantIds = ids(scale.grants);
  // The busy app's connections come through 25 of its grants; the rest spread over every grant.
  const busyGrants = Array.from({ length: Math.min(25, Math.ceil(scale.grants / scale.apps)) }, (_, k) => k * scale.apps).filter((g) => g < scale.grants);

  // A scratch database: the journal in memory (not a WAL as large as the data; better-sqlite3's defensive mode
  // refuses OFF), no fsync, a big page cache, foreign keys right by construction.
  sqlite.pragma("journal_mode = MEMORY");
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -262144");
  sqlite.pragma("foreign_keys = OFF");
  const indexes = sqlite.prepare("select name, sql from sqlite_master where type = 'index' and tbl_name = 'connections' and sql is not null").all() as { name: string; sql: string }[];

  sqlite.transaction(() => {
    for (const index of indexes) sqlite.exec(`drop index "${index.name}"`);
    bulkInsert(
      sqlite,
      "insert into xero_apps (id, name, environment, plan, certified, client_id, redirect_uri, scopes, notes, created_at, updated_at)",
      "(?, ?, ?, ?, 0, ?, 'http://127.0.0.1/api/xero/callback', 'openid profile email offline_access', '', ?, ?)",
      scale.apps,
      (i) => [appIds[i], `Bench App ${i}`, envs[i % 3], i === 0 ? "enterprise" : PLANS[i % PLANS.length], crypto.randomBytes(16).toString("hex").toUpperCase(), now, now],
    );
    bulkInsert(sqlite, "insert into organisations (tenant_id, name, type, is_demo, first_seen_at, updated_at)", "(?, ?, 'ORGANISATION', 0, ?, ?)", scale.organisations, (i) => [
      orgIds[i],
      benchOrgName(i),
      now,
      now,
    ]);
    bulkInsert(
      sqlite,
      "insert into grants (id, app_id, xero_user_id, email, name, auth_event_ids, status, created_at, updated_at, refresh_obtained_at)",
      "(?, ?, ?, ?, ?, '[]', 'active', ?, ?, ?)",
      scale.grants,
      (i) => [grantIds[i], appIds[i % scale.apps], crypto.randomUUID(), `user${i}@bench.test`, `User ${i}`, now, now, now],
    );
    bulkInsert(
      sqlite,
      "insert into connections (id, app_id, grant_id, tenant_id, tenant_name, tenant_type, is_demo, xero_created_at, xero_updated_at, first_seen_at, last_seen_at, status, stale_reasons)",
      "(?, ?, ?, ?, ?, 'ORGANISATION', 0, ?, ?, ?, ?, ?, '[]')",
      scale.connections,
      (i) => {
        const grant = i < scale.busyApp ? busyGrants[i % busyGrants.length]! : i % scale.grants;
        // 7919 is prime, so consecutive connections land on organisations far apart.
        const org = (i * 7919) % scale.organisations;
        const at = now - (i % 400) * 86_400_000;
        return [crypto.randomUUID(), appIds[grant % scale.apps], grantIds[grant], orgIds[org], benchOrgName(org), at, at, now, now, i % 10 === 0 ? "stale" : "active"];
      },
    );
    for (const index of indexes) sqlite.exec(index.sql);
  })();
  const check = sqlite.prepare("select (select count(*) from connections) as rows, (select coalesce(sum(n), 0) from connection_counts) as counted").get() as { rows: number; counted: number };
  if (check.rows !== scale.connections || check.counted !== check.rows) throw new Error(`Seed check failed: ${check.rows} connections, connection_counts sums to ${check.counted}`);
  sqlite.exec("analyze");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("journal_mode = WAL");
  return { adminId, busyAppId: appIds[0]!, seconds: (performance.now() - started) / 1000 };
}

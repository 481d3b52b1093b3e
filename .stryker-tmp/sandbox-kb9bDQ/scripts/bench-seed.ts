// @ts-nocheck
// Bulk data for `npm run bench`: plain prepared statements in one transaction (seconds, not minutes).
import crypto from "node:crypto";
import { sql } from "drizzle-orm";
import { getDb } from "../db/index";
import { migrateDatabase } from "../db/migrate";
import { seedAdmin } from "../db/seed";
import { users } from "../db/schema";
import { PLANS } from "../lib/limits/plans";

const APPS = 200;
const ORGS = 20_000;
const GRANTS = 5_000;
const CONNECTIONS = 100_000;
const words = ["Harbour", "Kauri", "Summit", "Tasman", "Fernhill", "Blue Gum", "Riverbend", "Copperleaf", "Moana", "Pukeko", "Seaview", "Marlow"];
const kinds = ["Bakery", "Dental", "Joinery", "Legal", "Florist", "Builders", "Electrical", "Cafe", "Books", "Farms"];
const envs = ["development", "staging", "production"] as const;

export async function seedBenchData(): Promise<{ adminId: string; busyAppId: string }> {
  migrateDatabase();
  await seedAdmin();
  const db = getDb();
  const adminId = db.select({ id: users.id }).from(users).limit(1).get()!.id;
  const now = Date.now();
  const appIds = Array.from({ length: APPS }, () => crypto.randomUUID());
  const orgIds = Array.from({ length: ORGS }, () => crypto.randomUUID());
  const grantIds = Array.from({ length: GRANTS }, () => crypto.randomUUID());
  const sqlite = (db as unknown as { $client: import("better-sqlite3").Database }).$client;
  const insertApp = sqlite.prepare(
    "insert into xero_apps (id, name, environment, plan, certified, client_id, redirect_uri, scopes, notes, created_at, updated_at) values (?, ?, ?, ?, 0, ?, 'http://127.0.0.1/api/xero/callback', 'openid profile email offline_access', '', ?, ?)",
  );
  const insertOrg = sqlite.prepare("insert into organisations (tenant_id, name, type, is_demo, first_seen_at, updated_at) values (?, ?, 'ORGANISATION', 0, ?, ?)");
  const insertGrant = sqlite.prepare(
    "insert into grants (id, app_id, xero_user_id, email, name, auth_event_ids, status, created_at, updated_at, refresh_obtained_at) values (?, ?, ?, ?, ?, '[]', 'active', ?, ?, ?)",
  );
  const insertConnection = sqlite.prepare(
    "insert into connections (id, app_id, grant_id, tenant_id, tenant_name, tenant_type, is_demo, xero_created_at, xero_updated_at, first_seen_at, last_seen_at, status, stale_reasons) values (?, ?, ?, ?, ?, 'ORGANISATION', 0, ?, ?, ?, ?, ?, '[]')",
  );
  const orgName = (i: number) => `${words[i % words.length]} ${kinds[Math.floor(i / words.length) % kinds.length]} ${i}`;
  sqlite.transaction(() => {
    appIds.forEach((id, i) => insertApp.run(id, `Bench App ${i}`, envs[i % 3], PLANS[i % PLANS.length], crypto.randomBytes(16).toString("hex").toUpperCase(), now, now));
    orgIds.forEach((id, i) => insertOrg.run(id, orgName(i), now, now));
    grantIds.forEach((id, i) => insertGrant.run(id, appIds[i % APPS], crypto.randomUUID(), `user${i}@bench.test`, `User ${i}`, now, now, now));
    for (let i = 0; i < CONNECTIONS; i++) {
      // The first app gets 10,000 connections so its page and its CSV export are the heavy case.
      const grant = i < 10_000 ? (i % 25) * APPS : i % GRANTS;
      const org = (i * 7919) % ORGS;
      const at = now - (i % 400) * 86_400_000;
      insertConnection.run(crypto.randomUUID(), appIds[grant % APPS], grantIds[grant], orgIds[org], orgName(org), at, at, now, now, i % 10 === 0 ? "stale" : "active");
    }
  })();
  db.run(sql`analyze`);
  return { adminId, busyAppId: appIds[0]! };
}

// Data for the sync figure (scripts/bench-sync.ts): in the sandbox, one app whose GRANTS users each
// connected ORGS_PER_GRANT organisations of their own (so no organisation's 60/min budget is shared); in the
// dashboard, the same app and one grant per user holding a live access token the sandbox signed, so the run
// measures reconciling, not refreshing. Bulk inserts in one transaction per database.
import crypto from "node:crypto";
import { getDb, getSqlite } from "../db/index";
import { migrateDatabase } from "../db/migrate";
import { encrypt } from "../lib/crypto";
import { sealTokens } from "../lib/grants/sealed-tokens";
import { xeroApps } from "../db/schema";
import { sandboxDb } from "../lib/xero-sandbox/db";
import { signAccessToken } from "../lib/xero-sandbox/engine/jwt";
import { createSandboxApp } from "../lib/xero-sandbox/store/apps";
import { SEED_SCOPES } from "../lib/xero-sandbox/seed-data";
import { ACCESS_TOKEN_SECONDS } from "../lib/xero-sandbox/rules/lifetimes";
import { xeroNowMs } from "../lib/clock";

export async function seedSyncBench(grants: number, orgsPerGrant: number, origin: string): Promise<string[]> {
  migrateDatabase();
  const now = xeroNowMs();
  const redirectUri = `${origin}/api/xero/callback`;
  const { app, clientSecret } = createSandboxApp({ name: "Bench Sync App", plan: "enterprise", certified: true, redirectUris: [redirectUri] });
  const users = Array.from({ length: grants }, (_, i) => ({
    id: crypto.randomUUID(),
    email: `sync${i}@bench.test`,
    givenName: "Sync",
    familyName: `User ${i}`,
    createdAt: now,
    authEventId: crypto.randomUUID(),
  }));

  const sandbox = (sandboxDb() as unknown as { $client: import("better-sqlite3").Database }).$client;
  const insertUser = sandbox.prepare("insert into xero_users (id, email, given_name, family_name, created_at) values (?, ?, ?, ?, ?)");
  const insertOrg = sandbox.prepare("insert into organisations (id, name, type, is_demo, country_code, base_currency, short_code, created_at) values (?, ?, 'ORGANISATION', 0, 'NZ', 'NZD', ?, ?)");
  const insertMember = sandbox.prepare("insert into memberships (user_id, org_id) values (?, ?)");
  const insertConnection = sandbox.prepare("insert into connections (id, app_id, user_id, org_id, auth_event_id, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)");
  const insertSandboxGrant = sandbox.prepare("insert into grants (id, app_id, user_id, scopes, created_at) values (?, ?, ?, ?, ?)");
  sandbox.transaction(() => {
    users.forEach((u, i) => {
      insertUser.run(u.id, u.email, u.givenName, u.familyName, now);
      insertSandboxGrant.run(crypto.randomUUID(), app.id, u.id, SEED_SCOPES.join(" "), now);
      for (let k = 0; k < orgsPerGrant; k++) {
        const orgId = crypto.randomUUID();
        insertOrg.run(orgId, `Sync Org ${i}-${k}`, `!${crypto.randomBytes(3).toString("hex").slice(0, 5)}`, now);
        insertMember.run(u.id, orgId);
        insertConnection.run(crypto.randomUUID(), app.id, u.id, orgId, u.authEventId, now, now);
      }
    });
  })();

  const issuer = `${origin}/sandbox/xero/identity`;
  const expiresAt = new Date(now + ACCESS_TOKEN_SECONDS * 1000);
  const tokens: string[] = [];
  for (const u of users) {
    tokens.push(await signAccessToken({ issuer, clientId: app.clientId, user: u, scopes: SEED_SCOPES, authEventId: u.authEventId, globalSessionId: crypto.randomUUID(), authTime: now }));
  }

  const appId = crypto.randomUUID();
  await getDb()
    .insert(xeroApps)
    .values({
      id: appId,
      name: "Bench Sync App",
      environment: "production",
      plan: "enterprise",
      certified: true,
      clientId: app.clientId,
      clientSecretEnc: encrypt(clientSecret!),
      redirectUri,
      scopes: SEED_SCOPES.join(" "),
      createdAt: new Date(now),
      updatedAt: new Date(now),
    });
  // SQLite-only: the grants go in through raw better-sqlite3 in one transaction for speed (a SQLite benchmark tool).
  const sqlite = getSqlite();
  const insertGrant = sqlite.prepare(
    "insert into grants (id, app_id, xero_user_id, email, name, auth_event_ids, token_set_enc, access_expires_at, refresh_obtained_at, status, source, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', 'dashboard', ?, ?)",
  );
  const grantIds = users.map(() => crypto.randomUUID());
  sqlite.transaction(() => {
    users.forEach((u, i) => {
      const sealed = sealTokens({ accessToken: tokens[i]!, refreshToken: `bench-${i}`, expiresAt, scope: SEED_SCOPES });
      insertGrant.run(grantIds[i], appId, u.id, u.email, `${u.givenName} ${u.familyName}`, JSON.stringify([u.authEventId]), sealed, expiresAt.getTime(), now, now, now);
    });
  })();
  return grantIds;
}

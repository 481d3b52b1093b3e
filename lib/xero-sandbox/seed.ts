import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { DAY_MS, xeroNowMs } from "@/lib/clock";
import { env } from "@/lib/env";
import { sandboxDb, sandboxTransaction } from "@/lib/xero-sandbox/db";
import { hex32, seededUuid } from "@/lib/xero-sandbox/ids";
import { memberships, meta, organisations, xeroUsers } from "@/lib/xero-sandbox/schema";
import { createSandboxApp } from "@/lib/xero-sandbox/store/apps";
import { upsertConnections } from "@/lib/xero-sandbox/store/connections";
import { issueRefreshToken, recordGrant } from "@/lib/xero-sandbox/store/tokens";
import { DEMO_ORG, MEMBERSHIPS, ORGANISATION_NAMES, orgId, PRACTICE_ORG, SEED_APPS, SEED_SCOPES, SEED_USERS, userId, type SeedUserKey } from "@/lib/xero-sandbox/seed-data";
import { SANDBOX_PASSWORD } from "@/lib/xero-sandbox/pages/login-pages";
import { buildSeedFile, type SeedFileApp } from "@/lib/xero-sandbox/seed-file";

// The deterministic seed: the same users, organisations, apps and connection ids on every machine.
// Client ids and secrets derive from fixed names too; refresh tokens are random (they are live
// credentials) and handed to the dashboard's seed in DATA_DIR/sandbox-seed.json, created with mode 0600.

const derived = (what: string) => crypto.createHash("sha256").update(`connection-desk-sandbox/${what}`).digest();

export function seedFilePath(): string {
  return path.join(env().dataDir, "sandbox-seed.json");
}

/** Seeds an empty sandbox; a no-op (returns false) when it was seeded before. */
export function seedSandbox(): boolean {
  const db = sandboxDb();
  const at = xeroNowMs();
  const apps = sandboxTransaction(() => {
    if (db.select().from(meta).where(eq(meta.key, "seeded-at")).get()) return null;
    db.insert(meta)
      .values({ key: "seeded-at", value: String(at) })
      .run();
    for (const u of SEED_USERS)
      db.insert(xeroUsers)
        .values({ id: userId(u.key), email: u.email, givenName: u.givenName, familyName: u.familyName, createdAt: at - 400 * DAY_MS })
        .run();
    ORGANISATION_NAMES.forEach((name, i) => {
      db.insert(organisations)
        .values({
          id: orgId(i),
          name,
          type: i === PRACTICE_ORG ? "PRACTICE" : "ORGANISATION",
          isDemo: i === DEMO_ORG,
          countryCode: ["NZ", "AU", "GB", "US"][i % 4]!,
          baseCurrency: ["NZD", "AUD", "GBP", "USD"][i % 4]!,
          shortCode: `!${derived(`short/${i}`).toString("hex").slice(0, 5)}`,
          createdAt: at - (500 + i) * DAY_MS,
        })
        .run();
    });
    for (const [key, orgs] of Object.entries(MEMBERSHIPS))
      for (const i of orgs)
        db.insert(memberships)
          .values({ userId: userId(key as SeedUserKey), orgId: orgId(i) })
          .run();
    return SEED_APPS.map((a, appIndex) => seedApp(a, appIndex, at));
  });
  if (!apps) return false;
  writeSeedFile(buildSeedFile(apps, SANDBOX_PASSWORD));
  return true;
}

export function redirectUrisFor(appUrl: string): string[] {
  const url = new URL(appUrl);
  const local = ["localhost", "127.0.0.1"].includes(url.hostname);
  const uris = [`${appUrl}/api/xero/callback`];
  if (local) for (const host of ["localhost", "127.0.0.1"]) uris.push(`${url.protocol}//${host}${url.port ? `:${url.port}` : ""}/api/xero/callback`);
  return [...new Set(uris)];
}

function seedApp(a: (typeof SEED_APPS)[number], appIndex: number, at: number): SeedFileApp {
  const redirectUris = a.custom ? [] : redirectUrisFor(env().appUrl);
  const { app, clientSecret } = createSandboxApp({
    id: seededUuid(`app/${a.key}`),
    name: a.name,
    plan: a.plan,
    certified: a.certified,
    redirectUris,
    clientId: derived(`client/${a.key}`).toString("hex").slice(0, 32).toUpperCase(),
    clientSecret: derived(`secret/${a.key}`).toString("base64url").slice(0, 48).padEnd(48, "x"),
    customOrgId: a.custom ? orgId(a.custom.org) : undefined,
    customUserId: a.custom ? userId(a.custom.user) : undefined,
  });
  if (a.custom) {
    const authEventId = seededUuid(`auth-event/${a.key}/custom`);
    upsertConnections(app.id, userId(a.custom.user), [orgId(a.custom.org)], authEventId, at - 30 * DAY_MS, connectionId(a.key, a.custom.user));
  }
  const consents = Object.entries(a.consents).map(([key, orgs], userIndex) => {
    const uid = userId(key as SeedUserKey);
    const authEventId = seededUuid(`auth-event/${a.key}/${key}`);
    const consentedAt = at - (60 - appIndex * 7 - userIndex * 3) * DAY_MS;
    upsertConnections(app.id, uid, orgs.map(orgId), authEventId, consentedAt, connectionId(a.key, key));
    recordGrant(app.id, uid, SEED_SCOPES, consentedAt);
    const refreshToken = issueRefreshToken({
      appId: app.id,
      userId: uid,
      scopes: SEED_SCOPES.join(" "),
      authEventId,
      globalSessionId: hex32(),
      authTime: consentedAt,
      publicClient: false,
      issuedAt: at,
    });
    return { userKey: key as SeedUserKey, refreshToken, authEventId, tenantIds: orgs.map(orgId) };
  });
  return { app, clientSecret, environment: a.environment, redirectUris, consents, custom: a.custom ? { userId: userId(a.custom.user), orgId: orgId(a.custom.org) } : null };
}

const connectionId = (appKey: string, userKey: string) => (org: string) => seededUuid(`connection/${appKey}/${userKey}/${org}`);

function writeSeedFile(content: unknown): void {
  const file = seedFilePath();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.rmSync(file, { force: true });
  fs.writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
}

import crypto from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { connections, grants, organisations, webhooks, xeroApps } from "@/db/schema";
import { encrypt } from "@/lib/crypto";
import { testSession } from "@/lib/testing/auth-mock";
import { insertTestUser } from "@/lib/testing/users";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

// docs/architecture.md#errors-and-secrets: reads return plain objects and secrets never reach a component. Every read a page uses
// is called here as an admin over data that holds a client secret, tokens, a webhook secret and
// password hashes; neither a sealed value, its plaintext, nor a field named for one may come back.

const id = () => crypto.randomUUID();
const at = new Date();
const appId = id();
const tenantId = id();
const plaintexts = [`client-secret-${id()}`, `refresh-${id()}`, `webhook-secret-${id()}`];
const [clientSecretEnc, tokenSetEnc, webhookSecretEnc] = plaintexts.map((p) => encrypt(p)) as [string, string, string];
const sealed = [clientSecretEnc, tokenSetEnc, webhookSecretEnc];
const SECRET_KEY = /(secret|token|tokens|hash|enc|password)$/i;
const ALLOWED_KEYS = new Set(["hasSecret"]);

function leaks(value: unknown, path = "$"): string[] {
  if (typeof value === "string") return [...sealed, ...plaintexts].some((s) => value.includes(s)) ? [`${path} holds a secret`] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaks(v, `${path}[${i}]`));
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([k, v]) => [...(SECRET_KEY.test(k) && !ALLOWED_KEYS.has(k) ? [`${path}.${k} is a secret's field`] : []), ...leaks(v, `${path}.${k}`)]);
  }
  return [];
}

beforeAll(async () => {
  await migrateConfiguredDatabase();
  testSession.userId = (await insertTestUser("admin")).id;
  await insertTestUser("support");
  const db = getDb();
  await db.insert(xeroApps).values({
    id: appId,
    name: "Secretive App",
    environment: "production",
    plan: "core",
    clientId: "C".repeat(32),
    clientSecretEnc,
    redirectUri: "http://x/cb",
    scopes: "openid",
    createdAt: at,
    updatedAt: at,
  });
  const grantId = id();
  await db
    .insert(grants)
    .values({ id: grantId, appId, xeroUserId: id(), email: "kiri@example.com", name: "Kiri", authEventIds: ["ev"], tokenSetEnc, refreshObtainedAt: at, createdAt: at, updatedAt: at });
  await db.insert(organisations).values({ tenantId, name: "Tui Books", type: "ORGANISATION", firstSeenAt: at, updatedAt: at });
  await db.insert(connections).values({ id: id(), appId, grantId, tenantId, tenantName: "Tui Books", tenantType: "ORGANISATION", authEventId: "ev", firstSeenAt: at, lastSeenAt: at });
  await db.insert(webhooks).values({ id: id(), url: "https://hooks.example/x", secretEnc: webhookSecretEnc, events: ["cap.reached"], createdAt: at });
});

const reads: Record<string, () => Promise<unknown>> = {
  listApps: async () => (await import("@/lib/apps/queries")).listApps(),
  listAppsPage: async () => (await import("@/lib/apps/queries")).listAppsPage(),
  getApp: async () => (await import("@/lib/apps/queries")).getApp(appId),
  listAppOptions: async () => (await import("@/lib/apps/queries")).listAppOptions(),
  listConnections: async () => (await import("@/lib/connections/queries")).listConnections({}),
  listAppUsers: async () => (await import("@/lib/connections/queries")).listAppUsers(appId),
  listOrganisations: async () => (await import("@/lib/organisations/queries")).listOrganisations({}),
  getOrganisation: async () => (await import("@/lib/organisations/queries")).getOrganisation(tenantId),
  listPeople: async () => (await import("@/lib/people/queries")).listPeople({}),
  getOverview: async () => (await import("@/lib/overview/queries")).getOverview(),
  listStaleConnections: async () => (await import("@/lib/staleness/queries")).listStaleConnections({}),
  listUsers: async () => (await import("@/lib/users/queries")).listUsers(),
  listWebhooks: async () => (await import("@/lib/alerts/queries")).listWebhooks(),
  listAuditEvents: async () => (await import("@/lib/audit/queries")).listAuditEvents(),
  getAppTrend: async () => (await import("@/lib/trend/queries")).getAppTrend(appId),
  getRateLimitMeter: async () => (await import("@/lib/rate-limits/queries")).getRateLimitMeter(appId),
  latestRateLimitHit: async () => (await import("@/lib/rate-limits/queries")).latestRateLimitHit(appId),
};

describe("reads carry no secrets", () => {
  it.each(Object.keys(reads))("%s", async (name) => {
    const result = await reads[name]!();
    expect(JSON.stringify(result ?? null).length).toBeGreaterThan(2);
    expect(leaks(result)).toEqual([]);
  });

  it("the check itself finds a sealed secret and a secret's field", async () => {
    expect(leaks({ a: [{ clientSecretEnc }] })).toEqual(["$.a[0].clientSecretEnc is a secret's field", "$.a[0].clientSecretEnc holds a secret"]);
    expect(leaks({ hasSecret: true, note: `x${plaintexts[1]}` })).toEqual(["$.note holds a secret"]);
  });
});

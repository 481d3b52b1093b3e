import crypto from "node:crypto";
import { getDb } from "@/db/index";
import { eq, inArray } from "drizzle-orm";
import { connections, endUsers, grants, organisations, xeroApps } from "@/db/schema";

// Rows written straight into the test database, for tests of reads (no Xero involved).

const id = () => crypto.randomUUID();

export async function insertApp(opts: { name?: string; environment?: "development" | "staging" | "production"; plan?: string } = {}): Promise<string> {
  const appId = id();
  const at = new Date();
  await getDb()
    .insert(xeroApps)
    .values({
      id: appId,
      name: opts.name ?? `App ${appId.slice(0, 6)}`,
      environment: opts.environment ?? "production",
      plan: opts.plan ?? "core",
      clientId: id().replace(/-/g, "").toUpperCase(),
      redirectUri: "http://x/cb",
      scopes: "openid",
      createdAt: at,
      updatedAt: at,
    });
  return appId;
}

export async function insertGrant(appId: string, name = "Ben"): Promise<string> {
  const grantId = id();
  const at = new Date();
  await getDb()
    .insert(grants)
    .values({
      id: grantId,
      appId,
      xeroUserId: id(),
      email: `${name.toLowerCase()}-${grantId.slice(0, 6)}@example.com`,
      name,
      authEventIds: ["held"],
      refreshObtainedAt: at,
      createdAt: at,
      updatedAt: at,
    });
  return grantId;
}

export async function insertConnection(appId: string, grantId: string, orgName: string): Promise<{ id: string; tenantId: string }> {
  const tenantId = id();
  const connectionId = id();
  const at = new Date();
  await getDb().insert(organisations).values({ tenantId, name: orgName, type: "ORGANISATION", firstSeenAt: at, updatedAt: at }).onConflictDoNothing();
  await getDb()
    .insert(connections)
    .values({ id: connectionId, appId, grantId, tenantId, tenantName: orgName, tenantType: "ORGANISATION", authEventId: "held", firstSeenAt: at, lastSeenAt: at, xeroCreatedAt: at });
  return { id: connectionId, tenantId };
}

export async function insertEndUser(externalId: string, opts: { email?: string; displayName?: string; accountId?: string; accountName?: string; tags?: string[] } = {}): Promise<string> {
  const endUserId = id();
  const at = new Date();
  await getDb()
    .insert(endUsers)
    .values({
      id: endUserId,
      externalId,
      email: opts.email ?? null,
      displayName: opts.displayName ?? null,
      accountId: opts.accountId ?? null,
      accountName: opts.accountName ?? null,
      tags: opts.tags ?? [],
      createdAt: at,
      updatedAt: at,
    });
  return endUserId;
}

/** Attributes a grant (and, unless given, all of its connections) to a customer, as connect sessions and imports do. */
export async function attributeToEndUser(endUserId: string, grantId: string, connectionIds?: string[], source: "connect_session" | "import" | "observed" = "connect_session"): Promise<void> {
  await getDb().update(grants).set({ endUserId, source }).where(eq(grants.id, grantId));
  if (connectionIds) await getDb().update(connections).set({ endUserId }).where(inArray(connections.id, connectionIds));
  else await getDb().update(connections).set({ endUserId }).where(eq(connections.grantId, grantId));
}

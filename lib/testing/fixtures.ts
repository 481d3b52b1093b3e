import crypto from "node:crypto";
import { getDb } from "@/db/index";
import { eq } from "drizzle-orm";
import { connections, endUsers, grants, organisations, xeroApps } from "@/db/schema";

// Rows written straight into the test database, for tests of reads (no Xero involved).

const id = () => crypto.randomUUID();

export function insertApp(opts: { name?: string; environment?: "development" | "staging" | "production"; plan?: string } = {}): string {
  const appId = id();
  const at = new Date();
  getDb()
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
    })
    .run();
  return appId;
}

export function insertGrant(appId: string, name = "Ben"): string {
  const grantId = id();
  const at = new Date();
  getDb()
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
    })
    .run();
  return grantId;
}

export function insertConnection(appId: string, grantId: string, orgName: string): { id: string; tenantId: string } {
  const tenantId = id();
  const connectionId = id();
  const at = new Date();
  getDb().insert(organisations).values({ tenantId, name: orgName, type: "ORGANISATION", firstSeenAt: at, updatedAt: at }).onConflictDoNothing().run();
  getDb()
    .insert(connections)
    .values({ id: connectionId, appId, grantId, tenantId, tenantName: orgName, tenantType: "ORGANISATION", authEventId: "held", firstSeenAt: at, lastSeenAt: at, xeroCreatedAt: at })
    .run();
  return { id: connectionId, tenantId };
}

export function insertEndUser(externalId: string, opts: { email?: string; displayName?: string; accountId?: string; accountName?: string; tags?: string[] } = {}): string {
  const endUserId = id();
  const at = new Date();
  getDb()
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
    })
    .run();
  return endUserId;
}

/** Attributes a grant (and, unless given, all of its connections) to a customer, as connect sessions and imports do. */
export function attributeToEndUser(endUserId: string, grantId: string, connectionIds?: string[], source: "connect_session" | "import" | "observed" = "connect_session"): void {
  getDb().update(grants).set({ endUserId, source }).where(eq(grants.id, grantId)).run();
  const rows =
    connectionIds ??
    getDb()
      .select({ id: connections.id })
      .from(connections)
      .where(eq(connections.grantId, grantId))
      .all()
      .map((c) => c.id);
  for (const connectionId of rows) getDb().update(connections).set({ endUserId }).where(eq(connections.id, connectionId)).run();
}

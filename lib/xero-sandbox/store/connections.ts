import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { sandboxDb } from "@/lib/xero-sandbox/db";
import { randomUuid } from "@/lib/xero-sandbox/ids";
import { apps, connections, organisations } from "@/lib/xero-sandbox/schema";
import type { OrgApp, Pair } from "@/lib/xero-sandbox/rules/caps";

// Connections: one per (app, Xero user, organisation), as Xero's "Connected apps" screen counts them.

export type ConnectionRow = typeof connections.$inferSelect;
export type ConnectionWithOrg = ConnectionRow & { tenantName: string; tenantType: "ORGANISATION" | "PRACTICE"; isDemo: boolean };

const withOrg = {
  id: connections.id,
  appId: connections.appId,
  userId: connections.userId,
  orgId: connections.orgId,
  authEventId: connections.authEventId,
  createdAt: connections.createdAt,
  updatedAt: connections.updatedAt,
  tenantName: organisations.name,
  tenantType: organisations.type,
  isDemo: organisations.isDemo,
};

/** The calling user's connections for the app, newest consent first (GET /connections). */
export function listUserConnections(appId: string, userId: string, authEventId?: string): ConnectionWithOrg[] {
  const where = [eq(connections.appId, appId), eq(connections.userId, userId)];
  if (authEventId !== undefined) where.push(eq(connections.authEventId, authEventId));
  return sandboxDb()
    .select(withOrg)
    .from(connections)
    .innerJoin(organisations, eq(organisations.id, connections.orgId))
    .where(and(...where))
    .orderBy(desc(connections.updatedAt), asc(connections.id))
    .all();
}

export function appPairs(appId: string): Pair[] {
  return sandboxDb()
    .select({ userId: connections.userId, orgId: connections.orgId, isDemo: organisations.isDemo })
    .from(connections)
    .innerJoin(organisations, eq(organisations.id, connections.orgId))
    .where(eq(connections.appId, appId))
    .all();
}

/** For each organisation, the apps connected to it by anyone. */
export function appsOnOrganisations(orgIds: string[]): Map<string, OrgApp[]> {
  const out = new Map<string, OrgApp[]>();
  if (orgIds.length === 0) return out;
  const rows = sandboxDb()
    .selectDistinct({ orgId: connections.orgId, appId: apps.id, plan: apps.plan, certified: apps.certified })
    .from(connections)
    .innerJoin(apps, eq(apps.id, connections.appId))
    .where(inArray(connections.orgId, orgIds))
    .all();
  for (const r of rows) out.set(r.orgId, [...(out.get(r.orgId) ?? []), { appId: r.appId, plan: r.plan, certified: r.certified }]);
  return out;
}

/**
 * Records a consent: new organisations get new connections; already-connected ones keep their id and
 * createdDateUtc and move to the new auth event (docs/xero.md#re-consent).
 */
export function upsertConnections(appId: string, userId: string, orgIds: string[], authEventId: string, at: number, idFor: (orgId: string) => string = randomUuid): void {
  const db = sandboxDb();
  for (const orgId of orgIds) {
    db.insert(connections)
      .values({ id: idFor(orgId), appId, userId, orgId, authEventId, createdAt: at, updatedAt: at })
      .onConflictDoUpdate({ target: [connections.appId, connections.userId, connections.orgId], set: { authEventId, updatedAt: at } })
      .run();
  }
}

export const getConnection = (id: string): ConnectionRow | undefined => sandboxDb().select().from(connections).where(eq(connections.id, id)).get();

export function deleteConnectionById(id: string): void {
  sandboxDb().delete(connections).where(eq(connections.id, id)).run();
}

export function deleteUserConnections(appId: string, userId: string): number {
  return sandboxDb()
    .delete(connections)
    .where(and(eq(connections.appId, appId), eq(connections.userId, userId)))
    .run().changes;
}

/** Whether the id names a tenant or an auth event the caller can see: DELETE with it answers 403 (docs/xero.md#disconnect). */
export function isTenantOrAuthEventOf(appId: string, userId: string, id: string): boolean {
  return listUserConnections(appId, userId).some((c) => c.orgId === id || c.authEventId === id);
}

export function findUserConnection(appId: string, userId: string, orgId: string): ConnectionRow | undefined {
  return sandboxDb()
    .select()
    .from(connections)
    .where(and(eq(connections.appId, appId), eq(connections.userId, userId), eq(connections.orgId, orgId)))
    .get();
}

/** An organisation's "Connected apps": one entry per (app, user), no user named (docs/xero.md#connected-apps-screen). */
export function connectedAppsOf(orgId: string): { connectionId: string; appName: string; createdAt: number }[] {
  return sandboxDb()
    .select({ connectionId: connections.id, appName: apps.name, createdAt: connections.createdAt })
    .from(connections)
    .innerJoin(apps, eq(apps.id, connections.appId))
    .where(eq(connections.orgId, orgId))
    .orderBy(asc(apps.name), asc(connections.createdAt))
    .all();
}

export function countConnectionsByOrg(): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of sandboxDb().select({ orgId: connections.orgId }).from(connections).all()) out.set(r.orgId, (out.get(r.orgId) ?? 0) + 1);
  return out;
}

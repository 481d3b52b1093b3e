import "server-only";
import { and, eq, ilike, inArray, like, ne, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/index";
import { databaseEngine } from "@/db/engine";
import { firstRow } from "@/db/query";
import { connections, endUsers, grants, organisations, xeroApps } from "@/db/schema";
import { organisationsUsingBothSlots, takesUncertifiedSlot } from "@/lib/limits/sql";
import { ORG_UNCERTIFIED_CAP } from "@/lib/limits/plans";
import { endUserColumns, type EndUserRef } from "@/lib/end-users/columns";

// Evidence about one organisation and one authorising user for Diagnose. No role check here: only
// gatherEvidence (evidence.ts) calls these, after checking diagnose:use.

export type OrgMatch = { tenantId: string; name: string; type: string };
export type OrgUser = { connectionId: string; name: string; email: string; status: string; staleReasons: string[]; endUser: EndUserRef | null };
export type OrgApp = { appId: string; name: string; environment: string; plan: string; users: OrgUser[] };
export type OrgEvidence = { org: OrgMatch; uncertifiedApps: OrgApp[]; otherApps: number; slotsUsed: number; slotCap: number };

/** By tenant id, else by exact name (ignoring case), else by a unique partial name. */
export async function findOrganisation(query: string): Promise<OrgMatch | null> {
  const db = getDb();
  const matching = () => db.select({ tenantId: organisations.tenantId, name: organisations.name, type: organisations.type }).from(organisations);
  const byId = await firstRow(matching().where(eq(organisations.tenantId, query.toLowerCase())).limit(1));
  if (byId) return byId;
  const exact = await matching()
    .where(eq(sql`lower(${organisations.name})`, query.toLowerCase()))
    .limit(2);
  // SQLite's like ignores (ASCII) case; Postgres's needs ilike for the same.
  const contains = databaseEngine() === "postgres" ? ilike : like;
  const found =
    exact.length > 0
      ? exact
      : await matching()
          .where(contains(organisations.name, `%${query}%`))
          .limit(2);
  return found.length === 1 ? found[0]! : null;
}

export async function organisationEvidence(org: OrgMatch): Promise<OrgEvidence> {
  const rows = await getDb()
    .select({
      appId: xeroApps.id,
      appName: xeroApps.name,
      environment: xeroApps.environment,
      plan: xeroApps.plan,
      takesSlot: sql<boolean>`${takesUncertifiedSlot(xeroApps)}`.mapWith(Boolean),
      connectionId: connections.id,
      name: grants.name,
      email: grants.email,
      status: connections.status,
      staleReasons: connections.staleReasons,
      endUser: endUserColumns,
    })
    .from(connections)
    .innerJoin(xeroApps, eq(xeroApps.id, connections.appId))
    .innerJoin(grants, eq(grants.id, connections.grantId))
    .leftJoin(endUsers, eq(endUsers.id, sql`coalesce(${connections.endUserId}, ${grants.endUserId})`))
    .where(and(eq(connections.tenantId, org.tenantId), ne(connections.status, "disconnected")))
    .orderBy(xeroApps.environment, xeroApps.name, grants.email);
  const apps = new Map<string, OrgApp>();
  const others = new Set<string>();
  for (const r of rows) {
    if (!r.takesSlot) {
      others.add(r.appId);
      continue;
    }
    const app = apps.get(r.appId) ?? { appId: r.appId, name: r.appName, environment: r.environment, plan: r.plan, users: [] };
    app.users.push({ connectionId: r.connectionId, name: r.name, email: r.email, status: r.status, staleReasons: r.staleReasons, endUser: r.endUser });
    apps.set(r.appId, app);
  }
  const uncertifiedApps = [...apps.values()];
  return { org, uncertifiedApps, otherApps: others.size, slotsUsed: uncertifiedApps.length, slotCap: ORG_UNCERTIFIED_CAP };
}

/** Organisations with both uncertified slots taken: the candidates when no organisation was named. */
export async function organisationsAtCap(limit = 10): Promise<OrgMatch[]> {
  return getDb()
    .select({ tenantId: organisations.tenantId, name: organisations.name, type: organisations.type })
    .from(organisations)
    .where(inArray(organisations.tenantId, organisationsUsingBothSlots()))
    .orderBy(organisations.name)
    .limit(limit);
}

export type UserGrant = {
  grantId: string;
  appId: string;
  appName: string;
  environment: string;
  status: string;
  lastRefreshOkAt: number | null;
  lastFailureReason: string | null;
  live: number;
  stale: number;
  endUser: EndUserRef | null;
};

/** Every grant of one Xero user (by email) across apps, with its connection counts. */
export async function userEvidence(email: string): Promise<UserGrant[]> {
  const connectionsOfGrant = (status: SQL) => sql<number>`(select count(*) from ${connections} where ${connections.grantId} = ${grants.id} and ${status})`.mapWith(Number);
  return getDb()
    .select({
      endUser: endUserColumns,
      grantId: grants.id,
      appId: xeroApps.id,
      appName: xeroApps.name,
      environment: xeroApps.environment,
      status: grants.status,
      // Milliseconds, as Diagnose has always shown them (the column itself maps to a Date).
      lastRefreshOkAt: sql<number | null>`${grants.lastRefreshOkAt}`,
      lastFailureReason: grants.lastFailureReason,
      live: connectionsOfGrant(ne(connections.status, "disconnected")),
      stale: connectionsOfGrant(eq(connections.status, "stale")),
    })
    .from(grants)
    .innerJoin(xeroApps, eq(xeroApps.id, grants.appId))
    .leftJoin(endUsers, eq(endUsers.id, grants.endUserId))
    .where(eq(grants.email, email.trim().toLowerCase()))
    .orderBy(xeroApps.environment, xeroApps.name);
}

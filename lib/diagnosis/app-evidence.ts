import "server-only";
import { and, asc, eq, like, ne, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/index";
import { connections, endUsers, grants, xeroApps } from "@/db/schema";
import type { EndUserRef } from "@/lib/end-users/columns";
import { countedConnections, observedConnections } from "@/lib/apps/counts";
import { selectConnectionRows, withCustomers, type ConnectionRow } from "@/lib/connections/queries";
import { effectiveCap } from "@/lib/limits/plans";
import { capProgress, type CapProgress } from "@/lib/limits/progress";
import { knownVsPortal, type KnownVsPortal } from "@/lib/limits/portal";
import { explainConnections, type Explanation } from "@/lib/staleness/explain";
import { customerEvidence, type CustomerEvidence } from "./customer-evidence";

// Evidence about one app for Diagnose: where it stands against its cap, through whom, and which of its
// connections are stale. No role check here: only gatherEvidence (evidence.ts) calls these, after it.

const LIST_LIMIT = 500;

export type AppMatch = {
  id: string;
  name: string;
  environment: string;
  plan: string;
  certified: boolean;
  capOverride: number | null;
  countDemoCompanies: boolean;
  count: number;
  observedCount: number;
  portalConnectionCount: number | null;
};
export type UserCount = { grantId: string; name: string; email: string; grantStatus: string; connections: number; stale: number; endUser: EndUserRef | null };
export type AppEvidence = {
  app: AppMatch;
  matchedBy: "picked" | "client_id" | "name";
  cap: number | null;
  progress: CapProgress;
  /** What Xero's portal counts against what Connection Desk knows. */
  portal: KnownVsPortal;
  users: UserCount[];
  stale: ConnectionRow[];
  explanations: Record<string, Explanation>;
  /** Every connection that counts toward the cap (up to LIST_LIMIT), by user. */
  filling: ConnectionRow[];
  staleDisconnectable: number;
  staleBlocked: number;
  /** The team's customers: refused connect attempts and who fills the cap. */
  customers: CustomerEvidence;
};

const appColumns = {
  id: xeroApps.id,
  name: xeroApps.name,
  environment: xeroApps.environment,
  plan: xeroApps.plan,
  certified: xeroApps.certified,
  capOverride: xeroApps.capOverride,
  countDemoCompanies: xeroApps.countDemoCompanies,
  count: countedConnections,
  observedCount: observedConnections,
  portalConnectionCount: xeroApps.portalConnectionCount,
};

/** The app the user picked, else the one whose client id is in the URL, else the one the message names. */
export function findApp(picked: string | undefined, clientId: string | null, name: string | null): { app: AppMatch; matchedBy: AppEvidence["matchedBy"] } | null {
  const db = getDb();
  const one = (where: SQL) => db.select(appColumns).from(xeroApps).where(where).limit(2).all();
  if (picked) {
    const [app] = one(eq(xeroApps.id, picked));
    if (app) return { app, matchedBy: "picked" };
  }
  if (clientId) {
    const [app] = one(eq(xeroApps.clientId, clientId.toUpperCase()));
    if (app) return { app, matchedBy: "client_id" };
  }
  if (name) {
    // Exact first (ignoring case), then a unique partial match: screenshots sometimes cut names short.
    const exact = db
      .select(appColumns)
      .from(xeroApps)
      .where(sql`${xeroApps.name} = ${name} collate nocase`)
      .limit(2)
      .all();
    const found =
      exact.length > 0
        ? exact
        : db
            .select(appColumns)
            .from(xeroApps)
            .where(like(xeroApps.name, `%${name}%`))
            .limit(2)
            .all();
    if (found.length === 1) return { app: found[0]!, matchedBy: "name" };
  }
  return null;
}

const counted = (app: AppMatch) => and(eq(connections.appId, app.id), ne(connections.status, "disconnected"), app.countDemoCompanies ? undefined : eq(connections.isDemo, false));

const selectRows = selectConnectionRows;

export async function appEvidence(match: { app: AppMatch; matchedBy: AppEvidence["matchedBy"] }): Promise<AppEvidence> {
  const { app } = match;
  const cap = effectiveCap(app);
  const users = getDb()
    .select({
      grantId: grants.id,
      name: grants.name,
      email: grants.email,
      grantStatus: grants.status,
      connections: sql<number>`count(*)`.mapWith(Number),
      stale: sql<number>`sum(case when ${connections.status} = 'stale' then 1 else 0 end)`.mapWith(Number),
      endUser: {
        id: endUsers.id,
        externalId: endUsers.externalId,
        email: endUsers.email,
        displayName: endUsers.displayName,
        accountId: endUsers.accountId,
        accountName: endUsers.accountName,
        tags: endUsers.tags,
      },
    })
    .from(connections)
    .innerJoin(grants, eq(grants.id, connections.grantId))
    .leftJoin(endUsers, eq(endUsers.id, grants.endUserId))
    .where(counted(app))
    .groupBy(grants.id)
    .orderBy(sql`count(*) desc`, asc(grants.email))
    .all();
  const stale = withCustomers(
    selectRows()
      .where(and(eq(connections.appId, app.id), eq(connections.status, "stale")))
      .orderBy(asc(grants.email), asc(connections.tenantName))
      .limit(LIST_LIMIT)
      .all(),
  );
  const filling = withCustomers(selectRows().where(counted(app)).orderBy(asc(grants.email), asc(connections.tenantName)).limit(LIST_LIMIT).all());
  // Observed connections have no token here either: the team's product or Xero's Connected apps removes them.
  const disconnectable = stale.filter((r) => r.grantStatus === "active" && r.grantSource !== "observed").length;
  const portal = knownVsPortal({ held: app.count - app.observedCount, observed: app.observedCount, portal: app.portalConnectionCount });
  return {
    ...match,
    cap,
    progress: capProgress(portal.counted, cap),
    portal,
    users,
    stale,
    explanations: await explainConnections(stale.map((r) => r.id)),
    filling,
    staleDisconnectable: disconnectable,
    staleBlocked: stale.length - disconnectable,
    customers: customerEvidence(app),
  };
}

/** Apps to choose from when the message names none we know (small: teams register a handful). */
export function appChoices() {
  return getDb().select({ id: xeroApps.id, name: xeroApps.name, environment: xeroApps.environment }).from(xeroApps).orderBy(asc(xeroApps.environment), asc(xeroApps.name)).all();
}

import "server-only";
import { and, count, eq, gte, inArray, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/index";
import { firstRow } from "@/db/query";
import { appConnectionCounts, connections, grantConnectionCounts, grants, organisationSlotCounts, xeroApps } from "@/db/schema";
import { requirePermission } from "@/lib/auth/session";
import { appsClosestToCap } from "@/lib/apps/queries";
import { takesUncertifiedSlot } from "@/lib/limits/sql";
import { ORG_UNCERTIFIED_CAP } from "@/lib/limits/plans";

export const OVERVIEW_ORG_LIMIT = 20;
/** Apps shown on the overview: the ones closest to their cap; the Apps page lists them all. */
export const OVERVIEW_APP_LIMIT = 12;

export type OrganisationAtCap = { tenantId: string; tenantName: string; apps: Array<{ appId: string; appName: string; environment: string; users: string[] }> };

/** Organisations whose two uncertified-app slots are both taken, with the apps and who connected each. */
async function organisationsAtCap(): Promise<{ rows: OrganisationAtCap[]; total: number }> {
  const db = getDb();
  // The trigger-kept organisation_slot_counts (migration organisation_slot_counts): the organisations at the cap
  // are a range of its (uncertified_apps, tenant_id) index, counted and the first page read from it alone.
  const osc = organisationSlotCounts;
  const atCap = gte(osc.uncertifiedApps, ORG_UNCERTIFIED_CAP);
  const total = (await firstRow(db.select({ n: count() }).from(osc).where(atCap).limit(1)))?.n ?? 0;
  const shown = (await db.select({ tenantId: osc.tenantId }).from(osc).where(atCap).orderBy(osc.tenantId).limit(OVERVIEW_ORG_LIMIT)).map((r) => r.tenantId);
  if (shown.length === 0) return { rows: [], total };
  const rows = await db
    .select({
      tenantId: connections.tenantId,
      tenantName: connections.tenantName,
      appId: xeroApps.id,
      appName: xeroApps.name,
      environment: xeroApps.environment,
      userName: grants.name,
      userEmail: grants.email,
    })
    .from(connections)
    .innerJoin(xeroApps, eq(xeroApps.id, connections.appId))
    .innerJoin(grants, eq(grants.id, connections.grantId))
    .where(and(ne(connections.status, "disconnected"), takesUncertifiedSlot(xeroApps), inArray(connections.tenantId, shown)))
    .orderBy(connections.tenantName, xeroApps.name, grants.email);
  const orgs = new Map<string, OrganisationAtCap>();
  for (const r of rows) {
    const org = orgs.get(r.tenantId) ?? { tenantId: r.tenantId, tenantName: r.tenantName, apps: [] };
    let app = org.apps.find((a) => a.appId === r.appId);
    if (!app) org.apps.push((app = { appId: r.appId, appName: r.appName, environment: r.environment, users: [] }));
    const who = `${r.userName} (${r.userEmail})`;
    if (!app.users.includes(who)) app.users.push(who);
    orgs.set(r.tenantId, org);
  }
  return { rows: [...orgs.values()], total };
}

/**
 * Active and stale connections from the per-app summary (app_connection_counts: 2,000 rows at a million
 * connections, where connection_counts has 210,000), and connections whose grant needs re-authorising from the
 * grants that are not active (the partial index grants_not_active_idx) and their per-grant summary rows: the
 * same connections the list's status=broken filter shows, without reading connections or every grant.
 */
async function healthCounts() {
  const db = getDb();
  const acc = appConnectionCounts;
  const live = await firstRow(
    db
      .select({
        // live = active + stale: a connection is active, stale or disconnected (lib/connections/filters.ts).
        active: sql<number>`coalesce(sum(${acc.live} + ${acc.liveDemo} - ${acc.stale}), 0)`.mapWith(Number),
        stale: sql<number>`coalesce(sum(${acc.stale}), 0)`.mapWith(Number),
      })
      .from(acc)
      .limit(1),
  );
  const gcc = grantConnectionCounts;
  const broken =
    (
      await firstRow(
        db
          .select({ n: sql<number>`coalesce(sum(${gcc.n}), 0)`.mapWith(Number) })
          .from(gcc)
          .where(and(ne(gcc.status, "disconnected"), inArray(gcc.grantId, db.select({ id: grants.id }).from(grants).where(ne(grants.status, "active")))))
          .limit(1),
      )
    )?.n ?? 0;
  return { stale: live?.stale ?? 0, broken, active: live?.active ?? 0 };
}

export async function getOverview() {
  await requirePermission("overview:read");
  const apps = await appsClosestToCap(OVERVIEW_APP_LIMIT);
  return { apps, organisationsAtCap: await organisationsAtCap(), health: await healthCounts() };
}

import "server-only";
import { and, asc, count, eq, gt, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/index";
import { firstRow } from "@/db/query";
import { appConnectionCounts, xeroApps } from "@/db/schema";
import { requirePermission } from "@/lib/auth/session";
import { effectiveCap } from "@/lib/limits/plans";
import { capProgress, closerToCap, type CapProgress } from "@/lib/limits/progress";
import { notFound } from "@/lib/errors";
import { env } from "@/lib/env";
import { knownVsPortal, type KnownVsPortal } from "@/lib/limits/portal";
import { countedConnections, distinctOrganisations, observedConnections, staleConnections } from "./counts";
import { escapeLike } from "@/lib/pagination/like";
import { environments, type Environment } from "./environments";
import { appIdSchema } from "./schemas";

// Reads never select the sealed secret: components learn only whether one is stored.
const appColumns = {
  id: xeroApps.id,
  name: xeroApps.name,
  environment: xeroApps.environment,
  plan: xeroApps.plan,
  certified: xeroApps.certified,
  clientId: xeroApps.clientId,
  hasSecret: isNotNull(xeroApps.clientSecretEnc).mapWith(Boolean),
  redirectUri: xeroApps.redirectUri,
  scopes: xeroApps.scopes,
  capOverride: xeroApps.capOverride,
  countDemoCompanies: xeroApps.countDemoCompanies,
  notes: xeroApps.notes,
  allowedReturnUrls: xeroApps.allowedReturnUrls,
  createdAt: xeroApps.createdAt,
  updatedAt: xeroApps.updatedAt,
  connectionCount: countedConnections,
  organisationCount: distinctOrganisations,
  staleCount: staleConnections,
  observedCount: observedConnections,
  portalConnectionCount: xeroApps.portalConnectionCount,
  portalCountReadAt: xeroApps.portalCountReadAt,
};

export type AppSummary = Awaited<ReturnType<typeof selectApps>>[number] & { cap: number | null; progress: CapProgress; portal: KnownVsPortal };

/** Apps with their counts: one app_connection_counts row each (see ./counts.ts). */
function selectApps(where?: SQL) {
  return getDb().select(appColumns).from(xeroApps).where(where);
}

type Counted = { plan: string; capOverride: number | null; connectionCount: number; observedCount: number; portalConnectionCount: number | null };

function withProgress<T extends Counted>(app: T) {
  const cap = effectiveCap(app);
  // Connections made elsewhere fill the cap too: the larger of what we know and what Xero's portal shows counts.
  const portal = knownVsPortal({ held: app.connectionCount - app.observedCount, observed: app.observedCount, portal: app.portalConnectionCount });
  const progress = capProgress(portal.counted, cap);
  // A Custom Connection serves exactly one organisation by design: one of one is its normal state.
  if (app.plan === "custom-connection" && portal.counted <= 1) progress.level = "ok";
  return { ...app, cap, progress, portal };
}

/** Every app with its counts and cap progress (the REST API's list): one summary row and a few grants each. */
export async function listApps(): Promise<AppSummary[]> {
  await requirePermission("apps:read");
  return (await selectApps().orderBy(asc(xeroApps.environment), asc(xeroApps.name))).map(withProgress);
}

export const APPS_PAGE_SIZE = 50;

export const appListFiltersSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type AppListFilters = z.infer<typeof appListFiltersSchema>;

// The Apps page shows environments in this order (development, staging, production), not alphabetically.
const environmentOrder = sql`case ${xeroApps.environment} ${sql.join(
  environments.map((e, i) => sql`when ${e} then ${sql.raw(String(i))}`),
  sql` `,
)} else ${sql.raw(String(environments.length))} end`;

const nameContains = (q: string | undefined) => (q ? sql`lower(${xeroApps.name}) like ${`%${escapeLike(q.toLowerCase())}%`} escape '\\'` : undefined);

export type AppsPage = { groups: Record<Environment, AppSummary[]>; totals: Record<Environment, number>; total: number; page: number; pageSize: number };

/**
 * One page of apps (APPS_PAGE_SIZE, by environment then name), optionally those whose name contains q, grouped
 * by environment, with each environment's total. The page's ids are picked first so the counts are read for
 * those apps only, whatever the engine does with a sort.
 */
export async function listAppsPage(filters: AppListFilters = {}): Promise<AppsPage> {
  await requirePermission("apps:read");
  const page = filters.page ?? 1;
  const where = nameContains(filters.q);
  const db = getDb();
  const totals: Record<Environment, number> = { development: 0, staging: 0, production: 0 };
  for (const row of await db.select({ environment: xeroApps.environment, n: count() }).from(xeroApps).where(where).groupBy(xeroApps.environment)) {
    totals[row.environment] = Number(row.n);
  }
  const ids = (
    await db
      .select({ id: xeroApps.id })
      .from(xeroApps)
      .where(where)
      .orderBy(environmentOrder, asc(xeroApps.name), asc(xeroApps.id))
      .limit(APPS_PAGE_SIZE)
      .offset((page - 1) * APPS_PAGE_SIZE)
  ).map((r) => r.id);
  const groups: Record<Environment, AppSummary[]> = { development: [], staging: [], production: [] };
  if (ids.length > 0) {
    const apps = await selectApps(inArray(xeroApps.id, ids)).orderBy(environmentOrder, asc(xeroApps.name), asc(xeroApps.id));
    for (const app of apps.map(withProgress)) groups[app.environment].push(app);
  }
  return { groups, totals, total: environments.reduce((n, e) => n + totals[e], 0), page, pageSize: APPS_PAGE_SIZE };
}

/**
 * The `limit` apps closest to their cap, worst first (closerToCap), and how many apps there are. Ranks every
 * app from its summary row alone (what fills the cap is held + observed = the counted connections, or Xero's
 * portal count when larger), then reads the full rows of those few.
 */
export async function appsClosestToCap(limit: number): Promise<{ apps: AppSummary[]; total: number }> {
  await requirePermission("apps:read");
  const all = await getDb()
    .select({ id: xeroApps.id, plan: xeroApps.plan, capOverride: xeroApps.capOverride, connectionCount: countedConnections, portalConnectionCount: xeroApps.portalConnectionCount })
    .from(xeroApps)
    .orderBy(asc(xeroApps.environment), asc(xeroApps.name));
  const ranked = all
    .map((app) => ({ id: app.id, progress: withProgress({ ...app, observedCount: 0 }).progress }))
    .sort((a, b) => closerToCap(a.progress, b.progress))
    .slice(0, limit)
    .map((app) => app.id);
  if (ranked.length === 0) return { apps: [], total: all.length };
  const rows = new Map((await selectApps(inArray(xeroApps.id, ranked))).map((app) => [app.id, withProgress(app)]));
  return { apps: ranked.flatMap((id) => rows.get(id) ?? []), total: all.length };
}

export async function getApp(id: string): Promise<AppSummary> {
  await requirePermission("apps:read");
  const parsed = appIdSchema.safeParse(id);
  if (!parsed.success) throw notFound("That app");
  const app = await firstRow(selectApps(eq(xeroApps.id, parsed.data)).limit(1));
  if (!app) throw notFound("That app");
  return withProgress(app);
}

/** The dashboard's OAuth callback URL: what every app must list as a redirect URI in Xero. */
export function callbackUrl(): string {
  return `${env().appUrl}/api/xero/callback`;
}

export type AppOption = { id: string; name: string; environment: string };
const appOptionColumns = { id: xeroApps.id, name: xeroApps.name, environment: xeroApps.environment };

/**
 * Just names, for filter menus (GET /api/app-options, which the menus load after the page): no counts.
 * `stale`: only the apps with stale connections (app_connection_counts), for the stale view's menu.
 */
export async function listAppOptions(only?: "stale"): Promise<AppOption[]> {
  await requirePermission("apps:read");
  const query = getDb().select(appOptionColumns).from(xeroApps).$dynamic();
  const picked = only === "stale" ? query.innerJoin(appConnectionCounts, and(eq(appConnectionCounts.appId, xeroApps.id), gt(appConnectionCounts.stale, 0))) : query;
  return picked.orderBy(asc(xeroApps.environment), asc(xeroApps.name));
}

/** The one app a filter menu has chosen (rendered with the page; the rest of the menu loads after it), if it exists. */
export async function appOption(id: string | undefined): Promise<AppOption | undefined> {
  await requirePermission("apps:read");
  if (!id || !appIdSchema.safeParse(id).success) return undefined;
  return firstRow(getDb().select(appOptionColumns).from(xeroApps).where(eq(xeroApps.id, id)).limit(1));
}

import "server-only";
import { asc, eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/index";
import { firstRow } from "@/db/query";
import { xeroApps } from "@/db/schema";
import { requirePermission } from "@/lib/auth/session";
import { effectiveCap } from "@/lib/limits/plans";
import { capProgress, type CapProgress } from "@/lib/limits/progress";
import { notFound } from "@/lib/errors";
import { env } from "@/lib/env";
import { knownVsPortal, type KnownVsPortal } from "@/lib/limits/portal";
import { countedConnections, distinctOrganisations, observedConnections, staleConnections } from "./counts";
import type { Environment } from "./environments";
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

async function selectApps() {
  return getDb().select(appColumns).from(xeroApps).orderBy(asc(xeroApps.environment), asc(xeroApps.name));
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

/** Every app with its counts and cap progress. Teams register a handful of apps, so this is one small query. */
export async function listApps(): Promise<AppSummary[]> {
  await requirePermission("apps:read");
  return (await selectApps()).map(withProgress);
}

export async function listAppsByEnvironment(): Promise<Record<Environment, AppSummary[]>> {
  const apps = await listApps();
  const groups: Record<Environment, AppSummary[]> = { development: [], staging: [], production: [] };
  for (const app of apps) groups[app.environment].push(app);
  return groups;
}

export async function getApp(id: string): Promise<AppSummary> {
  await requirePermission("apps:read");
  const parsed = appIdSchema.safeParse(id);
  if (!parsed.success) throw notFound("That app");
  const app = await firstRow(getDb().select(appColumns).from(xeroApps).where(eq(xeroApps.id, parsed.data)).limit(1));
  if (!app) throw notFound("That app");
  return withProgress(app);
}

/** The dashboard's OAuth callback URL: what every app must list as a redirect URI in Xero. */
export function callbackUrl(): string {
  return `${env().appUrl}/api/xero/callback`;
}

/** Just names, for filter menus: no counts, so it costs nothing next to the page's real query. */
export async function listAppOptions(): Promise<Array<{ id: string; name: string; environment: string }>> {
  await requirePermission("apps:read");
  return getDb().select({ id: xeroApps.id, name: xeroApps.name, environment: xeroApps.environment }).from(xeroApps).orderBy(asc(xeroApps.environment), asc(xeroApps.name));
}

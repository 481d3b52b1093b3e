import "server-only";
import { and, eq, inArray, ne } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/index";
import { connections, grants, xeroApps } from "@/db/schema";
import { requirePermission, type SessionUser } from "@/lib/auth/session";
import { parseInput } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/record";
import { xeroNow } from "@/lib/clock";
import { accessTokenFor } from "@/lib/grants/token-store";
import { appCredentials } from "@/lib/grants/app-credentials";
import { recordRateLimit } from "@/lib/grants/rate-limit-samples";
import { deleteConnection, listConnections } from "@/lib/xero/connections";
import { isXeroError, XeroApiError } from "@/lib/xero/errors";
import { countedConnections } from "@/lib/apps/counts";
import { planDisconnect, type DisconnectPlan } from "./disconnect-plan";
import { applyXeroList, inTransaction } from "./store";
import { refreshStaleness } from "@/lib/staleness/apply";
import { afterConnectionsChanged } from "@/lib/jobs/after-sync";

// Disconnect (docs/architecture.md#disconnect): DELETE with a valid token of the grant that owns the
// connection, then re-read GET /connections to confirm. A failure leaves the row as it was and says why.

export const disconnectSchema = z.object({
  ids: z.array(z.string().min(1).max(64)).min(1, "Select at least one connection.").max(500, "Disconnect at most 500 connections at once."),
  reason: z.string().trim().max(500).default(""),
});

function selectionRows(ids: string[]) {
  return getDb()
    .select({
      id: connections.id,
      grantId: connections.grantId,
      tenantName: connections.tenantName,
      status: connections.status,
      isDemo: connections.isDemo,
      userEmail: grants.email,
      appId: xeroApps.id,
      appName: xeroApps.name,
      plan: xeroApps.plan,
      capOverride: xeroApps.capOverride,
      countDemoCompanies: xeroApps.countDemoCompanies,
      appCount: countedConnections,
    })
    .from(connections)
    .innerJoin(grants, eq(grants.id, connections.grantId))
    .innerJoin(xeroApps, eq(xeroApps.id, connections.appId))
    .where(inArray(connections.id, ids))
    .all();
}

/** The dry run: what the selection frees, per app, before anything is sent to Xero. */
export async function previewDisconnect(raw: unknown): Promise<DisconnectPlan> {
  await requirePermission("connections:disconnect");
  const { ids } = parseInput(disconnectSchema, raw);
  return planDisconnect(selectionRows(ids));
}

export type DisconnectResult = { id: string; tenantName: string; ok: boolean; message: string };

export async function disconnectConnections(raw: unknown): Promise<DisconnectResult[]> {
  const user = await requirePermission("connections:disconnect");
  const { ids, reason } = parseInput(disconnectSchema, raw);
  const rows = selectionRows(ids).filter((r) => r.status !== "disconnected");
  const byGrant = new Map<string, typeof rows>();
  for (const r of rows) byGrant.set(r.grantId, [...(byGrant.get(r.grantId) ?? []), r]);
  const results: DisconnectResult[] = [];
  for (const [grantId, group] of byGrant) results.push(...(await disconnectForGrant(user, grantId, group, reason)));
  // Another user's copy of a disconnected organisation may no longer be a duplicate.
  if (byGrant.size > 0) refreshStaleness([...byGrant.keys()]);
  if (byGrant.size > 0) afterConnectionsChanged();
  return results;
}

async function disconnectForGrant(user: SessionUser, grantId: string, group: ReturnType<typeof selectionRows>, reason: string): Promise<DisconnectResult[]> {
  const appId = group[0]!.appId;
  const options = { onResponse: recordRateLimit(appId) };
  const failures = new Map<string, string>();
  let listed: Awaited<ReturnType<typeof listConnections>>["connections"] | null = null;
  try {
    const accessToken = await accessTokenFor(grantId);
    const { endpoints } = appCredentials(appId);
    for (const row of group) {
      try {
        await deleteConnection({ endpoints, accessToken, connectionId: row.id }, options);
      } catch (error) {
        // 404: Xero no longer has it, which is what we wanted; the re-read below confirms.
        if (!(error instanceof XeroApiError && error.status === 404)) failures.set(row.id, describe(error));
      }
    }
    listed = (await listConnections({ endpoints, accessToken }, options)).connections;
  } catch (error) {
    for (const row of group) if (!failures.has(row.id)) failures.set(row.id, describe(error));
  }
  const stillListed = new Set(listed?.map((c) => c.id) ?? group.map((r) => r.id));
  const done = group.filter((r) => !failures.has(r.id) && !stillListed.has(r.id));
  for (const r of group) if (!failures.has(r.id) && stillListed.has(r.id)) failures.set(r.id, "Xero still lists this connection after the disconnect. Sync the app and try again.");
  const at = xeroNow();
  inTransaction((tx) => {
    if (done.length > 0) {
      tx.update(connections)
        .set({ status: "disconnected", disconnectedAt: at, disconnectedBy: user.email })
        .where(and(inArray(connections.id, done.map((r) => r.id)), ne(connections.status, "disconnected")))
        .run();
    }
    if (listed) applyXeroList(tx, { id: grantId, appId }, listed);
  });
  return group.map((r) => {
    const failure = failures.get(r.id);
    const detail = { tenant: r.tenantName, app: r.appName, authorisedBy: r.userEmail, reason: reason || undefined, error: failure };
    recordAudit({ actor: user, action: failure ? "connection.disconnect_failed" : "connection.disconnected", target: { type: "connection", id: r.id, label: `${r.tenantName} · ${r.appName} · ${r.userEmail}` }, details: detail });
    return { id: r.id, tenantName: r.tenantName, ok: !failure, message: failure ?? `Disconnected ${r.tenantName} from ${r.appName}.` };
  });
}

function describe(error: unknown): string {
  return isXeroError(error) ? error.userMessage : "An unexpected error stopped the disconnect. Nothing was changed for this connection.";
}

/** The environment of each selected connection that exists (the REST API limits keys to their environment). */
export async function environmentsOfConnections(ids: string[]): Promise<Map<string, string>> {
  await requirePermission("connections:disconnect");
  const rows = getDb().select({ id: connections.id, environment: xeroApps.environment }).from(connections).innerJoin(xeroApps, eq(xeroApps.id, connections.appId)).where(inArray(connections.id, ids)).all();
  return new Map(rows.map((r) => [r.id, r.environment]));
}

import "server-only";
import { eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/index";
import { connections, grants, xeroApps } from "@/db/schema";
import { transact } from "@/db/steps";
import { accessTokenFor } from "@/lib/grants/token-store";
import { appCredentials } from "@/lib/grants/app-credentials";
import { appCallOptions } from "@/lib/grants/rate-limit-samples";
import { deleteConnection, listConnections } from "@/lib/xero/connections";
import { isXeroError, XeroApiError } from "@/lib/xero/errors";
import { countedConnections } from "@/lib/apps/counts";
import { refreshStaleness } from "@/lib/staleness/apply";
import { afterConnectionsChanged } from "@/lib/jobs/after-sync";
import { closeIntent, keepIntentAlive, openIntent, settleDisconnected, settleFailed } from "./disconnect-intents";
import { applyXeroListStep } from "./store";

// System layer, after authorisation (lib/connections/disconnect.ts): DELETE with a valid token of the
// grant that owns the connection, then re-read GET /connections to confirm (docs/architecture.md#disconnect).
// The intent is written first (./disconnect-intents.ts), so a crash half-way is finished by recovery.

export async function selectionRows(ids: string[]) {
  return getDb()
    .select({
      id: connections.id,
      grantId: connections.grantId,
      tenantName: connections.tenantName,
      status: connections.status,
      isDemo: connections.isDemo,
      userEmail: grants.email,
      grantSource: grants.source,
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
    .where(inArray(connections.id, ids));
}

export type DisconnectResult = { id: string; tenantName: string; ok: boolean; message: string };

/** Test seam: lets a child process die at a chosen point (lib/jobs/crash-safety.test.ts). */
export type DisconnectHooks = { deleteAnswered?: (count: number) => void };

type Row = Awaited<ReturnType<typeof selectionRows>>[number];
const ALREADY = "Another disconnect of this connection is in progress. Wait for it to finish.";

/** After authorisation: records the intent, then asks Xero grant by grant, settling each connection as Xero answers. */
export async function performDisconnect(user: { id: string; email: string }, input: { ids: string[]; reason: string }, hooks: DisconnectHooks = {}): Promise<DisconnectResult[]> {
  // In the order asked for (the database returns them in whatever order its plan reads them).
  const asked = new Map(input.ids.map((id, i) => [id, i]));
  const rows = (await selectionRows(input.ids)).filter((r) => r.status !== "disconnected").sort((a, b) => asked.get(a.id)! - asked.get(b.id)!);
  if (rows.length === 0) return [];
  const actor = { id: user.id, email: user.email };
  const { intentId, claimed } = await openIntent(
    actor,
    input.reason,
    rows.map((r) => r.id),
  );
  const byGrant = new Map<string, Row[]>();
  for (const r of rows) if (claimed.has(r.id)) byGrant.set(r.grantId, [...(byGrant.get(r.grantId) ?? []), r]);
  const results: DisconnectResult[] = rows.filter((r) => !claimed.has(r.id)).map((r) => ({ id: r.id, tenantName: r.tenantName, ok: false, message: ALREADY }));
  const stopRenewing = keepIntentAlive(intentId);
  const answered = { count: 0 };
  try {
    for (const [grantId, group] of byGrant) results.push(...(await disconnectForGrant({ actor, intentId, reason: input.reason, hooks, answered }, grantId, group)));
  } finally {
    stopRenewing();
    await closeIntent(intentId, "done");
  }
  // Another user's copy of a disconnected organisation may no longer be a duplicate.
  if (byGrant.size > 0) await refreshStaleness([...byGrant.keys()]);
  if (byGrant.size > 0) await afterConnectionsChanged();
  return results;
}

type Context = { actor: { id: string; email: string }; intentId: number; reason: string; hooks: DisconnectHooks; answered: { count: number } };

async function disconnectForGrant(ctx: Context, grantId: string, group: Row[]): Promise<DisconnectResult[]> {
  const appId = group[0]!.appId;
  const options = await appCallOptions(appId);
  const outcome = new Map<string, string | null>();
  const settle = async (r: Row, failure: string | null) => {
    outcome.set(r.id, failure);
    const c = { id: r.id, grantId, tenantName: r.tenantName, appName: r.appName, userEmail: r.userEmail };
    if (failure) await settleFailed(ctx.intentId, c, ctx.actor, ctx.reason, failure);
    else await settleDisconnected(ctx.intentId, c, ctx.actor, ctx.reason);
  };
  // Xero's 204 is not the last word: a connection is recorded as disconnected only once Xero's own list
  // confirms it is gone. Until then the row stays "disconnecting" under the intent, so a crash here is
  // finished by recovery, which re-reads Xero the same way.
  const deleted: Row[] = [];
  try {
    const accessToken = await accessTokenFor(grantId);
    const { endpoints } = await appCredentials(appId);
    for (const row of group) {
      let failure: string | null = null;
      try {
        await deleteConnection({ endpoints, accessToken, connectionId: row.id }, options);
      } catch (error) {
        // 404: Xero no longer has it, which is what we wanted.
        if (!(error instanceof XeroApiError && error.status === 404)) failure = describe(error);
      }
      ctx.hooks.deleteAnswered?.(++ctx.answered.count);
      if (failure) await settle(row, failure);
      else deleted.push(row);
    }
    // Confirm with Xero's own list (docs/architecture.md#disconnect); no Xero call happens inside a transaction.
    const listed = (await listConnections({ endpoints, accessToken }, options)).connections;
    const still = new Set(listed.map((c) => c.id));
    for (const r of deleted) await settle(r, still.has(r.id) ? "Xero still lists this connection after the disconnect. Sync the app and try again." : null);
    await transact((tx) => applyXeroListStep(tx, { id: grantId, appId }, listed), { immediate: true });
  } catch (error) {
    // The re-read failed: Xero answered the DELETEs, so record them; what Xero has not answered for is left as it was.
    for (const r of deleted) if (!outcome.has(r.id)) await settle(r, null);
    for (const r of group) if (!outcome.has(r.id)) await settle(r, describe(error));
  }
  return group.map((r) => {
    const failure = outcome.get(r.id) ?? null;
    return { id: r.id, tenantName: r.tenantName, ok: !failure, message: failure ?? `Disconnected ${r.tenantName} from ${r.appName}.` };
  });
}

function describe(error: unknown): string {
  return isXeroError(error) ? error.userMessage : "An unexpected error stopped the disconnect. Nothing was changed for this connection.";
}

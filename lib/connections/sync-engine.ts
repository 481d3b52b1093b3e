import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { getDb } from "@/db/index";
import { firstRow } from "@/db/query";
import { grants } from "@/db/schema";
import { transact } from "@/db/steps";
import { accessTokenFor } from "@/lib/grants/token-store";
import { appCredentials } from "@/lib/grants/app-credentials";
import { appCallOptions } from "@/lib/grants/rate-limit-samples";
import { listConnections } from "@/lib/xero/connections";
import { isXeroError } from "@/lib/xero/errors";
import { paceAppCall } from "@/lib/xero/app-pacer";
import { logger } from "@/lib/logger";
import { finishRun, keepRunAlive, reportProgress } from "@/lib/jobs/runs";
import { refreshStaleness } from "@/lib/staleness/apply";
import { applyXeroListStep } from "./store";
import { checkOrganisations } from "./organisation-check";
import { queueVanishedAlertsStep } from "@/lib/alerts/connection-alerts";
import { afterConnectionsChanged } from "@/lib/jobs/after-sync";
import { summariseReauth } from "@/lib/staleness/reauth-cause";
import { xeroNow } from "@/lib/clock";
import { forEachPooled } from "@/lib/jobs/pool";

// System layer: reconciles grants with Xero's GET /connections (docs/architecture.md#sync).

/**
 * Grants reconciled at once. One at a time waits on each grant's list call, organisation checks and writes
 * in turn, which against real Xero (a few hundred ms a call) uses a few per cent of the app-wide 10,000
 * calls/min; 16 in flight overlap those waits, and every call is paced (lib/xero/app-pacer) so the run
 * stays inside the budget however fast Xero answers. `npm run bench` prints the calls/min and 429s a run meets.
 */
export const SYNC_CONCURRENCY = 16;

export type GrantSyncResult = { grantId: string; email: string; ok: boolean; added: number; updated: number; vanished: number; error?: string };

export async function syncGrant(grantId: string): Promise<GrantSyncResult> {
  const grant = await firstRow(getDb().select({ id: grants.id, appId: grants.appId, email: grants.email, source: grants.source }).from(grants).where(eq(grants.id, grantId)).limit(1));
  if (!grant) return { grantId, email: "", ok: false, added: 0, updated: 0, vanished: 0, error: "The grant no longer exists." };
  // Observed: the team's product holds the tokens and reports the connections; there is nothing to call
  // Xero with, and that is not a failure. Its staleness is still judged with the rest of the run.
  if (grant.source === "observed") return { grantId, email: grant.email, ok: true, added: 0, updated: 0, vanished: 0 };
  try {
    const accessToken = await accessTokenFor(grant.id);
    const { endpoints } = await appCredentials(grant.appId);
    const beforeRequest = () => paceAppCall(grant.appId);
    const { connections } = await listConnections({ endpoints, accessToken }, { ...(await appCallOptions(grant.appId)), beforeRequest });
    const plan = await transact(
      function* (tx) {
        const applied = yield* applyXeroListStep(tx, grant, connections);
        yield* queueVanishedAlertsStep(tx, grant.id, applied.vanished);
        return applied;
      },
      { immediate: true },
    );
    await checkOrganisations(grant, accessToken, endpoints, beforeRequest);
    return { grantId, email: grant.email, ok: true, added: plan.added.length, updated: plan.updated.length, vanished: plan.vanished.length };
  } catch (error) {
    if (!isXeroError(error)) logger.error("sync failed", { grantId, error: error instanceof Error ? error.message : String(error) });
    return { grantId, email: grant.email, ok: false, added: 0, updated: 0, vanished: 0, error: isXeroError(error) ? error.userMessage : "An unexpected error stopped this grant's sync." };
  }
}

export async function activeGrantIds(appId?: string): Promise<string[]> {
  const where = appId ? and(eq(grants.appId, appId), eq(grants.status, "active")) : eq(grants.status, "active");
  const rows = await getDb().select({ id: grants.id }).from(grants).where(where);
  return rows.map((g) => g.id);
}

const counts = (results: GrantSyncResult[]) => ({
  grants: results.length,
  failed: results.filter((r) => !r.ok).length,
  added: results.reduce((n, r) => n + r.added, 0),
  vanished: results.reduce((n, r) => n + r.vanished, 0),
});

/** Test seam: lets a child process die at a chosen point of a run (lib/jobs/crash-safety.test.ts). */
export type SyncHooks = { afterGrant?: (done: number) => void };

/**
 * Syncs the grants, reporting progress (and the counts so far, kept if the process dies) on the run
 * record, and finishes the run with a summary.
 */
export async function runSync(runId: number, grantIds: string[], hooks: SyncHooks = {}, appId?: string): Promise<GrantSyncResult[]> {
  const results: GrantSyncResult[] = [];
  const stopHeartbeat = keepRunAlive(runId);
  try {
    await forEachPooled(grantIds, SYNC_CONCURRENCY, syncGrant, async (result) => {
      results.push(result);
      const done = results.length;
      await reportProgress(runId, done, counts(results));
      hooks.afterGrant?.(done);
    });
  } finally {
    stopHeartbeat();
  }
  const staleness = await refreshStalenessSafely(grantIds);
  const { alerts } = await afterConnectionsChanged();
  const failed = results.filter((r) => !r.ok);
  const summary = {
    ...counts(results),
    errors: failed.map((r) => ({ email: r.email, error: r.error })),
    stale: staleness?.stale,
    alerts,
    // A sync checks only working grants: say how many of the app's grants it could not check, and why.
    ...(appId ? { needsReauth: await reauthSummaryOf(appId) } : {}),
  };
  await finishRun(runId, failed.length === 0 ? "ok" : failed.length === results.length ? "failed" : "partial", summary);
  return results;
}

/** The app's grants that need re-authorisation, by cause. Observed grants hold no token, so none can die. */
async function reauthSummaryOf(appId: string) {
  const dead = await getDb()
    .select({ status: grants.status, refreshObtainedAt: grants.refreshObtainedAt })
    .from(grants)
    .where(and(eq(grants.appId, appId), ne(grants.status, "active"), ne(grants.source, "observed")));
  return summariseReauth(dead, xeroNow());
}

/** Staleness follows every sync; a failure there must not lose the sync's own result. */
async function refreshStalenessSafely(grantIds: string[]) {
  try {
    return await refreshStaleness(grantIds);
  } catch (error) {
    logger.error("staleness refresh failed", { error: error instanceof Error ? error.message : String(error) });
    return null;
  }
}

import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { grants } from "@/db/schema";
import { xeroNowMs } from "@/lib/clock";
import { accessTokenFor } from "@/lib/grants/token-store";
import { appCredentials } from "@/lib/grants/app-credentials";
import { appCallOptions } from "@/lib/grants/rate-limit-samples";
import { listConnections } from "@/lib/xero/connections";
import { logger } from "@/lib/logger";
import { isAbandoned, thisProcessProbe } from "@/lib/jobs/owner";
import { refreshStaleness } from "@/lib/staleness/apply";
import { afterConnectionsChanged } from "@/lib/jobs/after-sync";
import { claimIntent, closeIntent, openIntents, pendingConnections, settleDisconnected, settleFailed } from "./disconnect-intents";
import { planIntentRecovery, type ListedByGrant } from "./disconnect-recovery-plan";

// System layer: finishes disconnects whose process died half-way (server start-up and every background
// tick). Xero is re-read per user; what it no longer lists was disconnected by the person who asked,
// what it still lists is rolled back to connected. Both get an audit entry naming that person.

const ROLLED_BACK = "The disconnect was interrupted before Xero removed this connection; it is still connected. Disconnect it again if you still want to.";

async function listedIds(grantId: string): Promise<Set<string> | null> {
  try {
    const grant = getDb().select({ appId: grants.appId }).from(grants).where(eq(grants.id, grantId)).get();
    if (!grant) return null;
    const accessToken = await accessTokenFor(grantId);
    const { endpoints } = await appCredentials(grant.appId);
    const { connections } = await listConnections({ endpoints, accessToken }, appCallOptions(grant.appId));
    return new Set(connections.map((c) => c.id));
  } catch (error) {
    logger.warn("interrupted disconnect: Xero could not be re-read; tried again later", { grantId, error: error instanceof Error ? error.message : String(error) });
    return null;
  }
}

/** Returns how many connections were finished and rolled back. */
export async function finishInterruptedDisconnects(): Promise<{ completed: number; rolledBack: number }> {
  const probe = thisProcessProbe();
  const totals = { completed: 0, rolledBack: 0 };
  const grantIds = new Set<string>();
  for (const intent of openIntents()) {
    if (!isAbandoned({ holder: intent.holder, leaseExpiresAtMs: intent.leaseExpiresAt.getTime() }, xeroNowMs(), probe)) continue;
    if (!claimIntent(intent.id, intent.holder)) continue;
    const pending = pendingConnections(intent.id);
    const listed: ListedByGrant = new Map();
    for (const grantId of new Set(pending.map((c) => c.grantId))) listed.set(grantId, await listedIds(grantId));
    const plan = planIntentRecovery(pending, listed);
    const actor = { id: intent.actorId, email: intent.actorEmail };
    const extra = { recovered: true, intentStartedAt: intent.startedAt.toISOString() };
    for (const c of pending) {
      if (plan.complete.includes(c.id)) await settleDisconnected(intent.id, c, actor, intent.reason, extra);
      else if (plan.rollBack.includes(c.id)) await settleFailed(intent.id, c, actor, intent.reason, ROLLED_BACK, extra);
      if (!plan.retry.includes(c.id)) grantIds.add(c.grantId);
    }
    totals.completed += plan.complete.length;
    totals.rolledBack += plan.rollBack.length;
    closeIntent(intent.id, "recovered");
    logger.info("interrupted disconnect recovered", { intentId: intent.id, by: intent.actorEmail, ...plan });
  }
  if (totals.completed > 0) {
    await refreshStaleness([...grantIds]);
    afterConnectionsChanged();
  }
  return totals;
}

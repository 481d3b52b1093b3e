import "server-only";
import { and, eq, inArray, isNull, ne } from "drizzle-orm";
import { getDb } from "@/db/index";
import { changedRows } from "@/db/query";
import { connections, disconnectIntents, grants, xeroApps } from "@/db/schema";
import { all, first, run, transact, type Tx } from "@/db/steps";
import { auditStep, type AuditActor } from "@/lib/audit/record";
import { xeroNow, xeroNowMs } from "@/lib/clock";
import { PROCESS_OWNER } from "@/lib/jobs/owner";
import { logger } from "@/lib/logger";

// System layer: the written intent behind a disconnect (docs/architecture.md#disconnect). It is recorded before
// Xero is called and each connection is settled as Xero answers, each in one transaction with its
// audit entry, so a process killed half-way leaves nothing unexplained (lib/connections/disconnect-recovery.ts).

/** How long an intent's owner may go without renewing before recovery takes the intent over. */
export const INTENT_LEASE_MS = 2 * 60 * 1000;
const leaseEnd = () => new Date(xeroNowMs() + INTENT_LEASE_MS);

export type IntentConnection = { id: string; grantId: string; tenantName: string; appName: string; userEmail: string };

/** Records the intent and marks the connections `disconnecting`; returns the ids it claimed (not already claimed or gone). */
export async function openIntent(actor: AuditActor & { email: string }, reason: string, ids: string[]): Promise<{ intentId: number; claimed: Set<string> }> {
  return transact(
    function* (tx) {
      const intent = yield* first(
        tx
          .insert(disconnectIntents)
          .values({ actorId: actor.id, actorEmail: actor.email, reason, holder: PROCESS_OWNER, leaseExpiresAt: leaseEnd(), startedAt: xeroNow(), status: "open" })
          .returning({ id: disconnectIntents.id }),
      );
      const id = intent!.id;
      yield* run(
        tx
          .update(connections)
          .set({ disconnectIntentId: id })
          .where(and(inArray(connections.id, ids), ne(connections.status, "disconnected"), isNull(connections.disconnectIntentId))),
      );
      const claimed = yield* all(tx.select({ id: connections.id }).from(connections).where(eq(connections.disconnectIntentId, id)));
      return { intentId: id, claimed: new Set(claimed.map((c) => c.id)) };
    },
    { immediate: true },
  );
}

/** Renews the owner's lease while Xero is slow; call the returned function when the work stops. */
export function keepIntentAlive(intentId: number): () => void {
  const renew = async () => {
    await getDb().update(disconnectIntents).set({ leaseExpiresAt: leaseEnd() }).where(eq(disconnectIntents.id, intentId));
  };
  const timer = setInterval(
    () => void renew().catch((error: unknown) => logger.warn("disconnect intent lease not renewed", { intentId, error: error instanceof Error ? error.message : String(error) })),
    INTENT_LEASE_MS / 4,
  );
  timer.unref();
  return () => clearInterval(timer);
}

/** Takes over an abandoned intent, unless another process took it first. */
export async function claimIntent(intentId: number, fromHolder: string): Promise<boolean> {
  const result = await getDb()
    .update(disconnectIntents)
    .set({ holder: PROCESS_OWNER, leaseExpiresAt: leaseEnd() })
    .where(and(eq(disconnectIntents.id, intentId), eq(disconnectIntents.holder, fromHolder), eq(disconnectIntents.status, "open")));
  return changedRows(result) === 1;
}

const label = (c: IntentConnection) => `${c.tenantName} · ${c.appName} · ${c.userEmail}`;
const details = (c: IntentConnection, reason: string, extra: Record<string, unknown>) => ({ tenant: c.tenantName, app: c.appName, authorisedBy: c.userEmail, reason: reason || undefined, ...extra });

/** Xero removed it: the connection is disconnected by the person who asked, with its audit entry. */
export async function settleDisconnected(intentId: number, c: IntentConnection, actor: AuditActor & { email: string }, reason: string, extra: Record<string, unknown> = {}) {
  await transact(function* (tx) {
    yield* run(
      tx
        .update(connections)
        .set({ status: "disconnected", disconnectedAt: xeroNow(), disconnectedBy: actor.email, disconnectIntentId: null })
        .where(and(eq(connections.id, c.id), eq(connections.disconnectIntentId, intentId))),
    );
    yield* auditStep(tx, { actor, action: "connection.disconnected", target: { type: "connection", id: c.id, label: label(c) }, details: details(c, reason, extra) });
  });
}

/** Xero did not remove it: the connection is left as it was, with the reason in the audit entry. */
export async function settleFailed(intentId: number, c: IntentConnection, actor: AuditActor & { email: string }, reason: string, error: string, extra: Record<string, unknown> = {}) {
  await transact(function* (tx) {
    yield* run(
      tx
        .update(connections)
        .set({ disconnectIntentId: null })
        .where(and(eq(connections.id, c.id), eq(connections.disconnectIntentId, intentId))),
    );
    yield* auditStep(tx, { actor, action: "connection.disconnect_failed", target: { type: "connection", id: c.id, label: label(c) }, details: details(c, reason, { error, ...extra }) });
  });
}

const selectPending = (db: Pick<Tx, "select">, intentId: number) =>
  db
    .select({ id: connections.id, grantId: connections.grantId, tenantName: connections.tenantName, appName: xeroApps.name, userEmail: grants.email })
    .from(connections)
    .innerJoin(grants, eq(grants.id, connections.grantId))
    .innerJoin(xeroApps, eq(xeroApps.id, connections.appId))
    .where(eq(connections.disconnectIntentId, intentId));

/** The connections still waiting for an answer. */
export async function pendingConnections(intentId: number): Promise<IntentConnection[]> {
  return selectPending(getDb(), intentId);
}

/**
 * Closes the intent when nothing waits any more. Otherwise (an unexpected error stopped the owner) the
 * lease ends now, so the next recovery re-reads Xero for what is left.
 */
export async function closeIntent(intentId: number, status: "done" | "recovered"): Promise<void> {
  await transact(
    function* (tx) {
      if ((yield* all(selectPending(tx, intentId))).length === 0) yield* run(tx.update(disconnectIntents).set({ status, finishedAt: xeroNow() }).where(eq(disconnectIntents.id, intentId)));
      else yield* run(tx.update(disconnectIntents).set({ leaseExpiresAt: xeroNow() }).where(eq(disconnectIntents.id, intentId)));
    },
    { immediate: true },
  );
}

export async function openIntents() {
  return getDb().select().from(disconnectIntents).where(eq(disconnectIntents.status, "open"));
}

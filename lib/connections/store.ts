import "server-only";
import { and, eq, inArray, ne } from "drizzle-orm";
import { connections, organisations } from "@/db/schema";
import { all, run, type Step, type Tx } from "@/db/steps";
import { xeroNow } from "@/lib/clock";
import type { XeroConnection } from "@/lib/xero/connections";
import { isDemoCompany, planReconcile, type ReconcilePlan } from "./reconcile-plan";

// System layer: writes what Xero listed for one grant. A step of the caller's transaction (db/steps.ts) so a
// connect or sync is written whole or not at all.

function* upsertOrganisation(tx: Tx, c: XeroConnection, at: Date) {
  const name = c.tenantName ?? c.tenantId;
  const type = c.tenantType ?? "ORGANISATION";
  yield* run(
    tx
      .insert(organisations)
      .values({ tenantId: c.tenantId, name, type, isDemo: isDemoCompany(c.tenantName), firstSeenAt: at, updatedAt: at })
      .onConflictDoUpdate({ target: organisations.tenantId, set: { name, type, updatedAt: at } }),
  );
}

/** Applies Xero's list for a grant: returns what changed. `disconnectedBy` explains vanished ones. Run it in an immediate transaction: it reads, then writes. */
export function* applyXeroListStep(tx: Tx, grant: { id: string; appId: string }, listed: XeroConnection[]): Generator<Step, ReconcilePlan, unknown> {
  const at = xeroNow();
  const held = (yield* all(
    tx
      .select({ id: connections.id, status: connections.status, tenantName: connections.tenantName, intentId: connections.disconnectIntentId })
      .from(connections)
      .where(eq(connections.grantId, grant.id)),
  )).map(({ intentId, ...c }) => ({ ...c, disconnecting: intentId !== null }));
  const plan = planReconcile(held, listed);
  for (const c of [...plan.added, ...plan.updated]) {
    yield* upsertOrganisation(tx, c, at);
    const values = {
      tenantId: c.tenantId,
      tenantName: c.tenantName ?? c.tenantId,
      tenantType: c.tenantType ?? "ORGANISATION",
      isDemo: isDemoCompany(c.tenantName),
      authEventId: c.authEventId,
      xeroCreatedAt: c.createdDateUtc,
      xeroUpdatedAt: c.updatedDateUtc,
      lastSeenAt: at,
    };
    yield* run(
      tx
        .insert(connections)
        .values({ id: c.id, appId: grant.appId, grantId: grant.id, ...values, firstSeenAt: at, status: "active" })
        .onConflictDoUpdate({
          target: connections.id,
          set: { ...values, grantId: grant.id, ...(plan.added.includes(c) ? { status: "active" as const, disconnectedAt: null, disconnectedBy: null } : {}) },
        }),
    );
  }
  if (plan.vanished.length > 0) {
    yield* run(
      tx
        .update(connections)
        .set({ status: "disconnected", disconnectedAt: at, disconnectedBy: "Xero (disconnected outside this dashboard)" })
        .where(and(inArray(connections.id, plan.vanished), ne(connections.status, "disconnected"))),
    );
  }
  return plan;
}

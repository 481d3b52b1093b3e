// @ts-nocheck
import "server-only";
import { and, eq, inArray, ne } from "drizzle-orm";
import { getDb, type Db } from "@/db/index";
import { connections, organisations } from "@/db/schema";
import { xeroNow } from "@/lib/clock";
import type { XeroConnection } from "@/lib/xero/connections";
import { isDemoCompany, planReconcile, type ReconcilePlan } from "./reconcile-plan";

// System layer: writes what Xero listed for one grant. Runs inside the caller's transaction so a
// connect or sync is written whole or not at all.

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

function upsertOrganisation(tx: Tx, c: XeroConnection, at: Date) {
  const name = c.tenantName ?? c.tenantId;
  const type = c.tenantType ?? "ORGANISATION";
  tx.insert(organisations)
    .values({ tenantId: c.tenantId, name, type, isDemo: isDemoCompany(c.tenantName), firstSeenAt: at, updatedAt: at })
    .onConflictDoUpdate({ target: organisations.tenantId, set: { name, type, updatedAt: at } })
    .run();
}

/** Applies Xero's list for a grant: returns what changed. `disconnectedBy` explains vanished ones. */
export function applyXeroList(tx: Tx, grant: { id: string; appId: string }, listed: XeroConnection[]): ReconcilePlan {
  const at = xeroNow();
  const held = tx
    .select({ id: connections.id, status: connections.status, tenantName: connections.tenantName })
    .from(connections)
    .where(eq(connections.grantId, grant.id))
    .all();
  const plan = planReconcile(held, listed);
  for (const c of [...plan.added, ...plan.updated]) {
    upsertOrganisation(tx, c, at);
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
    tx.insert(connections)
      .values({ id: c.id, appId: grant.appId, grantId: grant.id, ...values, firstSeenAt: at, status: "active" })
      .onConflictDoUpdate({
        target: connections.id,
        set: { ...values, grantId: grant.id, ...(plan.added.includes(c) ? { status: "active" as const, disconnectedAt: null, disconnectedBy: null } : {}) },
      })
      .run();
  }
  if (plan.vanished.length > 0) {
    tx.update(connections)
      .set({ status: "disconnected", disconnectedAt: at, disconnectedBy: "Xero (disconnected outside this dashboard)" })
      .where(and(inArray(connections.id, plan.vanished), ne(connections.status, "disconnected")))
      .run();
  }
  return plan;
}

export function inTransaction<T>(fn: (tx: Tx) => T): T {
  return getDb().transaction(fn);
}

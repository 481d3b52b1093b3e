// @ts-nocheck
import "server-only";
import { and, eq, inArray, ne } from "drizzle-orm";
import { connections, grants, xeroApps } from "@/db/schema";
import { queueAlert, type Writer } from "./emit";

// System layer: alerts about one grant's connections, queued inside the transaction that records the
// change (a sync finding connections gone from Xero; a refresh answered with invalid_grant).

function grantContext(tx: Writer, grantId: string) {
  return tx
    .select({ grantId: grants.id, email: grants.email, name: grants.name, appId: xeroApps.id, appName: xeroApps.name })
    .from(grants)
    .innerJoin(xeroApps, eq(xeroApps.id, grants.appId))
    .where(eq(grants.id, grantId))
    .get();
}

export function queueVanishedAlerts(tx: Writer, grantId: string, connectionIds: string[]): void {
  if (connectionIds.length === 0) return;
  const g = grantContext(tx, grantId);
  if (!g) return;
  const rows = tx.select({ id: connections.id, tenantId: connections.tenantId, tenantName: connections.tenantName }).from(connections).where(inArray(connections.id, connectionIds)).all();
  for (const c of rows) {
    queueAlert(tx, "connection.vanished", {
      connection: { id: c.id, tenantId: c.tenantId, tenantName: c.tenantName },
      app: { id: g.appId, name: g.appName },
      authorisedBy: { email: g.email, name: g.name },
    });
  }
}

export function queueReauthAlert(tx: Writer, grantId: string, reason: string): void {
  const g = grantContext(tx, grantId);
  if (!g) return;
  const affected = tx.select({ id: connections.id }).from(connections).where(and(eq(connections.grantId, grantId), ne(connections.status, "disconnected"))).all().length;
  queueAlert(tx, "grant.needs_reauth", { grant: { id: g.grantId, email: g.email, name: g.name }, app: { id: g.appId, name: g.appName }, reason, connections: affected });
}

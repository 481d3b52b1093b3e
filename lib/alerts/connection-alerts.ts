import "server-only";
import { and, eq, inArray, ne } from "drizzle-orm";
import { connections, grants, xeroApps } from "@/db/schema";
import { all, first, type Tx } from "@/db/steps";
import { endUserByIdStep, endUserView } from "@/lib/end-users/store";
import { reconnectLinkForStep } from "@/lib/connect-sessions/links";
import { queueAlertStep } from "./emit";

// System layer: alerts about one grant's connections, queued as steps of the transaction that records the
// change (a sync finding connections gone from Xero; a refresh answered with invalid_grant).

function* grantContext(tx: Tx, grantId: string) {
  return yield* first(
    tx
      .select({ grantId: grants.id, xeroUserId: grants.xeroUserId, email: grants.email, name: grants.name, endUserId: grants.endUserId, appId: xeroApps.id, appName: xeroApps.name })
      .from(grants)
      .innerJoin(xeroApps, eq(xeroApps.id, grants.appId))
      .where(eq(grants.id, grantId)),
  );
}

export function* queueVanishedAlertsStep(tx: Tx, grantId: string, connectionIds: string[]) {
  if (connectionIds.length === 0) return;
  const g = yield* grantContext(tx, grantId);
  if (!g) return;
  const rows = yield* all(tx.select({ id: connections.id, tenantId: connections.tenantId, tenantName: connections.tenantName }).from(connections).where(inArray(connections.id, connectionIds)));
  for (const c of rows) {
    yield* queueAlertStep(tx, "connection.vanished", {
      connection: { id: c.id, tenantId: c.tenantId, tenantName: c.tenantName },
      app: { id: g.appId, name: g.appName },
      authorisedBy: { email: g.email, name: g.name },
    });
  }
}

export function* queueReauthAlertStep(tx: Tx, grantId: string, reason: string) {
  const g = yield* grantContext(tx, grantId);
  if (!g) return;
  const affected = (yield* all(
    tx
      .select({ id: connections.id })
      .from(connections)
      .where(and(eq(connections.grantId, grantId), ne(connections.status, "disconnected"))),
  )).length;
  // A fresh reconnect link for the same customer, so the team's product can send it on at once.
  const link = yield* reconnectLinkForStep(tx, grantId, "system:needs_reauth");
  const endUser = yield* endUserByIdStep(tx, g.endUserId);
  yield* queueAlertStep(tx, "grant.needs_reauth", {
    grant: { id: g.grantId, email: g.email, name: g.name },
    app: { id: g.appId, name: g.appName },
    endUser: endUser ? endUserView(endUser) : null,
    reason,
    connections: affected,
    reconnectUrl: link.ok ? link.url : null,
    ...(link.ok ? { reconnectExpiresAt: link.expiresAt.toISOString() } : { reconnectUnavailable: link.reason }),
  });
}

/** New connections from a consent, with the Xero user and the team's customer they came through. */
export function* queueConnectionsCreatedStep(tx: Tx, grantId: string, connectionIds: string[], endUserId: string | null) {
  if (connectionIds.length === 0) return;
  const g = yield* grantContext(tx, grantId);
  if (!g) return;
  const rows = yield* all(tx.select({ id: connections.id, tenantId: connections.tenantId, tenantName: connections.tenantName }).from(connections).where(inArray(connections.id, connectionIds)));
  const endUser = yield* endUserByIdStep(tx, endUserId);
  yield* queueAlertStep(tx, "connection.created", {
    app: { id: g.appId, name: g.appName },
    grant: { id: g.grantId },
    xeroUser: { id: g.xeroUserId, email: g.email, name: g.name },
    endUser: endUser ? endUserView(endUser) : null,
    connections: rows,
  });
}

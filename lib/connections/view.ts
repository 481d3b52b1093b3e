import type { EndUserRef } from "@/lib/end-users/columns";
import type { ConnectionRow } from "./queries";

// What a browser receives about a connection: plain JSON, dates as ISO strings, nothing secret.
export type ConnectionView = {
  id: string;
  tenantId: string;
  tenantName: string;
  isDemo: boolean;
  status: "active" | "stale" | "disconnected";
  /** A disconnect is in flight (or was interrupted and awaits recovery): neither active nor disconnected yet. */
  disconnecting: boolean;
  staleReasons: string[];
  xeroCreatedAt: string | null;
  xeroUpdatedAt: string | null;
  disconnectedAt: string | null;
  appId: string;
  appName: string;
  environment: string;
  userName: string;
  userEmail: string;
  grantStatus: "active" | "needs_reauth" | "revoked";
  lastRefreshOkAt: string | null;
  /** When the refresh token in force was obtained (why a grant needs re-authorisation: unused past Xero's limit). */
  refreshObtainedAt: string | null;
  /** The team's customer through whom it was connected; null for dashboard connections. */
  customer: EndUserRef | null;
  /** Observed only: the team's product holds the tokens. */
  observed: boolean;
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toConnectionView(r: ConnectionRow): ConnectionView {
  return {
    id: r.id,
    tenantId: r.tenantId,
    tenantName: r.tenantName,
    isDemo: r.isDemo,
    status: r.status,
    disconnecting: r.disconnectIntentId !== null,
    staleReasons: r.staleReasons,
    xeroCreatedAt: iso(r.xeroCreatedAt),
    xeroUpdatedAt: iso(r.xeroUpdatedAt),
    disconnectedAt: iso(r.disconnectedAt),
    appId: r.appId,
    appName: r.appName,
    environment: r.environment,
    userName: r.userName,
    userEmail: r.userEmail,
    grantStatus: r.grantStatus,
    lastRefreshOkAt: iso(r.lastRefreshOkAt),
    refreshObtainedAt: iso(r.refreshObtainedAt),
    customer: r.customer,
    observed: r.grantSource === "observed",
  };
}

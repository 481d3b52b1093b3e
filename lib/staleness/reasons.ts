import { REFRESH_TOKEN_IDLE_DAYS } from "@/lib/xero/limits";

// Staleness reason codes as data: what each is called, what to do about it, and which action wins
// when a connection has several. Pure and client-safe (the stale view and Diagnose both show these).

export const staleReasonCodes = ["needs_reauth", "refresh_expired", "refresh_expiring", "org_forbidden", "earlier_sign_in", "duplicate", "not_reported", "idle", "vanished"] as const;
export type StaleReasonCode = (typeof staleReasonCodes)[number];

type ReasonInfo = {
  label: string;
  /** The recommended action, in the imperative. */
  action: string;
  /** Whether disconnecting from the dashboard is the fix (it needs the grant's working token). */
  disconnect: boolean;
};

export const reasonInfo: Record<StaleReasonCode, ReasonInfo> = {
  needs_reauth: {
    label: "Needs re-authorisation",
    action: "Ask the Xero user to connect again. If the organisation no longer needs the app, disconnect it from Xero's Connected Apps screen instead: without a working token the dashboard cannot.",
    disconnect: false,
  },
  refresh_expired: {
    label: "Refresh token expired",
    action: `Ask the Xero user to connect again: no refresh can revive a token past Xero's ${REFRESH_TOKEN_IDLE_DAYS}-day idle limit.`,
    disconnect: false,
  },
  refresh_expiring: {
    label: "Refresh token about to expire",
    action: `Sync the app now (or turn keep-alive on in Settings): any refresh restarts the ${REFRESH_TOKEN_IDLE_DAYS}-day clock.`,
    disconnect: false,
  },
  org_forbidden: {
    label: "Organisation refuses access (403)",
    action: "Check in Xero whether the organisation still exists and the user still has access; if not, disconnect this connection to free its slot.",
    disconnect: true,
  },
  earlier_sign_in: {
    label: "From a sign-in we hold no tokens for",
    action: "Disconnect it unless something outside this dashboard still uses that sign-in: it fills a slot either way.",
    disconnect: true,
  },
  duplicate: {
    label: "Duplicate",
    action: "Keep one copy: disconnect this one to free a slot (the other user's connection stays).",
    disconnect: true,
  },
  not_reported: {
    label: "Not reported by your product",
    action:
      "Report this user's connections again from your product (POST /api/v1/observations). If the customer no longer uses it, disconnect it from your product, which holds the token, or from Xero's Connected apps.",
    disconnect: false,
  },
  idle: {
    label: "Idle",
    action: "Sync the app to check it; disconnect it if nobody uses this organisation any more.",
    disconnect: true,
  },
  vanished: {
    label: "Vanished from Xero",
    action: "Nothing to free: it no longer counts. Reconnect it if the organisation still needs the app.",
    disconnect: false,
  },
};

export function isStaleReasonCode(value: unknown): value is StaleReasonCode {
  return typeof value === "string" && (staleReasonCodes as readonly string[]).includes(value);
}

/** The one action to show for a connection: the first reason in code order decides (the most serious). */
export function recommendedAction(codes: readonly string[]): string | null {
  const first = staleReasonCodes.find((c) => codes.includes(c));
  return first ? reasonInfo[first].action : null;
}

export const reasonLabel = (code: string): string => (isStaleReasonCode(code) ? reasonInfo[code].label : code);

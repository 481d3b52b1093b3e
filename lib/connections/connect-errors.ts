import { XeroError, XeroOAuthError } from "@/lib/xero/errors";
import { oauthMessage } from "@/lib/xero/error-messages";
import { AUTH_CODE_MINUTES } from "@/lib/xero/limits";

/** How long a connect request (its OAuth state) waits for Xero's answer. */
export const CONNECT_STATE_TTL_MINUTES = 10;
import { failureFromCallback } from "@/lib/connect-sessions/outcome";

// Why a connect attempt ended without connecting, as a code the app page turns back into a message.
// Codes (not free text) travel in the redirect URL, so nobody can put words in our mouth.

export const connectErrors = {
  cancelled: "You cancelled in Xero, so nothing was connected. Choose Connect organisation to try again.",
  cap_reached:
    "Xero refused the consent: this app is at its connection cap, so nothing was connected. Disconnect stale connections (Diagnose shows which) or move the app to a larger plan, then connect again.",
  org_cap: "Xero refused the consent: the organisation already uses both of its uncertified-app slots, so nothing was connected.",
  state: `This return from Xero does not match a connect request from this dashboard (it expired after ${CONNECT_STATE_TTL_MINUTES} minutes, was already used, or was started by someone else). Nothing was connected. Start again with Connect organisation.`,
  code_rejected: `Xero refused the authorisation code: it had expired or was already used (codes last ${AUTH_CODE_MINUTES} minutes and work once). Nothing was connected. Choose Connect organisation again.`,
  client_rejected: "Xero did not accept this app's client id or secret. Check the credentials on this page (replace the secret if it was regenerated in Xero), then connect again.",
  // The same refusal as any token request's: worded once, in lib/xero/error-messages.ts.
  scope_rejected: `${oauthMessage("invalid_scope", "invalid_scope")} Nothing was connected.`,
  identity: "Xero's answer could not be verified (the id token was invalid). Nothing was connected. Try again; if it keeps happening, check the app's client id.",
  rate_limited: "Xero is limiting how fast this app may call it. Nothing was connected. Wait a minute and connect again.",
  unavailable: "Xero did not answer properly (an error or a timeout on its side). Nothing was connected. Try again in a few minutes.",
  no_organisation: "Xero returned no organisation for this consent, so nothing new was connected. Pick at least one organisation in Xero's screen.",
  not_custom: "Only Custom Connections connect with client credentials. Use Connect organisation for this app.",
  xero_error: "Xero returned an error and nothing was connected. Try again.",
  forbidden: "Your role does not allow you to connect organisations. Ask an administrator or developer.",
} as const;
export type ConnectErrorCode = keyof typeof connectErrors;

export function connectErrorCode(error: unknown): ConnectErrorCode {
  if (error instanceof XeroOAuthError) {
    if (error.code === "access_denied") {
      // The limit screen's way back words the cap in the description; a Cancel has none (one reading for both flows).
      const refused = failureFromCallback(error.rawCode, error.description ?? null);
      return refused === "connection_limit" ? "cap_reached" : refused === "org_cap" ? "org_cap" : "cancelled";
    }
    if (error.code === "invalid_grant") return "code_rejected";
    if (error.code === "invalid_client") return "client_rejected";
    if (error.code === "unauthorized_client") return "not_custom";
    if (error.code === "invalid_scope") return "scope_rejected";
    return "xero_error";
  }
  if (error instanceof XeroError) {
    if (error.category === "id_token") return "identity";
    if (error.category === "rate_limit") return "rate_limited";
    if (error.category === "network" || error.category === "api" || error.category === "protocol") return "unavailable";
  }
  return "xero_error";
}

export function isConnectErrorCode(value: unknown): value is ConnectErrorCode {
  return typeof value === "string" && value in connectErrors;
}

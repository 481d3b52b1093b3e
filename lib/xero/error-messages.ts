import type { XeroApiReason, XeroOAuthErrorCode, IdTokenFailure } from "./errors";
import type { RateLimitProblem } from "./rate-limit";
import { APP_CALLS_PER_MINUTE, formatCount, TENANT_CALLS_PER_MINUTE, TENANT_CONCURRENT_CALLS } from "./limits";
import { GRANULAR_SCOPES_RULE } from "@/lib/limits/plans";

// Plain-English explanations shown to dashboard users. Each says what happened and what to do.

export function oauthMessage(code: XeroOAuthErrorCode, rawCode: string): string {
  switch (code) {
    case "invalid_grant":
      return "Xero no longer accepts this authorisation: the code or refresh token has expired, was already used, or was revoked. Ask the Xero user to connect again.";
    case "invalid_client":
      return "Xero did not recognise the app's client id or secret. Check that the credentials saved for this app match the Xero developer portal.";
    case "unauthorized_client":
      return "Xero does not allow this app to sign in this way (client credentials work only for Custom Connections). Check the app's type in the Xero developer portal.";
    case "invalid_scope":
      return `Xero refused the requested scopes. Remove scopes this app may not use (${GRANULAR_SCOPES_RULE}) and try again.`;
    case "access_denied":
      return "The Xero user cancelled or declined the connection, so nothing was connected. Start again if that was a mistake.";
    default:
      return `Xero refused the request (${rawCode}). Try again; if it keeps happening, check the app's settings in the Xero developer portal.`;
  }
}

export function apiMessage(status: number, reason: XeroApiReason): string {
  if (reason === "TokenExpired") return "The access token for this connection has expired. Refresh the connection and try again.";
  if (reason === "AuthenticationUnsuccessful")
    return "Xero says this organisation is no longer connected for this user: it was disconnected in Xero, the user lost access, or the organisation is no longer active. Reconnect it to continue.";
  if (reason === "AuthorizationUnsuccessful") return "The app is not allowed to make this call: it lacks the scope, or its Xero plan does not include the feature. Check the app's scopes and plan.";
  if (status === 401) return "Xero did not accept the access token. Refresh the connection, or reconnect it if that fails.";
  if (status === 403) return "Xero refused access to this organisation. Reconnect it, or check the user still has access in Xero.";
  if (status === 404) return "Xero could not find it. It may already have been removed; refresh the list.";
  if (status >= 500) return `Xero had a problem answering (HTTP ${status}). Nothing was changed; try again in a few minutes.`;
  return `Xero rejected the request (HTTP ${status}). Try again; if it keeps happening, report it with the time it happened.`;
}

function wait(seconds: number | undefined): string {
  if (seconds === undefined) return "a little while";
  if (seconds < 90) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  if (seconds < 90 * 60) return `about ${Math.round(seconds / 60)} minutes`;
  return `about ${Math.round(seconds / 3600)} hours`;
}

/** Which limit a 429 names, as the meter and notices say it: "Xero answered 429 (day limit)". */
export function rateLimitScopeLabel(problem: RateLimitProblem): string {
  switch (problem) {
    case "minute":
      return "minute limit";
    case "day":
      return "day limit";
    case "appminute":
      return "app-wide minute limit";
    case "concurrent":
      return "concurrent-call limit";
    default:
      return "unnamed limit";
  }
}

export type RateLimitContext = {
  /** Set when the refused call was about one organisation; app-level calls (connections list, tokens) have none. */
  tenantScoped: boolean;
  /** The app's plan's per-organisation day limit (lib/limits/plans.ts); unknown outside an app's context. */
  dayLimit?: number;
};

/** The limit Xero named, in words: "limit of 60 calls a minute per organisation". */
export function limitWords(problem: RateLimitProblem, dayLimit: number | undefined): string {
  if (problem === "minute") return `limit of ${TENANT_CALLS_PER_MINUTE} calls a minute per organisation`;
  if (problem === "day") return dayLimit === undefined ? "daily call limit per organisation" : `limit of ${formatCount(dayLimit)} calls a day per organisation`;
  if (problem === "appminute") return `limit of ${formatCount(APP_CALLS_PER_MINUTE)} calls a minute across all organisations`;
  if (problem === "concurrent") return `limit of ${TENANT_CONCURRENT_CALLS} calls in progress at once per organisation`;
  return "rate limits";
}

/** A 429 in words: who used up what (one organisation, or the app as a whole) and the plan's real number. */
export function rateLimitMessage(problem: RateLimitProblem, retryAfterSeconds: number | undefined, context: RateLimitContext): string {
  const after = `Try again in ${wait(retryAfterSeconds)}.`;
  const limit = limitWords(problem, context.dayLimit);
  if (problem === "unknown") return `Xero is limiting calls from this app. ${after}`;
  if (problem === "appminute") return `This app used up Xero's ${limit}. ${after}`;
  // A per-organisation limit named on a call that concerns no organisation: no organisation "used it up".
  if (!context.tenantScoped) return `Xero answered 429 (${rateLimitScopeLabel(problem)}) to a call this app made without an organisation (connections list or tokens), citing its ${limit}. ${after}`;
  if (problem === "concurrent") return `Too many calls to this organisation were in progress at once (Xero's ${limit}). ${after}`;
  return `This organisation used up Xero's ${limit} for this app. ${after}`;
}

export function networkMessage(kind: "timeout" | "network", timeoutMs: number): string {
  return kind === "timeout"
    ? `Xero did not answer within ${Math.round(timeoutMs / 1000)} seconds. Nothing is known to have changed; try again, and check Xero's status page if it keeps happening.`
    : "Could not reach Xero. Check this server's internet connection (or that the sandbox is running) and try again.";
}

export function protocolMessage(): string {
  return "Xero sent a response we could not understand. Nothing was changed; try again, and report it if it keeps happening.";
}

export function idTokenMessage(reason: IdTokenFailure): string {
  if (reason === "expired") return "The sign-in from Xero took too long to complete and expired. Connect again.";
  if (reason === "not_yet_valid") return "The sign-in from Xero is dated in the future: this server's clock may be wrong. Check the server time and connect again.";
  if (reason === "discovery") return "Could not load Xero's signing keys to check the sign-in. Try again in a moment.";
  return "The sign-in from Xero could not be verified, so it was not accepted. Connect again; if it keeps happening, check the app's client id.";
}

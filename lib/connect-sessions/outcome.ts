// Why a connect session failed, as the code the team's product receives in returnUrl?error=… and in the
// connect_session.failed webhook. Pure.

export type SessionFailure = "connection_limit" | "org_cap" | "access_denied" | "expired" | "xero_error" | "wrong_user";

/** Xero's callback error (and its description) as a session failure. */
export function failureFromCallback(error: string, description: string | null): SessionFailure {
  if (error === "access_denied") {
    // Xero words the uncertified-app limit and the app cap in the description when it redirects at all.
    if (/two uncertified|uncertified apps/i.test(description ?? "")) return "org_cap";
    if (/certification|connection limit/i.test(description ?? "")) return "connection_limit";
    return "access_denied";
  }
  return "xero_error";
}

export const failureMessages: Record<SessionFailure, string> = {
  connection_limit: "has reached the number of Xero organisations it may connect. Nothing was connected. The team behind it has been told and will contact you.",
  org_cap: "cannot be connected to this Xero organisation: it already uses both of its uncertified-app slots. Nothing was connected.",
  access_denied: "was not given access: the consent was cancelled in Xero. Nothing was connected.",
  expired: "link has expired (links last 30 minutes). Ask for a new one.",
  xero_error: "could not be connected because Xero returned an error. Nothing was connected. Try again with a new link.",
  wrong_user: "needed the Xero user who first connected it to re-authorise; a different Xero user signed in, so nothing was changed.",
};

// Xero's protocol numbers, once (docs/xero.md#rate-limits, docs/xero.md#token-lifetimes). The dashboard's
// rules, its sentences and the sandbox all read these, so a sentence can never quote a number the code
// does not enforce. Connection caps and day limits per plan live in lib/limits/plans.ts.

/** Calls a minute per organisation (X-MinLimit-Remaining counts down from this). */
export const TENANT_CALLS_PER_MINUTE = 60;
/** Calls a minute across all of an app's organisations (X-AppMinLimit-Remaining). */
export const APP_CALLS_PER_MINUTE = 10_000;
/** Calls in progress at once per organisation; the next one gets a 429 "concurrent". */
export const TENANT_CONCURRENT_CALLS = 5;
/** A refresh token unused this long is dead: only a new consent gives working tokens. */
export const REFRESH_TOKEN_IDLE_DAYS = 60;
/** After a rotation Xero still accepts the previous refresh token this long. */
export const REFRESH_GRACE_MINUTES = 30;
export const ACCESS_TOKEN_MINUTES = 30;
/** Authorisation codes work once, within this many minutes. */
export const AUTH_CODE_MINUTES = 5;

/** Xero's advice for fewer calls: about this many items in one request instead of a call each. */
export const BATCH_ITEMS_PER_REQUEST = 50;

/** Numbers as our sentences write them: "10,000". */
export const formatCount = (n: number) => n.toLocaleString("en-GB");

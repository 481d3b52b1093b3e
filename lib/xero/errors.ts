import type { RateLimitInfo, RateLimitProblem } from "./rate-limit";
import { apiMessage, idTokenMessage, networkMessage, oauthMessage, protocolMessage, rateLimitMessage } from "./error-messages";

// Every failure of a Xero call is one of these classes, told apart by `category` (or instanceof), each
// with a `userMessage` that says in plain English what happened and what to do next. `message` is for
// logs and never contains tokens or secrets.

export type XeroErrorCategory = "oauth" | "api" | "rate_limit" | "network" | "protocol" | "id_token";

export abstract class XeroError extends Error {
  abstract readonly category: XeroErrorCategory;
  abstract readonly userMessage: string;
}

export const oauthErrorCodes = ["invalid_grant", "invalid_client", "unauthorized_client", "invalid_scope", "access_denied"] as const;
export type XeroOAuthErrorCode = (typeof oauthErrorCodes)[number] | "other";

/** The token or revocation endpoint said no (HTTP 400/401 with `{"error": ...}`), or the user cancelled consent. */
export class XeroOAuthError extends XeroError {
  readonly category = "oauth" as const;
  readonly code: XeroOAuthErrorCode;
  constructor(
    /** The `error` value exactly as Xero sent it (kept when `code` is `other`). */
    readonly rawCode: string,
    readonly description: string | undefined,
    readonly status: number | undefined,
  ) {
    super(`Xero OAuth error ${rawCode}${description ? `: ${description}` : ""}`);
    this.name = "XeroOAuthError";
    this.code = (oauthErrorCodes as readonly string[]).includes(rawCode) ? (rawCode as XeroOAuthErrorCode) : "other";
  }
  get userMessage(): string {
    return oauthMessage(this.code, this.rawCode);
  }
}

export type XeroApiReason = "TokenExpired" | "AuthenticationUnsuccessful" | "AuthorizationUnsuccessful" | "other";

/** An API call failed with a problem-details body (or none): 401 TokenExpired, 403 AuthenticationUnsuccessful, 404, 5xx. */
export class XeroApiError extends XeroError {
  readonly category = "api" as const;
  constructor(
    readonly status: number,
    readonly title: string | undefined,
    readonly detail: string | undefined,
    readonly instance: string | undefined,
    readonly rateLimit: RateLimitInfo,
  ) {
    super(`Xero API error ${status}${title ? ` ${title}` : ""}${detail ? `: ${detail}` : ""}`);
    this.name = "XeroApiError";
  }
  /** The machine-readable start of `detail` ("TokenExpired: token expired at ..." → TokenExpired). */
  get reason(): XeroApiReason {
    const head = (this.detail ?? "").split(":")[0]?.trim();
    return head === "TokenExpired" || head === "AuthenticationUnsuccessful" || head === "AuthorizationUnsuccessful" ? head : "other";
  }
  get userMessage(): string {
    return apiMessage(this.status, this.reason);
  }
}

/** HTTP 429 after any retries we were allowed: which limit, how long to wait, and every budget header. */
export class XeroRateLimitError extends XeroError {
  readonly category = "rate_limit" as const;
  readonly status = 429;
  constructor(
    readonly problem: RateLimitProblem,
    readonly retryAfterSeconds: number | undefined,
    readonly headers: RateLimitInfo,
    /** Who was refused: one organisation's call (tenantId) or the app's own; and the plan's day limit when known. */
    readonly scope: { tenantId?: string; dayLimit?: number } = {},
  ) {
    super(`Xero rate limit hit (${problem}${scope.tenantId ? `, tenant ${scope.tenantId}` : ", app-level"}); retry after ${retryAfterSeconds ?? "?"} s`);
    this.name = "XeroRateLimitError";
  }
  /** Same as `headers`, under the name every other result uses. */
  get rateLimit(): RateLimitInfo {
    return this.headers;
  }
  get userMessage(): string {
    return rateLimitMessage(this.problem, this.retryAfterSeconds, { tenantScoped: this.scope.tenantId !== undefined, dayLimit: this.scope.dayLimit });
  }
}

/** Xero could not be reached, or did not answer in time. */
export class XeroNetworkError extends XeroError {
  readonly category = "network" as const;
  constructor(
    readonly kind: "timeout" | "network",
    readonly url: string,
    readonly timeoutMs: number,
    options?: { cause?: unknown },
  ) {
    super(kind === "timeout" ? `Xero did not answer within ${timeoutMs} ms (${url})` : `Could not reach Xero (${url})`, options);
    this.name = "XeroNetworkError";
  }
  get userMessage(): string {
    return networkMessage(this.kind, this.timeoutMs);
  }
}

/** Xero answered 2xx with a body we cannot read: a bug on one side, not something the user caused. */
export class XeroProtocolError extends XeroError {
  readonly category = "protocol" as const;
  constructor(
    readonly url: string,
    readonly status: number,
    readonly problem: string,
  ) {
    super(`Unexpected response from Xero (${status} ${url}): ${problem}`);
    this.name = "XeroProtocolError";
  }
  get userMessage(): string {
    return protocolMessage();
  }
}

export type IdTokenFailure = "signature" | "issuer" | "audience" | "expired" | "not_yet_valid" | "malformed" | "discovery";

/** The id_token from a sign-in did not pass verification, so we cannot say who authorised. */
export class XeroIdTokenError extends XeroError {
  readonly category = "id_token" as const;
  constructor(
    readonly reason: IdTokenFailure,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`id_token rejected (${reason}): ${detail}`, options);
    this.name = "XeroIdTokenError";
  }
  get userMessage(): string {
    return idTokenMessage(this.reason);
  }
}

export function isXeroError(error: unknown): error is XeroError {
  return error instanceof XeroError;
}

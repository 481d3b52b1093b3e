import type { RateLimitInfo } from "./rate-limit";
import type { XeroEndpoints } from "./config";

export type TokenSet = {
  accessToken: string;
  refreshToken?: string;
  idToken?: string;
  /** When the access token stops working, computed from `expires_in` against lib/clock time. */
  expiresAt: Date;
  scope: string[];
};

/** What the dashboard may record about each HTTP exchange (e.g. rate-limit samples). Never holds tokens. */
export type ResponseInfo = {
  operation: XeroOperation;
  method: string;
  url: string;
  status: number;
  durationMs: number;
  /** 1 for the first try, 2+ for retries after a 429. */
  attempt: number;
  tenantId?: string;
  rateLimit: RateLimitInfo;
};

export type XeroOperation = "discovery" | "token" | "revocation" | "listConnections" | "deleteConnection" | "getOrganisation" | "sandboxPortal";

export type CallOptions = {
  /** Per attempt, including reading the body. Default 15 s. */
  timeoutMs?: number;
  /** Retries after a 429, each waiting Retry-After. Default 2. */
  maxRetries?: number;
  /** A 429 asking us to wait longer than this is not retried but thrown. Default 30 s. */
  maxRetryWaitMs?: number;
  /** Called after every HTTP response, including 429s that are then retried. Errors it throws are ignored. */
  onResponse?: (info: ResponseInfo) => void;
  /** Awaited before every attempt (a retry too): lets a caller pace its calls (lib/xero/app-pacer). */
  beforeRequest?: () => Promise<void>;
  /** Lets the caller cancel; the abort reason is rethrown as is. */
  signal?: AbortSignal;
  /** The app's plan's per-organisation day limit, so a day-limit 429 names the real number. */
  dayLimit?: number;
};

/** A Xero app's credentials. Apps using PKCE have no secret. */
export type ClientAuth = {
  endpoints: XeroEndpoints;
  clientId: string;
  clientSecret?: string;
};

/** Every API result carries the budget headers from its response. */
export type WithRateLimit<T> = T & { rateLimit: RateLimitInfo };

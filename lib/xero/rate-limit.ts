// Xero reports its budgets in response headers. Every result and every error carries them so the
// dashboard can show how close an app or organisation is to its limits.

export type RateLimitProblem = "minute" | "day" | "appminute" | "concurrent" | "unknown";

export type RateLimitInfo = {
  /** X-MinLimit-Remaining: calls left this minute for the tenant (tenant-scoped calls only). */
  minRemaining?: number;
  /** X-DayLimit-Remaining: calls left today for the tenant (tenant-scoped calls only). */
  dayRemaining?: number;
  /** X-AppMinLimit-Remaining: calls left this minute for the whole app. */
  appMinRemaining?: number;
  /** X-Rate-Limit-Problem, only on 429. */
  problem?: RateLimitProblem;
  /** Retry-After in seconds, only on 429. */
  retryAfterSeconds?: number;
};

type HeaderSource = Pick<Headers, "get">;

function intHeader(headers: HeaderSource, name: string): number | undefined {
  const raw = headers.get(name);
  if (raw === null || raw.trim() === "") return undefined;
  const value = Number(raw.trim());
  return Number.isFinite(value) ? Math.trunc(value) : undefined;
}

/** Retry-After is seconds from Xero, but an HTTP date is legal too. `nowMs` keeps this pure. */
export function parseRetryAfter(raw: string | null, nowMs: number): number | undefined {
  if (raw === null || raw.trim() === "") return undefined;
  const seconds = Number(raw.trim());
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - nowMs) / 1000));
}

export function parseRateLimitProblem(raw: string | null): RateLimitProblem | undefined {
  if (raw === null || raw.trim() === "") return undefined;
  // Older OAuth1-era responses said "Daily"/"Minute"; normalise to today's lower-case values.
  const value = raw
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, "");
  if (value === "minute") return "minute";
  if (value === "day" || value === "daily") return "day";
  if (value === "appminute") return "appminute";
  if (value === "concurrent" || value === "concurrency") return "concurrent";
  return "unknown";
}

export function parseRateLimitHeaders(headers: HeaderSource, nowMs: number): RateLimitInfo {
  const info: RateLimitInfo = {
    minRemaining: intHeader(headers, "x-minlimit-remaining"),
    dayRemaining: intHeader(headers, "x-daylimit-remaining"),
    appMinRemaining: intHeader(headers, "x-appminlimit-remaining"),
    problem: parseRateLimitProblem(headers.get("x-rate-limit-problem")),
    retryAfterSeconds: parseRetryAfter(headers.get("retry-after"), nowMs),
  };
  return Object.fromEntries(Object.entries(info).filter(([, v]) => v !== undefined)) as RateLimitInfo;
}

/**
 * Which limit a 429 hit. The header is authoritative; without it, infer from exhausted budgets the way
 * Xero's Java SDK does (a remaining count at or below zero).
 */
export function rateLimitProblemOf(info: RateLimitInfo): RateLimitProblem {
  if (info.problem && info.problem !== "unknown") return info.problem;
  if (info.dayRemaining !== undefined && info.dayRemaining <= 0) return "day";
  if (info.appMinRemaining !== undefined && info.appMinRemaining <= 0) return "appminute";
  if (info.minRemaining !== undefined && info.minRemaining <= 0) return "minute";
  return info.problem ?? "unknown";
}

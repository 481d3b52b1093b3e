// Pure: what a pasted Xero error message or URL means (docs/xero.md#limit-screens and docs/xero.md#errors).
// The wordings are Xero's own, matched loosely (case, punctuation, British or American spelling) because
// people paste them from screenshots, emails and logs.

import type { ConnectErrorCode } from "@/lib/connections/connect-errors";

export type RateLimitScope = "minute" | "day" | "app_minute" | "concurrent" | "unknown";
export type ClientRejection = "invalid_client" | "unauthorized_client" | "invalid_scope";

export type Classification =
  | { kind: "none" }
  | { kind: "app_cap"; regime: "legacy" | "tiers" | "unknown"; appName: string | null; clientId: string | null }
  | { kind: "org_cap" }
  | { kind: "custom_connection" }
  | { kind: "rate_limit"; scope: RateLimitScope; retryAfterSeconds: number | null }
  | { kind: "refresh_token_dead" }
  | { kind: "access_token_expired"; expiredAt: string | null }
  | { kind: "organisation_gone" }
  | { kind: "consent_cancelled" }
  | { kind: "client_rejected"; code: ClientRejection }
  | { kind: "not_permitted" }
  | { kind: "unrecognised" };
export type DiagnosisKind = Classification["kind"];

const ORG = "organi[sz]ations?";
const LEGACY = new RegExp(`needs to complete certification before (?:they|it) can connect to more xero ${ORG}`, "i");
const TIERS = new RegExp(`has reached (?:their|its|the) xero connection limit`, "i");
const ORG_CAP = /maximum number of (?:allowed )?uncertified apps/i;
const CUSTOM_BOUND = /(?:one|single|another|a different|1) organi[sz]ation|bound to|only be connected|through a redirect/i;

/** The app's name as Xero writes it before the wording, without quotes or a pasted "Error:" prefix. */
function nameBefore(text: string, wording: RegExp): string | null {
  const match = wording.exec(text);
  if (!match) return null;
  const line = text.slice(0, match.index).split(/\r?\n/).pop() ?? "";
  const name = line
    .replace(/^.*?\b(?:error|message|says?|shows?|screen)\s*[:\-–]\s*/i, "")
    .replace(/^\s*sorry!?\s*/i, "")
    .replace(/^[\s"'“”‘’«]+|[\s"'“”‘’»]+$/g, "")
    .trim();
  return name.length > 0 && name.length <= 120 ? name : null;
}

function asUrl(text: string): URL | null {
  const candidate = text
    .trim()
    .split(/\s+/)
    .find((t) => /^https?:\/\//i.test(t) || t.startsWith("/"));
  if (!candidate) return null;
  try {
    return new URL(candidate, "https://placeholder.invalid");
  } catch {
    return null;
  }
}

const PROBLEMS: Record<string, RateLimitScope> = { minute: "minute", min: "minute", day: "day", daily: "day", appminute: "app_minute", appmin: "app_minute", concurrent: "concurrent" };

/** X-Rate-Limit-Problem first; then which *-Remaining header hit 0 (as Xero-Java decides); then words. */
function rateLimitScope(text: string): RateLimitScope {
  const named = /(?:x-rate-limit-problem\s*[:=]|rate limit exceeded:)\s*"?([a-z_-]+)/i.exec(text)?.[1]?.toLowerCase().replace(/[_-]/g, "");
  if (named) return PROBLEMS[named] ?? "unknown";
  if (/x-appminlimit-remaining\s*[:=]\s*"?0\b/i.test(text)) return "app_minute";
  if (/x-daylimit-remaining\s*[:=]\s*"?0\b/i.test(text)) return "day";
  if (/x-minlimit-remaining\s*[:=]\s*"?0\b/i.test(text)) return "minute";
  if (/app-?wide|across all (?:tenants|organi[sz]ations)|app minute/i.test(text)) return "app_minute";
  if (/concurren/i.test(text)) return "concurrent";
  if (/\bday\b|daily/i.test(text)) return "day";
  if (/minute/i.test(text)) return "minute";
  return "unknown";
}

const retryAfter = (text: string): number | null => {
  const m = /retry-after\s*[:=]?\s*"?(\d+)/i.exec(text);
  return m ? Number(m[1]) : null;
};

/** Our own ?connect_error= codes, keyed by the exported union so renaming a code breaks the type check here. */
export const FROM_CONNECT_ERROR = {
  cancelled: { kind: "consent_cancelled" },
  cap_reached: { kind: "app_cap", regime: "unknown", appName: null, clientId: null },
  org_cap: { kind: "org_cap" },
  code_rejected: { kind: "refresh_token_dead" },
  client_rejected: { kind: "client_rejected", code: "invalid_client" },
  not_custom: { kind: "client_rejected", code: "unauthorized_client" },
  scope_rejected: { kind: "client_rejected", code: "invalid_scope" },
  rate_limited: { kind: "rate_limit", scope: "unknown", retryAfterSeconds: null },
} as const satisfies Partial<Record<ConnectErrorCode, Classification>>;

/** Xero's OAuth ?error= codes (RFC 6749 names) as they arrive on a pasted redirect URL. */
const FROM_OAUTH_ERROR = {
  access_denied: { kind: "consent_cancelled" },
  invalid_grant: { kind: "refresh_token_dead" },
  invalid_client: { kind: "client_rejected", code: "invalid_client" },
  unauthorized_client: { kind: "client_rejected", code: "unauthorized_client" },
  invalid_scope: { kind: "client_rejected", code: "invalid_scope" },
} as const satisfies Record<string, Classification>;

function fromUrl(url: URL): Classification | null {
  const path = url.pathname.toLowerCase();
  if (path.endsWith("/connectionlimit")) return { kind: "app_cap", regime: "unknown", appName: null, clientId: url.searchParams.get("client_id") };
  const error = url.searchParams.get("error") ?? url.searchParams.get("connect_error");
  if (!error) return null;
  if (Object.hasOwn(FROM_CONNECT_ERROR, error)) return { ...FROM_CONNECT_ERROR[error as keyof typeof FROM_CONNECT_ERROR] };
  if (Object.hasOwn(FROM_OAUTH_ERROR, error)) return { ...FROM_OAUTH_ERROR[error as keyof typeof FROM_OAUTH_ERROR] };
  return null;
}

export function classify(input: string | null | undefined): Classification {
  const text = (input ?? "").trim().slice(0, 5000);
  if (!text) return { kind: "none" };
  if (LEGACY.test(text)) return { kind: "app_cap", regime: "legacy", appName: nameBefore(text, LEGACY), clientId: null };
  if (TIERS.test(text)) return { kind: "app_cap", regime: "tiers", appName: nameBefore(text, TIERS), clientId: null };
  if (ORG_CAP.test(text)) return { kind: "org_cap" };
  const url = asUrl(text);
  const fromLink = url ? fromUrl(url) : null;
  if (fromLink) return fromLink;
  if (/custom connection/i.test(text) && CUSTOM_BOUND.test(text)) return { kind: "custom_connection" };
  if (/\b429\b|too many requests|rate.?limit/i.test(text)) return { kind: "rate_limit", scope: rateLimitScope(text), retryAfterSeconds: retryAfter(text) };
  if (/invalid_grant/i.test(text)) return { kind: "refresh_token_dead" };
  if (/tokenexpired|token expired/i.test(text)) return { kind: "access_token_expired", expiredAt: /token expired at ([^"\n,}]+)/i.exec(text)?.[1]?.trim() ?? null };
  if (/authenticationunsuccessful/i.test(text)) return { kind: "organisation_gone" };
  if (/authorizationunsuccessful/i.test(text)) return { kind: "not_permitted" };
  if (/access_denied/i.test(text)) return { kind: "consent_cancelled" };
  const client = /\b(invalid_client|unauthorized_client|invalid_scope)\b/i.exec(text)?.[1]?.toLowerCase();
  if (client) return { kind: "client_rejected", code: client as ClientRejection };
  // Bare statuses, as logs often keep only those: 403 is what a gone organisation answers, 401 an expired token.
  if (/\b403\b|\bforbidden\b/i.test(text)) return { kind: "organisation_gone" };
  if (/\b401\b|\bunauthori[sz]ed\b/i.test(text)) return { kind: "access_token_expired", expiredAt: null };
  if (/connection limit|connectionlimit/i.test(text)) return { kind: "app_cap", regime: "unknown", appName: null, clientId: null };
  return { kind: "unrecognised" };
}

import { DAY_MS } from "@/lib/clock";
import { ACCESS_TOKEN_MINUTES, AUTH_CODE_MINUTES, REFRESH_GRACE_MINUTES, REFRESH_TOKEN_IDLE_DAYS } from "@/lib/xero/limits";

// Token lifetimes and the pure validity rules for codes and refresh tokens (docs/xero.md#token-lifetimes,
// docs/xero.md#refresh-tokens).

export const ACCESS_TOKEN_SECONDS = ACCESS_TOKEN_MINUTES * 60;
export const ID_TOKEN_SECONDS = 300;
export const CODE_TTL_MS = AUTH_CODE_MINUTES * 60 * 1000;
export const REFRESH_GRACE_MS = REFRESH_GRACE_MINUTES * 60 * 1000;
export const REFRESH_IDLE_MS = REFRESH_TOKEN_IDLE_DAYS * DAY_MS;

export type CodeState = { issuedAt: number; usedAt: number | null };

/** A code works once, within 5 minutes of issue. */
export function codeProblem(code: CodeState, now: number): "used" | "expired" | null {
  if (code.usedAt !== null) return "used";
  if (now - code.issuedAt > CODE_TTL_MS) return "expired";
  return null;
}

export type RefreshState = { issuedAt: number; rotatedAt: number | null; revokedAt: number | null };

/**
 * Every use rotates the token; the rotated-away token is still accepted for 30 minutes (a lost response
 * can be retried). An unused token dies after 60 days idle.
 */
export function refreshProblem(token: RefreshState, now: number): "revoked" | "rotated" | "expired" | null {
  if (token.revokedAt !== null) return "revoked";
  if (token.rotatedAt !== null && now - token.rotatedAt > REFRESH_GRACE_MS) return "rotated";
  if (now - token.issuedAt > REFRESH_IDLE_MS) return "expired";
  return null;
}

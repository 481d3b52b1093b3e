// @ts-nocheck
// Pure: when a failed webhook delivery is tried again. Attempt 1 is immediate; then 1 min, 5 min,
// 30 min and 2 h later; after the 5th failure the delivery is given up as failed.

export const MAX_ATTEMPTS = 5;
const DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 60 * 60_000] as const;

/** Delay before the next attempt after `attemptsMade` failed attempts, or null when we give up. */
export function retryDelayMs(attemptsMade: number): number | null {
  if (attemptsMade < 1 || attemptsMade >= MAX_ATTEMPTS) return attemptsMade < 1 ? 0 : null;
  return DELAYS_MS[attemptsMade - 1] ?? null;
}

export type AttemptOutcome = { ok: true; responseCode: number } | { ok: false; responseCode: number | null; error: string };

/** The delivery row's next state after an attempt. */
export function afterAttempt(attemptsMade: number, outcome: AttemptOutcome, atMs: number) {
  if (outcome.ok) return { status: "delivered" as const, responseCode: outcome.responseCode, error: null, nextAttemptAt: null, deliveredAt: new Date(atMs) };
  const delay = retryDelayMs(attemptsMade);
  return {
    status: delay === null ? ("failed" as const) : ("pending" as const),
    responseCode: outcome.responseCode,
    error: outcome.error,
    nextAttemptAt: delay === null ? null : new Date(atMs + delay),
    deliveredAt: null,
  };
}

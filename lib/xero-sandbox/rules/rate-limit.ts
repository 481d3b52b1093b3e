// Xero's rate limits (docs/xero.md#rate-limits) as fixed windows that start at the first call, so each
// tenant's windows reset at their own times. Pure: the caller keeps the state.

export const MINUTE_MS = 60_000;
export const DAY_WINDOW_MS = 24 * 60 * 60 * 1000;
export { TENANT_CALLS_PER_MINUTE as TENANT_PER_MINUTE, APP_CALLS_PER_MINUTE as APP_PER_MINUTE, TENANT_CONCURRENT_CALLS as TENANT_CONCURRENT } from "@/lib/xero/limits";

export type Window = { start: number; count: number };
export type Take = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number; remaining: 0 };

/** Counts one call against a fixed window, opening a new window when the old one has passed. */
export function takeFromWindow(w: Window | undefined, now: number, length: number, limit: number): { window: Window; result: Take } {
  const window = !w || now >= w.start + length ? { start: now, count: 0 } : { ...w };
  if (window.count >= limit) {
    return { window, result: { ok: false, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil((window.start + length - now) / 1000)) } };
  }
  window.count += 1;
  return { window, result: { ok: true, remaining: limit - window.count } };
}

/** What remains in a window without taking from it. */
export function remainingIn(w: Window | undefined, now: number, length: number, limit: number): number {
  if (!w || now >= w.start + length) return limit;
  return Math.max(0, limit - w.count);
}

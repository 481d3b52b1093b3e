import { APP_CALLS_PER_MINUTE as APP_MINUTE_LIMIT } from "@/lib/xero/limits";

// Spaces one app's calls to Xero's API so a sync stays inside the app-wide budget (docs/xero.md#rate-limits)
// whatever its concurrency: calls start at least CALL_INTERVAL_MS apart, so no minute can hold more than
// PACED_SHARE of APP_MINUTE_LIMIT and the sync meets no app-minute 429. Spacing uses the monotonic clock:
// it is about real time between requests, not about Xero-protocol time (which the sandbox clock can move).

export const PACED_SHARE = 0.95;
export const CALL_INTERVAL_MS = 60_000 / (APP_MINUTE_LIMIT * PACED_SHARE);

/** Pure: when a call asked for at `now` may start, and when the next one may. */
export function nextSlot(nextFree: number, now: number, intervalMs: number): { startAt: number; nextFree: number } {
  const startAt = Math.max(now, nextFree);
  return { startAt, nextFree: startAt + intervalMs };
}

const g = globalThis as unknown as { __xeroAppPacer?: Map<string, number> };
const nextFreeByApp = () => (g.__xeroAppPacer ??= new Map());

/** Waits for this app's next slot (a CallOptions.beforeRequest hook). */
export async function paceAppCall(appId: string): Promise<void> {
  const slots = nextFreeByApp();
  const now = performance.now();
  const { startAt, nextFree } = nextSlot(slots.get(appId) ?? now, now, CALL_INTERVAL_MS);
  slots.set(appId, nextFree);
  if (startAt > now) await new Promise((resolve) => setTimeout(resolve, startAt - now));
}

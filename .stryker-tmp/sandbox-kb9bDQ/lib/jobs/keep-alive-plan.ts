// @ts-nocheck
import { DAY_MS } from "@/lib/clock";

// Pure: which grants to refresh now so no refresh token reaches Xero's 60-day idle expiry.
// Failed grants back off: after N failures wait 2^N hours (capped at a day) before trying again.

export type KeepAliveCandidate = { id: string; refreshObtainedAt: Date | null; lastRefreshFailedAt: Date | null; failureCount: number };

export function backoffMs(failureCount: number): number {
  return Math.min(DAY_MS, 2 ** Math.min(failureCount, 10) * 60 * 60 * 1000);
}

export function grantsDueForKeepAlive(candidates: KeepAliveCandidate[], now: Date, afterDays: number): string[] {
  return candidates
    .filter((g) => !g.refreshObtainedAt || now.getTime() - g.refreshObtainedAt.getTime() >= afterDays * DAY_MS)
    .filter((g) => !g.lastRefreshFailedAt || g.failureCount === 0 || now.getTime() - g.lastRefreshFailedAt.getTime() >= backoffMs(g.failureCount))
    .map((g) => g.id);
}

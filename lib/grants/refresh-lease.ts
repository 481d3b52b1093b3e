import { releaseLease, tryAcquireLease } from "@/lib/jobs/lease";
import { PROCESS_OWNER } from "@/lib/jobs/owner";

// One refresh per grant across every server process on the database (docs/architecture.md#refresh).
// refreshOnce (lib/xero/single-flight.ts) shares a refresh among callers in one process; this lease row makes the
// processes take turns: the holder calls Xero and stores the new set, the others wait for it to appear.

/** Longer than a token call may take (lib/xero/http.ts times calls out well before this). */
export const REFRESH_LEASE_MS = 60_000;
const POLL_MS = 50;

const leaseName = (grantId: string) => `refresh:${grantId}`;

export type RefreshTurn<T> = {
  /** Reads what is stored now: a token set when another process refreshed since `startedAt`, else null. */
  refreshedElsewhere: () => Promise<T | null>;
  /** Calls Xero and stores the result; runs only while this process holds the grant's lease. */
  refresh: () => Promise<T>;
};

/** Refreshes, or waits for the process that is refreshing and takes what it stored. */
export async function refreshInTurn<T>(grantId: string, turn: RefreshTurn<T>, leaseMs = REFRESH_LEASE_MS): Promise<T> {
  const name = leaseName(grantId);
  for (;;) {
    if (await tryAcquireLease(name, PROCESS_OWNER, leaseMs)) {
      try {
        // Another process may have finished between our read and taking the lease.
        return (await turn.refreshedElsewhere()) ?? (await turn.refresh());
      } finally {
        await releaseLease(name, PROCESS_OWNER);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const stored = await turn.refreshedElsewhere();
    if (stored) return stored;
  }
}

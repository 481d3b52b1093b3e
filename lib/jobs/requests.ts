import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { appSettings } from "@/db/schema";
import { xeroNow } from "@/lib/clock";

// System layer: "Run now" pressed on a server process that does not hold the background lease. The
// request waits in app_settings until the holder's next tick runs it, so only the holder ever works.

export const JOB_KINDS = ["keep-alive", "sync"] as const;
export type JobKind = (typeof JOB_KINDS)[number];
type Requests = Partial<Record<JobKind, { by: string; at: string }>>;

const KEY = "jobs.requests";

export function requestRun(kind: JobKind, by: string): void {
  getDb().transaction(
    (tx) => {
      const current = (tx.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, KEY)).get()?.value ?? {}) as Requests;
      const value: Requests = { ...current, [kind]: current[kind] ?? { by, at: xeroNow().toISOString() } };
      tx.insert(appSettings)
        .values({ key: KEY, value, updatedAt: xeroNow(), updatedBy: by })
        .onConflictDoUpdate({ target: appSettings.key, set: { value, updatedAt: xeroNow(), updatedBy: by } })
        .run();
    },
    { behavior: "immediate" },
  );
}

/** Reads and clears the waiting requests in one step. */
export function takeRequests(): Requests {
  return getDb().transaction(
    (tx) => {
      const row = tx.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, KEY)).get();
      if (!row) return {};
      tx.delete(appSettings).where(eq(appSettings.key, KEY)).run();
      return row.value as Requests;
    },
    { behavior: "immediate" },
  );
}

export function pendingRequests(): Requests {
  return (getDb().select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, KEY)).get()?.value ?? {}) as Requests;
}

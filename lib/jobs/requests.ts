import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { appSettings } from "@/db/schema";
import { firstRow } from "@/db/query";
import { first, run, transact, type Tx, type Work } from "@/db/steps";
import { xeroNow } from "@/lib/clock";

// System layer: "Run now" pressed on a server process that does not hold the background lease. The
// request waits in app_settings until the holder's next tick runs it, so only the holder ever works.

export const JOB_KINDS = ["keep-alive", "sync"] as const;
export type JobKind = (typeof JOB_KINDS)[number];
type Requests = Partial<Record<JobKind, { by: string; at: string }>>;

const KEY = "jobs.requests";

/** Queues a request: a read-then-write step of an immediate transaction (db/steps.ts), written with its audit entry. */
export function* requestRunStep(tx: Tx, kind: JobKind, by: string) {
  const current = ((yield* first(tx.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, KEY))))?.value ?? {}) as Requests;
  const value: Requests = { ...current, [kind]: current[kind] ?? { by, at: xeroNow().toISOString() } };
  yield* run(
    tx
      .insert(appSettings)
      .values({ key: KEY, value, updatedAt: xeroNow(), updatedBy: by })
      .onConflictDoUpdate({ target: appSettings.key, set: { value, updatedAt: xeroNow(), updatedBy: by } }),
  );
}

/** Reads and clears the waiting requests in one step. */
export async function takeRequests(): Promise<Requests> {
  return transact(
    function* (tx): Work<Requests> {
      const row = yield* first(tx.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, KEY)));
      if (!row) return {};
      yield* run(tx.delete(appSettings).where(eq(appSettings.key, KEY)));
      return row.value as Requests;
    },
    { immediate: true },
  );
}

export async function pendingRequests(): Promise<Requests> {
  return ((await firstRow(getDb().select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, KEY)).limit(1)))?.value ?? {}) as Requests;
}

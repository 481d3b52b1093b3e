import "server-only";
import { appDailyCounts, xeroApps } from "@/db/schema";
import { all, run, transact } from "@/db/steps";
import { xeroNow } from "@/lib/clock";
import { countedConnections } from "@/lib/apps/counts";
import { sql } from "drizzle-orm";

// System layer: one point per app per day for the trend chart, rewritten by every sync that day so the
// day's point is its latest count.

/** The UTC calendar day of an instant, as stored: YYYY-MM-DD. */
export const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/** Immediate: the counts written are the ones just read, whichever sync finishes last. */
export async function recordDailyCounts(at: Date = xeroNow()): Promise<number> {
  const day = dayOf(at);
  return transact(
    function* (tx) {
      const apps = yield* all(tx.select({ id: xeroApps.id, count: countedConnections }).from(xeroApps));
      if (apps.length === 0) return 0;
      yield* run(
        tx
          .insert(appDailyCounts)
          .values(apps.map((a) => ({ appId: a.id, day, count: a.count })))
          .onConflictDoUpdate({ target: [appDailyCounts.appId, appDailyCounts.day], set: { count: sql`excluded.count` } }),
      );
      return apps.length;
    },
    { immediate: true },
  );
}

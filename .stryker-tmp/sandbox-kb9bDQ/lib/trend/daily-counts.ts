// @ts-nocheck
import "server-only";
import { getDb } from "@/db/index";
import { appDailyCounts, xeroApps } from "@/db/schema";
import { xeroNow } from "@/lib/clock";
import { countedConnections } from "@/lib/apps/counts";
import { sql } from "drizzle-orm";

// System layer: one point per app per day for the trend chart, rewritten by every sync that day so the
// day's point is its latest count.

/** The UTC calendar day of an instant, as stored: YYYY-MM-DD. */
export const dayOf = (at: Date) => at.toISOString().slice(0, 10);

export function recordDailyCounts(at: Date = xeroNow()): number {
  const day = dayOf(at);
  const apps = getDb().select({ id: xeroApps.id, count: countedConnections }).from(xeroApps).all();
  if (apps.length === 0) return 0;
  getDb()
    .insert(appDailyCounts)
    .values(apps.map((a) => ({ appId: a.id, day, count: a.count })))
    .onConflictDoUpdate({ target: [appDailyCounts.appId, appDailyCounts.day], set: { count: sql`excluded.count` } })
    .run();
  return apps.length;
}

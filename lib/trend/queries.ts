import "server-only";
import { and, asc, eq, gte } from "drizzle-orm";
import { getDb } from "@/db/index";
import { appDailyCounts } from "@/db/schema";
import { getApp } from "@/lib/apps/queries";
import { DAY_MS, xeroNow } from "@/lib/clock";
import { projectCapDate } from "@/lib/limits/projection";
import { dayOf } from "./daily-counts";

// The trend page: an app's daily connection counts (served by the table's (app_id, day) key) and when,
// at its recent pace, it reaches its cap.

export const TREND_DAYS = 90;

export async function getAppTrend(appId: string) {
  const app = await getApp(appId);
  const from = dayOf(new Date(xeroNow().getTime() - (TREND_DAYS - 1) * DAY_MS));
  const points = await getDb()
    .select({ day: appDailyCounts.day, count: appDailyCounts.count })
    .from(appDailyCounts)
    .where(and(eq(appDailyCounts.appId, app.id), gte(appDailyCounts.day, from)))
    .orderBy(asc(appDailyCounts.day));
  return { app, points, from, today: dayOf(xeroNow()), projection: projectCapDate(points, app.cap) };
}

import { and, desc, inArray, lt, sql } from "drizzle-orm";
import { getDb } from "@/db/index";
import { changedRows } from "@/db/query";
import { jobRuns, rateLimitSamples, webhookDeliveries } from "@/db/schema";
import { DAY_MS, xeroNowMs } from "@/lib/clock";

// System layer: records that only matter for a while are pruned so tables stay small. The activity
// log (audit_events) is never pruned: it is the team's history.

export const KEEP_SAMPLES_DAYS = 90;
export const KEEP_DELIVERIES_DAYS = 90;
export const KEEP_RUNS = 1000;

export async function pruneOldRecords(): Promise<{ samples: number; deliveries: number; runs: number }> {
  const db = getDb();
  const cutoff = (days: number) => new Date(xeroNowMs() - days * DAY_MS);
  const samples = changedRows(await db.delete(rateLimitSamples).where(lt(rateLimitSamples.at, cutoff(KEEP_SAMPLES_DAYS))));
  const deliveries = changedRows(
    await db.delete(webhookDeliveries).where(and(inArray(webhookDeliveries.status, ["delivered", "failed"]), lt(webhookDeliveries.createdAt, cutoff(KEEP_DELIVERIES_DAYS)))),
  );
  const runs = changedRows(
    await db.delete(jobRuns).where(
      lt(
        jobRuns.id,
        sql`(${db
          .select({ id: jobRuns.id })
          .from(jobRuns)
          .orderBy(desc(jobRuns.id))
          .limit(1)
          .offset(KEEP_RUNS - 1)})`,
      ),
    ),
  );
  return { samples, deliveries, runs };
}

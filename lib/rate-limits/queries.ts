import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/index";
import { rateLimitSamples } from "@/db/schema";
import { getApp } from "@/lib/apps/queries";
import { planRule } from "@/lib/limits/plans";
import { z } from "zod";

// The rate-limit meter of one app: for each organisation, the budgets Xero reported on our latest call
// (one index seek each on rl_app_tenant_at_idx), and the 429s we met (rl_problem_at_idx: 429s are rare,
// so reading all of them and keeping this app's is cheap).

export const MINUTE_LIMIT = 60;
export { APP_MINUTE_LIMIT } from "@/lib/xero/rate-limit";
export const METER_PAGE_SIZE = 50;
const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

type Sample = { minRemaining: number | null; dayRemaining: number | null; appMinRemaining: number | null; statusCode: number; at: Date };

function latestSample(appId: string, tenantId: string | null): Sample | null {
  return (
    getDb()
      .select({ minRemaining: rateLimitSamples.minRemaining, dayRemaining: rateLimitSamples.dayRemaining, appMinRemaining: rateLimitSamples.appMinRemaining, statusCode: rateLimitSamples.statusCode, at: rateLimitSamples.at })
      .from(rateLimitSamples)
      .where(and(eq(rateLimitSamples.appId, appId), tenantId === null ? isNull(rateLimitSamples.tenantId) : eq(rateLimitSamples.tenantId, tenantId)))
      .orderBy(desc(rateLimitSamples.at))
      .limit(1)
      .get() ?? null
  );
}

/** Organisations the app is (or was) connected to, each with its latest budgets; paginated in SQL. */
export async function getRateLimitMeter(appId: string, pageInput?: string) {
  const app = await getApp(appId);
  const page = pageSchema.parse(pageInput);
  const db = getDb();
  const orgs = db.all<{ tenantId: string; name: string }>(sql`
    select c.tenant_id as tenantId, max(c.tenant_name) as name from connections c where c.app_id = ${app.id}
    group by c.tenant_id order by name limit ${METER_PAGE_SIZE} offset ${(page - 1) * METER_PAGE_SIZE}`);
  const total = db.get<{ n: number }>(sql`select count(distinct tenant_id) as n from connections where app_id = ${app.id}`)?.n ?? 0;
  const appWide = latestSample(app.id, null);
  return {
    app,
    dayLimit: planRule(app.plan).dayLimit,
    appWide,
    rows: orgs.map((o) => ({ ...o, latest: latestSample(app.id, o.tenantId) })),
    total,
    page,
    pageSize: METER_PAGE_SIZE,
  };
}

export const HISTORY_PAGE_SIZE = 25;

type Hit = { id: number; tenantId: string | null; tenantName: string | null; problem: string; retryAfterSeconds: number | null; minRemaining: number | null; dayRemaining: number | null; at: number };

/** Every 429 Xero answered this app with, newest first, with the organisation it concerned. */
export async function listRateLimitHits(appId: string, pageInput?: string) {
  const app = await getApp(appId);
  const page = pageSchema.parse(pageInput);
  // The partial index holds only 429s, by app and time: no other app's 429s and no ordinary samples are read.
  const from = sql`from rate_limit_samples s indexed by rl_app_429_at_idx where s.problem is not null and s.app_id = ${app.id}`;
  const rows = getDb().all<Hit>(sql`
    select s.id, s.tenant_id as tenantId, s.problem, s.retry_after_seconds as retryAfterSeconds, s.min_remaining as minRemaining,
      s.day_remaining as dayRemaining, s.at,
      (select o.name from organisations o where o.tenant_id = s.tenant_id) as tenantName
    ${from} order by s.at desc limit ${HISTORY_PAGE_SIZE} offset ${(page - 1) * HISTORY_PAGE_SIZE}`);
  const total = getDb().get<{ n: number }>(sql`select count(*) as n ${from}`)?.n ?? 0;
  return { rows: rows.map((r) => ({ ...r, at: new Date(r.at) })), total, page, pageSize: HISTORY_PAGE_SIZE };
}

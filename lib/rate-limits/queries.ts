import "server-only";
import { and, countDistinct, desc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/index";
import { databaseEngine } from "@/db/engine";
import { rawFirst, rawRows } from "@/db/query";
import { connections, organisations, rateLimitSamples } from "@/db/schema";
import { getApp } from "@/lib/apps/queries";
import { planRule } from "@/lib/limits/plans";
import { z } from "zod";
import { DAY_MS, xeroNowMs } from "@/lib/clock";
import { parseRateLimitProblem, type RateLimitProblem } from "@/lib/xero/rate-limit";

// The rate-limit meter of one app: for each organisation, the budgets Xero reported on our latest call
// (one index seek each on rl_app_tenant_at_idx), and the 429s we met (rl_problem_at_idx: 429s are rare,
// so reading all of them and keeping this app's is cheap).

export { TENANT_CALLS_PER_MINUTE as MINUTE_LIMIT, APP_CALLS_PER_MINUTE as APP_MINUTE_LIMIT } from "@/lib/xero/limits";
export const METER_PAGE_SIZE = 50;
const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

type Sample = { minRemaining: number | null; dayRemaining: number | null; appMinRemaining: number | null; statusCode: number; at: Date };

async function latestSample(appId: string, tenantId: string | null): Promise<Sample | null> {
  return (
    (
      await getDb()
        .select({
          minRemaining: rateLimitSamples.minRemaining,
          dayRemaining: rateLimitSamples.dayRemaining,
          appMinRemaining: rateLimitSamples.appMinRemaining,
          statusCode: rateLimitSamples.statusCode,
          at: rateLimitSamples.at,
        })
        .from(rateLimitSamples)
        .where(and(eq(rateLimitSamples.appId, appId), tenantId === null ? isNull(rateLimitSamples.tenantId) : eq(rateLimitSamples.tenantId, tenantId)))
        .orderBy(desc(rateLimitSamples.at))
        .limit(1)
    )[0] ?? null
  );
}

/** Organisations the app is (or was) connected to, each with its latest budgets; paginated in SQL. */
export async function getRateLimitMeter(appId: string, pageInput?: string) {
  const app = await getApp(appId);
  const page = pageSchema.parse(pageInput);
  const db = getDb();
  const name = sql<string>`max(${connections.tenantName})`.as("name");
  const orgs = await db
    .select({ tenantId: connections.tenantId, name })
    .from(connections)
    .where(eq(connections.appId, app.id))
    .groupBy(connections.tenantId)
    .orderBy((row) => row.name)
    .limit(METER_PAGE_SIZE)
    .offset((page - 1) * METER_PAGE_SIZE);
  const [counted] = await db
    .select({ n: countDistinct(connections.tenantId) })
    .from(connections)
    .where(eq(connections.appId, app.id))
    .limit(1);
  const total = Number(counted?.n ?? 0);
  const appWide = await latestSample(app.id, null);
  const hits = await lastHitPerScope(app.id);
  // One index seek per organisation of the page (at most METER_PAGE_SIZE), in turn.
  const rows = [];
  for (const o of orgs) rows.push({ ...o, latest: await latestSample(app.id, o.tenantId), lastHit: hits.get(o.tenantId) ?? null });
  return {
    app,
    dayLimit: planRule(app.plan).dayLimit,
    appWide,
    appWideLastHit: hits.get(null) ?? null,
    rows,
    total,
    page,
    pageSize: METER_PAGE_SIZE,
  };
}

/** A 429 as the meter and the app page show it: which limit Xero named, for whom, and when. */
export type LastHit = { tenantId: string | null; tenantName: string | null; problem: RateLimitProblem; retryAfterSeconds: number | null; at: Date };
// Postgres gives the bigint milliseconds as a string: Number() reads both engines' answer.
type HitRow = Omit<LastHit, "at" | "problem"> & { problem: string; at: number | string };
const toLastHit = (r: HitRow): LastHit => ({ ...r, problem: parseRateLimitProblem(r.problem) ?? "unknown", at: new Date(Number(r.at)) });

// The partial index of 429s by app and time. SQLite-only: INDEXED BY (its planner otherwise prefers rl_app_tenant_at_idx);
// Postgres has the same partial index and no such clause.
const hitsIndex = () => (databaseEngine() === "postgres" ? sql`` : sql`indexed by rl_app_429_at_idx`);

/** The newest 429 of each scope: per organisation, and app-level under the key null. One pass over the app's 429s. */
async function lastHitPerScope(appId: string): Promise<Map<string | null, LastHit>> {
  const rows = await rawRows<HitRow>(
    databaseEngine() === "postgres"
      ? sql`
    select distinct on (s.tenant_id) s.tenant_id as "tenantId", null as "tenantName", s.problem, s.retry_after_seconds as "retryAfterSeconds", s.at
    from rate_limit_samples s where s.problem is not null and s.app_id = ${appId} order by s.tenant_id, s.at desc`
      : // SQLite-only: with max(), the bare columns come from the row that holds the maximum (Postgres: distinct on).
        sql`
    select s.tenant_id as "tenantId", null as "tenantName", s.problem, s.retry_after_seconds as "retryAfterSeconds", max(s.at) as at
    from rate_limit_samples s indexed by rl_app_429_at_idx where s.problem is not null and s.app_id = ${appId} group by s.tenant_id`,
  );
  return new Map(rows.map((r) => [r.tenantId, toLastHit(r)]));
}

/** The app's newest 429 within `withinMs` of now (Xero time), with the organisation's name: the app page's notice. */
export async function latestRateLimitHit(appId: string, withinMs = DAY_MS): Promise<LastHit | null> {
  const app = await getApp(appId);
  const since = xeroNowMs() - withinMs;
  const row = await rawFirst<HitRow>(sql`
    select s.tenant_id as "tenantId", (select o.name from organisations o where o.tenant_id = s.tenant_id) as "tenantName", s.problem,
      s.retry_after_seconds as "retryAfterSeconds", s.at
    from rate_limit_samples s ${hitsIndex()} where s.problem is not null and s.app_id = ${app.id} and s.at >= ${since}
    order by s.at desc limit 1`);
  return row ? toLastHit(row) : null;
}

export const HISTORY_PAGE_SIZE = 25;

type Hit = {
  id: number;
  tenantId: string | null;
  tenantName: string | null;
  problem: string;
  retryAfterSeconds: number | null;
  minRemaining: number | null;
  dayRemaining: number | null;
  at: number | string;
};

/** Every 429 Xero answered this app with, newest first, with the organisation it concerned. */
export async function listRateLimitHits(appId: string, pageInput?: string) {
  const app = await getApp(appId);
  const page = pageSchema.parse(pageInput);
  // The partial index holds only 429s, by app and time: no other app's 429s and no ordinary samples are read.
  // Stays a raw query because drizzle's select builder cannot say INDEXED BY (SQLite's planner otherwise
  // prefers rl_app_tenant_at_idx); every column still comes from the schema, so a rename fails the type check.
  const s = rateLimitSamples;
  const from = sql`from ${s} ${hitsIndex()} where ${s.problem} is not null and ${s.appId} = ${app.id}`;
  const rows = await rawRows<Hit>(sql`
    select ${s.id} as "id", ${s.tenantId} as "tenantId", ${s.problem} as "problem", ${s.retryAfterSeconds} as "retryAfterSeconds",
      ${s.minRemaining} as "minRemaining", ${s.dayRemaining} as "dayRemaining", ${s.at} as "at",
      (select ${organisations.name} from ${organisations} where ${organisations.tenantId} = ${s.tenantId}) as "tenantName"
    ${from} order by ${s.at} desc limit ${HISTORY_PAGE_SIZE} offset ${(page - 1) * HISTORY_PAGE_SIZE}`);
  const counted = await rawFirst<{ n: number | string }>(sql`select count(*) as "n" ${from}`);
  return { rows: rows.map((r) => ({ ...r, at: new Date(Number(r.at)) })), total: Number(counted?.n ?? 0), page, pageSize: HISTORY_PAGE_SIZE };
}

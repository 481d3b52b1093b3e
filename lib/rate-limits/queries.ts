import "server-only";
import { and, countDistinct, desc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/index";
import { connections, organisations, rateLimitSamples } from "@/db/schema";
import { getApp } from "@/lib/apps/queries";
import { planRule } from "@/lib/limits/plans";
import { z } from "zod";

// The rate-limit meter of one app: for each organisation, the budgets Xero reported on our latest call
// (one index seek each on rl_app_tenant_at_idx), and the 429s we met (rl_problem_at_idx: 429s are rare,
// so reading all of them and keeping this app's is cheap).

export const MINUTE_LIMIT = 60;
export const APP_MINUTE_LIMIT = 10_000;
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
  const name = sql<string>`max(${connections.tenantName})`.as("name");
  const orgs = db
    .select({ tenantId: connections.tenantId, name })
    .from(connections)
    .where(eq(connections.appId, app.id))
    .groupBy(connections.tenantId)
    .orderBy((row) => row.name)
    .limit(METER_PAGE_SIZE)
    .offset((page - 1) * METER_PAGE_SIZE)
    .all();
  const total = db.select({ n: countDistinct(connections.tenantId) }).from(connections).where(eq(connections.appId, app.id)).get()?.n ?? 0;
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
  // Stays a raw query because drizzle's select builder cannot say INDEXED BY (SQLite's planner otherwise
  // prefers rl_app_tenant_at_idx); every column still comes from the schema, so a rename fails the type check.
  const s = rateLimitSamples;
  const from = sql`from ${s} indexed by rl_app_429_at_idx where ${s.problem} is not null and ${s.appId} = ${app.id}`;
  const rows = getDb().all<Hit>(sql`
    select ${s.id} as id, ${s.tenantId} as tenantId, ${s.problem} as problem, ${s.retryAfterSeconds} as retryAfterSeconds,
      ${s.minRemaining} as minRemaining, ${s.dayRemaining} as dayRemaining, ${s.at} as at,
      (select ${organisations.name} from ${organisations} where ${organisations.tenantId} = ${s.tenantId}) as tenantName
    ${from} order by ${s.at} desc limit ${HISTORY_PAGE_SIZE} offset ${(page - 1) * HISTORY_PAGE_SIZE}`);
  const total = getDb().get<{ n: number }>(sql`select count(*) as n ${from}`)?.n ?? 0;
  return { rows: rows.map((r) => ({ ...r, at: new Date(r.at) })), total, page, pageSize: HISTORY_PAGE_SIZE };
}

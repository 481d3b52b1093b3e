import "server-only";
import { and, desc, eq, gte, inArray, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/index";
import { firstRow, rawRows } from "@/db/query";
import { connectSessions, connections, endUsers } from "@/db/schema";
import { realNowMs } from "@/lib/clock";

// Evidence about the team's customers for Diagnose: who tried to connect and was refused at a cap
// (connect sessions), and which customers' connections fill the app. No role check: gatherEvidence
// (evidence.ts) calls this after its own.

const WINDOW_MS = 7 * 24 * 60 * 60 * 1000;
const LIST_LIMIT = 50;

export type CustomerCount = { endUserId: string; externalId: string; displayName: string | null; email: string | null; accountName: string | null; count: number };
export type CustomerEvidence = {
  /** Connect attempts refused at a cap (app or organisation) in the last 7 days. */
  refused: { total: number; byCustomer: CustomerCount[] };
  /** Counted connections per customer they came through (connections with no customer are left out). */
  filling: CustomerCount[];
};

const customerColumns = {
  endUserId: endUsers.id,
  externalId: endUsers.externalId,
  displayName: endUsers.displayName,
  email: endUsers.email,
  accountName: endUsers.accountName,
  count: sql<number>`count(*)`.mapWith(Number),
};

export async function customerEvidence(app: { id: string; countDemoCompanies: boolean }): Promise<CustomerEvidence> {
  const db = getDb();
  const refusedWhere = and(eq(connectSessions.appId, app.id), inArray(connectSessions.error, ["connection_limit", "org_cap"]), gte(connectSessions.createdAt, new Date(realNowMs() - WINDOW_MS)));
  const byCustomer = await db
    .select(customerColumns)
    .from(connectSessions)
    .innerJoin(endUsers, eq(endUsers.id, connectSessions.endUserId))
    .where(refusedWhere)
    .groupBy(endUsers.id)
    .orderBy(desc(sql`count(*)`))
    .limit(LIST_LIMIT);
  const total = await db.$count(connectSessions, refusedWhere);
  const filling = await db
    .select(customerColumns)
    .from(connections)
    .innerJoin(endUsers, eq(endUsers.id, connections.endUserId))
    .where(and(eq(connections.appId, app.id), ne(connections.status, "disconnected"), app.countDemoCompanies ? undefined : eq(connections.isDemo, false)))
    .groupBy(endUsers.id)
    .orderBy(desc(sql`count(*)`))
    .limit(LIST_LIMIT);
  return { refused: { total, byCustomer }, filling };
}

/** "N connect attempts refused at the cap in the last 7 days, by these customers" (null when none). */
export function refusedSummary(e: CustomerEvidence): string | null {
  const n = e.refused.total;
  if (n === 0) return null;
  return `${n} connect attempt${n === 1 ? "" : "s"} refused at the cap in the last 7 days, by ${e.refused.byCustomer.length === 1 ? "this customer" : "these customers"}:`;
}

export type CustomerConnections = {
  customer: { id: string; externalId: string; displayName: string | null; email: string | null; accountName: string | null };
  /** Live connections per app that came through this customer (their own, or their grant's). */
  apps: Array<{ appId: string; appName: string; environment: string; live: number; stale: number }>;
};

/** One customer's connections by app, for a message that names them. */
export async function customerConnections(endUserId: string): Promise<CustomerConnections | null> {
  const customer = await firstRow(
    getDb()
      .select({ id: endUsers.id, externalId: endUsers.externalId, displayName: endUsers.displayName, email: endUsers.email, accountName: endUsers.accountName })
      .from(endUsers)
      .where(eq(endUsers.id, endUserId))
      .limit(1),
  );
  if (!customer) return null;
  // Quoted aliases keep their case on Postgres; its count and sum come back as strings.
  const rows = await rawRows<CustomerConnections["apps"][number]>(sql`
    select a.id as "appId", a.name as "appName", a.environment, count(*) as live, sum(case when c.status = 'stale' then 1 else 0 end) as stale
    from connections c join xero_apps a on a.id = c.app_id
    where c.status != 'disconnected' and (c.end_user_id = ${endUserId} or c.grant_id in (select g.id from grants g where g.end_user_id = ${endUserId}))
    group by a.id order by a.environment, a.name limit ${LIST_LIMIT}`);
  const apps = rows.map((r) => ({ ...r, live: Number(r.live), stale: Number(r.stale) }));
  return { customer, apps };
}

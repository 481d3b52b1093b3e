import "server-only";
import { and, asc, count, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/index";
import { firstRow } from "@/db/query";
import { endUsers, grants, xeroApps, xeroUserSummaries } from "@/db/schema";
import { requirePermission } from "@/lib/auth/session";
import type { Environment } from "@/lib/apps/environments";
import type { GrantSource, GrantStatus } from "@/lib/grants/kinds";
import { afterCursor, pageFrom } from "@/lib/pagination/keyset";
import { searchRefs } from "@/lib/search/terms";

export const PEOPLE_PAGE_SIZE = 50;

export const peopleFiltersSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type PeopleFilters = z.infer<typeof peopleFiltersSchema>;

export type Person = {
  xeroUserId: string;
  name: string;
  email: string;
  total: number;
  apps: Array<{ appId: string; appName: string; environment: string; connections: number; grantStatus: string; refreshObtainedAt: number | null; source: string }>;
};

// A grant's live connections from the trigger-kept grant_connection_counts rows (migration
// grant_connection_counts), not by counting connections. Spelled out: in a subquery drizzle would write
// the grant's id without its table, and "grant_id"/"id" there would mean the summary's own columns.
const liveConnections = sql<number>`(select coalesce(sum(s.n), 0) from grant_connection_counts s where s.grant_id = "grants"."id" and s.status != 'disconnected')`.mapWith(Number);
// One Xero user holds a grant per app; their name and email are the same on each (max picks one, as
// xero_user_summaries does for listPeople).
const userColumns = { xeroUserId: grants.xeroUserId, name: sql<string>`max(${grants.name})`, email: sql<string>`max(${grants.email})` };
const grantsInEnvironment = (environment: Environment) => inArray(grants.appId, getDb().select({ id: xeroApps.id }).from(xeroApps).where(eq(xeroApps.environment, environment)));

/**
 * A page of Xero users and how many there are, from xero_user_summaries (one row per Xero user, kept by triggers
 * on grants) instead of grouping every grant for each page. Exported for its plan test (xero-user-summaries.test.ts).
 */
export function peopleQueries(q: string | undefined, page: number) {
  const db = getDb();
  // Email or name containing the text: a lookup in the search index (lib/search/terms.ts), not a scan of grants.
  // A Xero user matches when one of their grants does; their row shows the email and name over all their grants.
  const filter = q
    ? inArray(
        xeroUserSummaries.xeroUserId,
        db
          .select({ xeroUserId: grants.xeroUserId })
          .from(grants)
          .where(inArray(grants.id, searchRefs(["grant_email", "grant_name"], q))),
      )
    : undefined;
  // The page carries the total. Everyone: the page walks xero_user_summaries_email_idx in order and the total is
  // the table's row count, taken once. A search: its matches are found once, for the page and their count both.
  const total = q ? sql<number>`count(*) over ()` : sql<number>`(select count(*) from ${xeroUserSummaries})`;
  return {
    people: db
      .select({ xeroUserId: xeroUserSummaries.xeroUserId, name: xeroUserSummaries.name, email: xeroUserSummaries.email, matching: total.mapWith(Number) })
      .from(xeroUserSummaries)
      .where(filter)
      // xero_user_id breaks ties between equal emails (the empty one included), so pages neither repeat nor skip anyone.
      .orderBy(asc(xeroUserSummaries.email), asc(xeroUserSummaries.xeroUserId))
      .limit(PEOPLE_PAGE_SIZE)
      .offset((page - 1) * PEOPLE_PAGE_SIZE),
    /** The total when the page is empty (past the last page, or nothing matches), so carries none. */
    total: db.select({ n: count() }).from(xeroUserSummaries).where(filter).limit(1),
  };
}

/** The Xero users who authorised our apps, each with their connection count per app. Two queries per page. */
export async function listPeople(f: PeopleFilters) {
  await requirePermission("people:read");
  const db = getDb();
  const page = f.page ?? 1;
  const queries = peopleQueries(f.q, page);
  const people = await queries.people;
  if (people.length === 0) {
    const total = page === 1 ? 0 : ((await firstRow(queries.total))?.n ?? 0);
    return { rows: [] as Person[], total, page, pageSize: PEOPLE_PAGE_SIZE };
  }
  const total = people[0]!.matching;
  const counts = await db
    .select({
      xeroUserId: grants.xeroUserId,
      appId: xeroApps.id,
      appName: xeroApps.name,
      environment: xeroApps.environment,
      grantStatus: grants.status,
      refreshObtainedAt: sql<number | null>`${grants.refreshObtainedAt}`,
      source: grants.source,
      connections: liveConnections,
    })
    .from(grants)
    .innerJoin(xeroApps, eq(xeroApps.id, grants.appId))
    .where(
      inArray(
        grants.xeroUserId,
        people.map((p) => p.xeroUserId),
      ),
    )
    .orderBy(asc(xeroApps.name));
  const rows = people.map(({ matching: _m, ...p }): Person => {
    const apps = counts.filter((c) => c.xeroUserId === p.xeroUserId).map(({ xeroUserId: _x, ...rest }) => rest);
    return { ...p, apps, total: apps.reduce((n, a) => n + a.connections, 0) };
  });
  return { rows, total, page, pageSize: PEOPLE_PAGE_SIZE };
}

export type XeroUserGrant = {
  grantId: string;
  appId: string;
  appName: string;
  environment: Environment;
  grantStatus: GrantStatus;
  source: GrantSource;
  connections: number;
  endUserId: string | null;
  endUserExternalId: string | null;
};

/**
 * REST API: Xero users after the cursor, by Xero user id (grants_user_idx gives the groups in order, so a
 * page reads only its own grants). q is an email prefix. A key for one environment sees that environment's grants.
 */
export async function listXeroUsersAfter(f: { q?: string; environment?: Environment }, cursor: string | undefined, limit: number) {
  await requirePermission("people:read");
  const db = getDb();
  const inEnv = f.environment ? grantsInEnvironment(f.environment) : undefined;
  const email = f.q?.trim().toLowerCase();
  const byEmail: SQL | undefined = email ? and(gte(grants.email, email), lt(grants.email, `${email}\uffff`)) : undefined;
  const users = await db
    .select(userColumns)
    .from(grants)
    .where(and(inEnv, byEmail, afterCursor([sql`${grants.xeroUserId}`], cursor)))
    .groupBy(grants.xeroUserId)
    .orderBy(asc(grants.xeroUserId))
    .limit(limit + 1);
  const page = pageFrom(users, limit, (u) => [u.xeroUserId]);
  if (page.rows.length === 0) return { rows: [], nextCursor: page.nextCursor };
  const grantRows: Array<XeroUserGrant & { xeroUserId: string }> = await db
    .select({
      xeroUserId: grants.xeroUserId,
      grantId: grants.id,
      appId: xeroApps.id,
      appName: xeroApps.name,
      environment: xeroApps.environment,
      grantStatus: grants.status,
      source: grants.source,
      connections: liveConnections,
      endUserId: endUsers.id,
      endUserExternalId: endUsers.externalId,
    })
    .from(grants)
    .innerJoin(xeroApps, eq(xeroApps.id, grants.appId))
    .leftJoin(endUsers, eq(endUsers.id, grants.endUserId))
    .where(
      and(
        inArray(
          grants.xeroUserId,
          page.rows.map((p) => p.xeroUserId),
        ),
        inEnv,
      ),
    )
    .orderBy(asc(xeroApps.name));
  const rows = page.rows.map((u) => {
    const grantsOfUser = grantRows.filter((g) => g.xeroUserId === u.xeroUserId).map(({ xeroUserId: _x, ...rest }) => rest);
    return { ...u, grants: grantsOfUser, total: grantsOfUser.reduce((n, g) => n + g.connections, 0) };
  });
  return { rows, nextCursor: page.nextCursor };
}

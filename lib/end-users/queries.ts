import "server-only";
import { and, asc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/index";
import { endUsers, grants, xeroApps } from "@/db/schema";
import { requirePermission } from "@/lib/auth/session";
import type { Environment } from "@/lib/apps/environments";
import { notFound } from "@/lib/errors";
import { grantsByIds } from "@/lib/grants/queries";
import { afterCursor, orderByKey, pageFrom } from "@/lib/pagination/keyset";
import { searchRefs } from "@/lib/search/terms";

// The team's customers ("end users") with their accounts, tags, grants and connections: People →
// Customers and the REST API. Lists are paginated in SQL; filters use end_users' and end_user_tags' indexes.

export const CUSTOMERS_PAGE_SIZE = 50;

export const endUserFiltersSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  account: z.string().trim().max(200).optional().catch(undefined),
  tag: z.string().trim().max(64).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type EndUserFilters = z.infer<typeof endUserFiltersSchema> & { environment?: Environment };

// A key for one environment sees the customers with a grant in that environment, and only those grants.
const inEnvironment = (environment: Environment | undefined, alias: "g" | "c") =>
  environment ? sql`and ${sql.raw(alias)}.app_id in (select id from xero_apps where environment = ${environment})` : sql``;
// Spelled out: drizzle writes an interpolated column without its table in a single-table select, and
// inside the subqueries "id" would then mean the grant's or connection's own id.
const endUserId = sql.raw(`"end_users"."id"`);

function conditions(f: EndUserFilters): SQL | undefined {
  const where: (SQL | undefined)[] = [];
  if (f.account) where.push(eq(endUsers.accountId, f.account));
  if (f.tag) where.push(sql`${endUserId} in (select end_user_id from end_user_tags where tag = ${f.tag})`);
  if (f.environment) where.push(sql`exists (select 1 from grants g where g.end_user_id = ${endUserId} ${inEnvironment(f.environment, "g")})`);
  if (f.q) {
    // Prefix ranges on the unique external id and the email index; the display and account names through
    // the search index (lib/search/terms.ts).
    const q = f.q.trim();
    const lower = q.toLowerCase();
    where.push(
      or(
        and(sql`${endUsers.externalId} >= ${q}`, sql`${endUsers.externalId} < ${`${q}\uffff`}`),
        and(sql`${endUsers.email} >= ${lower}`, sql`${endUsers.email} < ${`${lower}\uffff`}`),
        inArray(endUsers.id, searchRefs(["end_user_name", "end_user_account"], q)),
      ),
    );
  }
  return and(...where);
}

// A connection is the customer's when recorded on it, or when unrecorded and its grant is theirs
// (lib/connections/queries.ts reads it the same way). Both arms read the trigger-kept
// grant_connection_counts rows (migration grant_connection_counts; '' = no customer recorded), not connections.
const countsInEnvironment = (environment: Environment | undefined) =>
  environment ? sql`and exists (select 1 from grants g2 where g2.id = s.grant_id and g2.app_id in (select id from xero_apps where environment = ${environment}))` : sql``;
const counts = (environment: Environment | undefined) => ({
  grantCount: sql<number>`(select count(*) from grants g where g.end_user_id = ${endUserId} ${inEnvironment(environment, "g")})`.mapWith(Number),
  connectionCount: sql<number>`((select coalesce(sum(s.n), 0) from grant_connection_counts s where s.end_user_id = ${endUserId} and s.status != 'disconnected' ${countsInEnvironment(environment)})
    + (select coalesce(sum(s.n), 0) from grants g join grant_connection_counts s on s.grant_id = g.id where g.end_user_id = ${endUserId} and s.end_user_id = '' and s.status != 'disconnected' ${inEnvironment(environment, "g")}))`.mapWith(
    Number,
  ),
});

function selectEndUsers(environment: Environment | undefined) {
  return getDb()
    .select({
      id: endUsers.id,
      externalId: endUsers.externalId,
      email: endUsers.email,
      displayName: endUsers.displayName,
      accountId: endUsers.accountId,
      accountName: endUsers.accountName,
      tags: endUsers.tags,
      createdAt: endUsers.createdAt,
      ...counts(environment),
    })
    .from(endUsers);
}
export type EndUserRow = Awaited<ReturnType<typeof selectEndUsers>>[number];

/** People → Customers: one page by the team's own id, with the total. */
export async function listEndUsers(f: EndUserFilters) {
  await requirePermission("people:read");
  const page = f.page ?? 1;
  const where = conditions(f);
  const rows = await selectEndUsers(f.environment)
    .where(where)
    .orderBy(asc(endUsers.externalId))
    .limit(CUSTOMERS_PAGE_SIZE)
    .offset((page - 1) * CUSTOMERS_PAGE_SIZE);
  const total = await getDb().$count(endUsers, where);
  // The page's grants in one more query: who each customer is in Xero, per app.
  const ids = rows.map((r) => r.id);
  const grantRows =
    ids.length === 0
      ? []
      : await getDb()
          .select({
            endUserId: grants.endUserId,
            grantId: grants.id,
            appId: xeroApps.id,
            appName: xeroApps.name,
            environment: xeroApps.environment,
            name: grants.name,
            email: grants.email,
            status: grants.status,
            refreshObtainedAt: grants.refreshObtainedAt,
          })
          .from(grants)
          .innerJoin(xeroApps, eq(xeroApps.id, grants.appId))
          .where(inArray(grants.endUserId, ids))
          .orderBy(asc(xeroApps.name), asc(grants.email));
  return { rows: rows.map((r) => ({ ...r, grants: grantRows.filter((g) => g.endUserId === r.id) })), total, page, pageSize: CUSTOMERS_PAGE_SIZE };
}

/** REST API: a page after the cursor, by the team's own id (the unique index orders it). */
export async function listEndUsersAfter(f: EndUserFilters, cursor: string | undefined, limit: number) {
  await requirePermission("people:read");
  const key = [sql`${endUsers.externalId}`];
  const rows = await selectEndUsers(f.environment)
    .where(and(conditions(f), afterCursor(key, cursor)))
    .orderBy(...orderByKey(key))
    .limit(limit + 1);
  return pageFrom(rows, limit, (r) => [r.externalId]);
}

/** One customer with each grant (Xero user per app) and its live connection count. */
export async function getEndUser(id: string, environment?: Environment) {
  await requirePermission("people:read");
  const [user] = await selectEndUsers(environment).where(eq(endUsers.id, id)).limit(1);
  if (!user || (environment && user.grantCount === 0)) throw notFound("That customer");
  const grantRows = await getDb()
    .select({ grantId: grants.id })
    .from(grants)
    .innerJoin(xeroApps, eq(xeroApps.id, grants.appId))
    .where(and(eq(grants.endUserId, id), environment ? eq(xeroApps.environment, environment as Environment) : undefined));
  return { ...user, grants: await grantsByIds(grantRows.map((g) => g.grantId)) };
}

import "server-only";
import { and, asc, count, desc, eq, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/index";
import { databaseEngine } from "@/db/engine";
import { firstRow } from "@/db/query";
import { connections, endUsers, grantConnectionCounts, grants, xeroApps } from "@/db/schema";
import { requirePermission } from "@/lib/auth/session";
import { afterCursor, orderByKey, pageFrom, type Key } from "@/lib/pagination/keyset";
import { searchRefs } from "@/lib/search/terms";
import type { EndUserRef } from "@/lib/end-users/columns";
import { PAGE_SIZE, SEARCH_CAP, type ConnectionFilters } from "./filters";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const connectionColumns = {
  id: connections.id,
  tenantId: connections.tenantId,
  tenantName: connections.tenantName,
  tenantType: connections.tenantType,
  isDemo: connections.isDemo,
  status: connections.status,
  staleReasons: connections.staleReasons,
  xeroCreatedAt: connections.xeroCreatedAt,
  xeroUpdatedAt: connections.xeroUpdatedAt,
  lastSeenAt: connections.lastSeenAt,
  disconnectedAt: connections.disconnectedAt,
  disconnectIntentId: connections.disconnectIntentId,
  appId: xeroApps.id,
  appName: xeroApps.name,
  environment: xeroApps.environment,
  plan: xeroApps.plan,
  grantId: grants.id,
  userName: grants.name,
  userEmail: grants.email,
  xeroUserId: grants.xeroUserId,
  grantStatus: grants.status,
  lastRefreshOkAt: grants.lastRefreshOkAt,
  /** When the refresh token in force was obtained: how long it went unused, when the grant needs re-authorisation. */
  refreshObtainedAt: grants.refreshObtainedAt,
  /** "observed": the team's product holds the tokens; Connection Desk keeps none. */
  grantSource: grants.source,
  // The team's customer (end user) through whom it was connected: the one recorded on the connection,
  // else its grant's; null for dashboard connections. Their details join after paging (withCustomers).
  endUserId: sql<string | null>`coalesce(${connections.endUserId}, ${grants.endUserId})`,
};
type ConnectionBaseRow = ReturnType<ReturnType<typeof selectConnectionRows>["all"]>[number];
export type ConnectionRow = ConnectionBaseRow & { customer: EndUserRef | null };

/**
 * The customers of a page of rows, in one query by primary key. Joined here rather than in the list
 * query so sorting a large table does not carry (or look up) customer columns for rows it throws away.
 */
export async function withCustomers(rows: ConnectionBaseRow[]): Promise<ConnectionRow[]> {
  const ids = [...new Set(rows.map((r) => r.endUserId).filter((id): id is string => id !== null))];
  const found = ids.length === 0 ? [] : await getDb().select().from(endUsers).where(inArray(endUsers.id, ids));
  const byId = new Map(found.map((e) => [e.id, { id: e.id, externalId: e.externalId, email: e.email, displayName: e.displayName, accountId: e.accountId, accountName: e.accountName, tags: e.tags }]));
  return rows.map((r) => ({ ...r, customer: (r.endUserId && byId.get(r.endUserId)) || null }));
}

// A connection belongs to the customer recorded on it, else to its grant's customer. Each arm is an
// index lookup (conn_end_user_idx; grants_end_user_idx then conn_grant_idx), so SQLite can OR them.
function endUserIn(ids: SQL): SQL {
  // The unary + keeps SQLite off the end-user index for "is null" (every dashboard connection) so the
  // second arm goes through the customer's grants and conn_grant_idx instead. Postgres has no unary + on text.
  const unindexed = databaseEngine() === "postgres" ? sql`` : sql`+`;
  return sql`(${connections.endUserId} in (${ids}) or (${unindexed}${connections.endUserId} is null and ${connections.grantId} in (select g2.id from grants g2 where g2.end_user_id in (${ids}))))`;
}

// For search: connections of the grants the customers hold or connected through, as one grant-id arm
// so SQLite keeps its multi-index OR over the search's arms (a fourth kind of arm makes it scan every
// connection). Looser than endUserIn: a Xero user connecting for two customers matches both.
function grantsOfEndUsers(ids: SQL): SQL {
  return sql`${connections.grantId} in (select g2.id from grants g2 where g2.end_user_id in (${ids}) union select c2.grant_id from connections c2 where c2.end_user_id in (${ids}))`;
}

/** End users by Connection Desk id, the team's own id, or email (exact); accounts by id; tags exactly. */
export const endUsersMatching = {
  customer: (v: string) =>
    UUID.test(v)
      ? sql`select id from end_users where id = ${v.toLowerCase()} or external_id = ${v}`
      : v.includes("@")
        ? sql`select id from end_users where email = ${v.toLowerCase()} or external_id = ${v}`
        : sql`select id from end_users where external_id = ${v}`,
  account: (v: string) => sql`select id from end_users where account_id = ${v}`,
  tag: (v: string) => sql`select end_user_id from end_user_tags where tag = ${v}`,
};

/**
 * The status filter. With a text search the search's indexes find the rows, so SQLite must not take status = ?
 * for the way in (the unary + hides the column): without ANALYZE statistics its planner takes status for
 * selective, walks conn_status_name_idx through every active connection and tests the search on each (2.4 s
 * for "Kauri" at 1,000,000 connections). Postgres has no unary + on text and plans by its statistics.
 */
function statusCondition(f: ConnectionFilters, hide = Boolean(f.q)): SQL | undefined {
  const status = hide && databaseEngine() !== "postgres" ? sql`+${connections.status}` : sql`${connections.status}`;
  if (f.status === "broken") return and(ne(status, "disconnected"), ne(grants.status, "active"));
  if (f.status && f.status !== "all") return eq(status, f.status);
  if (!f.status) return ne(status, "disconnected");
  return undefined;
}

/** The filters but the text search; `hideStatus` as statusCondition's `hide`. */
function filterConditions(f: ConnectionFilters, hideStatus: boolean): (SQL | undefined)[] {
  const where: (SQL | undefined)[] = [];
  if (f.app) where.push(eq(connections.appId, f.app));
  if (f.environment) where.push(eq(xeroApps.environment, f.environment));
  if (f.tenant) where.push(eq(connections.tenantId, f.tenant));
  if (f.customer) where.push(endUserIn(endUsersMatching.customer(f.customer)));
  if (f.account) where.push(endUserIn(endUsersMatching.account(f.account)));
  if (f.tag) where.push(endUserIn(endUsersMatching.tag(f.tag)));
  if (f.user) where.push(f.user.includes("@") ? eq(grants.email, f.user.toLowerCase()) : eq(grants.xeroUserId, f.user));
  where.push(statusCondition(f, hideStatus));
  return where;
}

/**
 * The text search in two arms: `organisations`, the tenant ids of the organisations whose name contains the text
 * (a subquery; none for an id or an email), and `other`, a condition on connections for everything else.
 */
function searchArms(text: string): { organisations?: ReturnType<typeof searchRefs>; other: SQL } {
  const q = text.trim();
  // Search the 20,000-row organisations table and the grants by email prefix (an index range: emails
  // are stored lower-case), then fetch connections through their tenant and grant indexes.
  const email = q.toLowerCase();
  const byEmail = sql`${connections.grantId} in (select id from grants where email >= ${email} and email < ${`${email}\uffff`})`;
  if (UUID.test(q)) return { other: or(eq(connections.id, email), eq(connections.tenantId, email))! };
  // Customers too: by their email prefix or the team's exact id (indexes), or by name or account name.
  if (q.includes("@")) return { other: or(byEmail, grantsOfEndUsers(sql`select id from end_users where email >= ${email} and email < ${`${email}\uffff`}`))! };
  // Names (organisations', customers' display and account names) through the search index (lib/search/terms.ts).
  const customerByName = grantsOfEndUsers(sql`select id from end_users where external_id = ${q} or id in ${searchRefs(["end_user_name", "end_user_account"], q)}`);
  return { organisations: searchRefs(["organisation"], q), other: or(byEmail, customerByName)! };
}

/** The list's conditions. A filter that reads grants or xero_apps columns must join them in countConnections too. */
export function connectionConditions(f: ConnectionFilters): SQL | undefined {
  const where = filterConditions(f, Boolean(f.q));
  if (f.q) {
    const arms = searchArms(f.q);
    where.push(arms.organisations ? or(inArray(connections.tenantId, arms.organisations), arms.other) : arms.other);
  }
  return and(...where);
}

function orderBy(f: ConnectionFilters) {
  const dir = f.dir === "desc" ? desc : asc;
  switch (f.sort) {
    case "user":
      return [dir(grants.email), asc(connections.tenantName)];
    case "app":
      return [dir(xeroApps.name), asc(connections.tenantName)];
    case "created":
      return [dir(connections.xeroCreatedAt)];
    case "updated":
      return [dir(connections.xeroUpdatedAt)];
    case "status":
      // Both in the one direction so conn_status_name_idx gives the order when walked either way (SQLite walks an
      // index forwards or backwards, never one column each way): descending lists organisations Z to A within a status.
      return [dir(connections.status), dir(connections.tenantName)];
    default:
      return [dir(connections.tenantName), asc(grants.email)];
  }
}

/**
 * SQLite only: the connection rows joined in the order that walks the sort's index (conn_tenant_name_idx,
 * conn_status_name_idx, conn_created_idx, conn_updated_idx; grants_email_idx; apps_name_idx), so a page
 * reads about a page of rows instead of sorting every match. CROSS JOIN fixes the join order, and the
 * filters go in as one +(…) term so no filter column (status = ?, app_id = ?) can take the scan off the
 * sort's index: its planner, with or without ANALYZE statistics, otherwise scans grants first or
 * searches by status and sorts everything (0.7 s at 1,000,000 connections, against a few milliseconds).
 * Only worth it when the filters keep a good share of the rows (listConnections decides).
 */
export function rowsInSortOrder(f: ConnectionFilters) {
  const db = getDb();
  // One status, sorted by organisation or status: conn_status_name_idx serves the status and the order at once,
  // and keeps a status whose rows bunch up in name order (stale ones, in the bench data) from a long walk.
  const byStatusAndName = (!f.sort || f.sort === "organisation" || f.sort === "status") && f.status && !["all", "broken"].includes(f.status);
  const hidden = connectionConditions(byStatusAndName ? { ...f, status: "all" } : f);
  const joined = and(eq(grants.id, connections.grantId), eq(xeroApps.id, connections.appId), byStatusAndName ? statusCondition(f) : undefined, hidden ? sql`+(${hidden})` : undefined);
  const order = [...orderBy(f), asc(connections.id)];
  switch (f.sort) {
    case "user":
      return db
        .select(connectionColumns)
        .from(grants)
        .crossJoin(connections)
        .crossJoin(xeroApps)
        .where(joined)
        .orderBy(...order);
    case "app":
      return db
        .select(connectionColumns)
        .from(xeroApps)
        .crossJoin(connections)
        .crossJoin(grants)
        .where(joined)
        .orderBy(...order);
    default:
      return db
        .select(connectionColumns)
        .from(connections)
        .crossJoin(grants)
        .crossJoin(xeroApps)
        .where(joined)
        .orderBy(...order);
  }
}

/** Connection rows with their app and grant (Xero user); every list of connections starts here and ends with withCustomers. */
export function selectConnectionRows() {
  return getDb().select(connectionColumns).from(connections).innerJoin(grants, eq(grants.id, connections.grantId)).innerJoin(xeroApps, eq(xeroApps.id, connections.appId));
}

// The filters that read a grant's columns (connectionConditions): a count or a match list joins grants only for them.
const readsGrant = (f: ConnectionFilters) => Boolean(f.user || f.status === "broken");

/** The ids of the connections matching the filters, joined to grants and apps only when a filter reads them. */
function matchingIds(f: ConnectionFilters, where = connectionConditions(f)) {
  let query = getDb().select({ id: connections.id }).from(connections).$dynamic();
  if (readsGrant(f)) query = query.innerJoin(grants, eq(grants.id, connections.grantId));
  if (f.environment) query = query.innerJoin(xeroApps, eq(xeroApps.id, connections.appId));
  return query.where(where);
}

/**
 * A text search's first `limit` matches' ids, arm by arm (searchArms). Asked as one query, SQLite's multi-index
 * OR gathers every arm's matches before the first row comes back (a broad name: 16,667 organisations named
 * "Kauri", 70 ms at 1,000,000 connections). The organisations arm instead joins the matching names to their
 * connections (conn_tenant_idx, whose status column serves the status filter) and stops at `limit`; the other
 * arms (emails, customers) are asked only when it found fewer.
 */
async function searchMatches(f: ConnectionFilters & { q: string }, limit: number): Promise<string[]> {
  const arms = searchArms(f.q);
  const ids = new Set<string>();
  if (arms.organisations) {
    const found = arms.organisations.as("found");
    // The join order is fixed (names, then their connections): SQLite's CROSS JOIN; Postgres plans it by statistics.
    // Joined to grants and apps only when a filter reads them, as in matchingIds.
    let byName = getDb().select({ id: connections.id }).from(found).crossJoin(connections).$dynamic();
    if (readsGrant(f)) byName = byName.innerJoin(grants, eq(grants.id, connections.grantId));
    if (f.environment) byName = byName.innerJoin(xeroApps, eq(xeroApps.id, connections.appId));
    const rows = await byName.where(and(eq(connections.tenantId, found.ref), ...filterConditions(f, false))).limit(limit);
    for (const r of rows) ids.add(r.id);
  }
  if (ids.size < limit) {
    const rows = await matchingIds(f, and(...filterConditions(f, true), arms.other)).limit(limit);
    for (const r of rows) ids.add(r.id);
  }
  return [...ids].slice(0, limit);
}

/**
 * How many connections match, from the trigger-kept grant_connection_counts (migration grant_connection_counts:
 * rows per grant, customer recorded on the connection, and status; 50,000 rows at 1,000,000 connections) for
 * every filter but the organisation and the text search: 4 ms instead of 41 ms for the default view at that
 * size, and the environment or "broken" filters no longer join every connection. The filters mean here what
 * connectionConditions says over connections (a connection's app is its grant's); list-total.test.ts checks
 * the two agree for every filter.
 */
async function countFromSummary(f: ConnectionFilters): Promise<number> {
  const s = grantConnectionCounts;
  const where: (SQL | undefined)[] = [];
  // A connection belongs to the customer recorded on it ('' here: none), else to its grant's (endUserIn).
  const ofCustomers = (ids: SQL) => sql`(${s.endUserId} in (${ids}) or (${s.endUserId} = '' and ${grants.endUserId} in (${ids})))`;
  if (f.customer) where.push(ofCustomers(endUsersMatching.customer(f.customer)));
  if (f.account) where.push(ofCustomers(endUsersMatching.account(f.account)));
  if (f.tag) where.push(ofCustomers(endUsersMatching.tag(f.tag)));
  if (f.app) where.push(eq(grants.appId, f.app));
  if (f.environment) where.push(eq(xeroApps.environment, f.environment));
  if (f.user) where.push(f.user.includes("@") ? eq(grants.email, f.user.toLowerCase()) : eq(grants.xeroUserId, f.user));
  if (f.status === "broken") where.push(and(ne(s.status, "disconnected"), ne(grants.status, "active")));
  else if (f.status && f.status !== "all") where.push(eq(s.status, f.status));
  else if (!f.status) where.push(ne(s.status, "disconnected"));
  let query = getDb()
    .select({ n: sql<number>`coalesce(sum(${s.n}), 0)`.mapWith(Number) })
    .from(s)
    .$dynamic();
  if (readsGrant(f) || f.app || f.environment || f.customer || f.account || f.tag) query = query.innerJoin(grants, eq(grants.id, s.grantId));
  if (f.environment) query = query.innerJoin(xeroApps, eq(xeroApps.id, grants.appId));
  return (await firstRow(query.where(and(...where))))?.n ?? 0;
}

/**
 * How many connections match, for every view but a text search (listConnections counts the search's capped
 * matches itself). An organisation has a handful of connections: counted directly (conn_tenant_idx); every
 * other view reads the summary.
 */
async function countConnections(f: ConnectionFilters): Promise<number> {
  if (!f.tenant) return countFromSummary(f);
  return (await firstRow(getDb().select({ n: count() }).from(matchingIds(f).as("found"))))?.n ?? 0;
}

/** The given connections as rows, for answers about what was just written. No role check: the caller checked. */
export async function connectionRowsByIds(ids: string[]): Promise<ConnectionRow[]> {
  if (ids.length === 0) return [];
  return withCustomers(await selectConnectionRows().where(inArray(connections.id, ids)).orderBy(asc(connections.tenantName), asc(connections.id)));
}

/**
 * One page of connections matching the filters, sorted and paginated in SQL, with the total. A text search lists
 * its first SEARCH_CAP matches (all of them when there are no more), sorted: `capped` says more matched, and the
 * page says so and asks for a narrower search. Sorting every match of a broad search is what costs (see
 * countConnections), and walking the sort order instead is no cure: "Kauri" names start with K, a third of
 * the way through the organisations.
 */
export async function listConnections(f: ConnectionFilters, pageSize = PAGE_SIZE) {
  await requirePermission("connections:read");
  const page = f.page ?? 1;
  const offset = (page - 1) * pageSize;
  // A text search: its first SEARCH_CAP + 1 matches' ids in one query (the search's subqueries cost most of
  // it), counted here and looked up by primary key for the page.
  const found = f.q ? await searchMatches({ ...f, q: f.q }, SEARCH_CAP + 1) : undefined;
  const counted = found ? found.length : await countConnections(f);
  const capped = counted > SEARCH_CAP;
  const total = Math.min(counted, f.q ? SEARCH_CAP : counted);
  const where = found ? inArray(connections.id, found.slice(0, SEARCH_CAP)) : connectionConditions(f);
  // The id breaks ties (same created date, same organisation and user across apps) so no row is
  // skipped or shown twice between pages.
  const order = [...orderBy(f), asc(connections.id)];
  const rows =
    offset >= total
      ? []
      : !f.q && (await walkSortOrder(total, offset + pageSize))
        ? await rowsInSortOrder(f).limit(pageSize).offset(offset)
        : await selectConnectionRows()
            .where(where)
            .orderBy(...order)
            .limit(pageSize)
            .offset(offset);
  return { rows: await withCustomers(rows), total, capped, page, pageSize };
}

/**
 * Whether to walk the sort's index (rowsInSortOrder) rather than let the planner start from the filters and sort
 * what they match: about `upTo` rows in, if the matches are spread through the order, the walk reads upTo × all /
 * matches rows, the sort reads every match. The number of connections is the highest rowid (no count: a
 * deleted row only makes the walk look dearer). Postgres plans by its own statistics: no forcing there.
 */
export async function walkSortOrder(matches: number, upTo: number): Promise<boolean> {
  if (databaseEngine() === "postgres" || matches === 0) return false;
  const all =
    (
      await firstRow(
        getDb()
          .select({ n: sql<number>`coalesce(max(rowid), 0)`.mapWith(Number) })
          .from(connections),
      )
    )?.n ?? 0;
  return upTo * all < matches * matches;
}

/** Streams every matching row in pages (CSV export) without holding the whole result in memory. */
export async function* iterateConnections(f: ConnectionFilters, batch = 2000) {
  await requirePermission("connections:read");
  const where = connectionConditions(f);
  for (let offset = 0; ; offset += batch) {
    const rows = await selectConnectionRows()
      .where(where)
      .orderBy(...orderBy(f), asc(connections.id))
      .limit(batch)
      .offset(offset);
    yield* await withCustomers(rows);
    if (rows.length < batch) return;
  }
}

// From the trigger-kept per-grant summary (migration grant_connection_counts), not by counting connections.
// Spelled out: drizzle writes an interpolated column without its table here, and inside the subquery
// "id" would then mean the summary's own columns.
const liveConnectionsOfGrant = sql<number>`(select coalesce(sum(s.n), 0) from grant_connection_counts s where s.grant_id = grants.id and s.status != 'disconnected')`.mapWith(Number);

/** The Xero users who authorised an app, for the app page's user filter. */
export async function listAppUsers(appId: string) {
  await requirePermission("connections:read");
  return getDb()
    .select({ email: grants.email, name: grants.name, xeroUserId: grants.xeroUserId, connections: liveConnectionsOfGrant })
    .from(grants)
    .where(eq(grants.appId, appId))
    .orderBy(asc(grants.email));
}

/** Organisations picked in one consent, for the "just connected" message. */
export async function organisationsOfAuthEvent(appId: string, authEventId: string): Promise<string[]> {
  await requirePermission("connections:read");
  const rows = await getDb()
    .select({ name: connections.tenantName })
    .from(connections)
    .where(and(eq(connections.appId, appId), eq(connections.authEventId, authEventId)))
    .orderBy(asc(connections.tenantName));
  return rows.map((r) => r.name);
}

// Keyset pagination for the REST API (lib/pagination/keyset.ts): the sort key of each order.
function keysetColumns(f: ConnectionFilters): SQL[] {
  switch (f.sort) {
    case "user":
      return [sql`${grants.email}`, sql`${connections.tenantName}`, sql`${connections.id}`];
    case "app":
      return [sql`${xeroApps.name}`, sql`${connections.tenantName}`, sql`${connections.id}`];
    case "created":
      return [sql`coalesce(${connections.xeroCreatedAt}, 0)`, sql`${connections.id}`];
    case "updated":
      return [sql`coalesce(${connections.xeroUpdatedAt}, 0)`, sql`${connections.id}`];
    case "status":
      return [sql`${connections.status}`, sql`${connections.tenantName}`, sql`${connections.id}`];
    default:
      return [sql`${connections.tenantName}`, sql`${grants.email}`, sql`${connections.id}`];
  }
}

const keyOf = (row: ConnectionBaseRow, f: ConnectionFilters): Key => {
  switch (f.sort) {
    case "user":
      return [row.userEmail, row.tenantName, row.id];
    case "app":
      return [row.appName, row.tenantName, row.id];
    case "created":
      return [row.xeroCreatedAt?.getTime() ?? 0, row.id];
    case "updated":
      return [row.xeroUpdatedAt?.getTime() ?? 0, row.id];
    case "status":
      return [row.status, row.tenantName, row.id];
    default:
      return [row.tenantName, row.userEmail, row.id];
  }
};

/** A page of connections after a cursor (REST API); throws a 400 for a cursor that is not ours. */
export async function listConnectionsAfter(f: ConnectionFilters, cursor: string | undefined, limit: number) {
  await requirePermission("connections:read");
  const columns = keysetColumns(f);
  const descending = f.dir === "desc";
  const rows = await selectConnectionRows()
    .where(and(connectionConditions(f), afterCursor(columns, cursor, descending)))
    .orderBy(...orderByKey(columns, descending))
    .limit(limit + 1);
  const page = pageFrom(rows, limit, (row) => keyOf(row, f));
  return { rows: await withCustomers(page.rows), nextCursor: page.nextCursor };
}

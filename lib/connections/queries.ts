import "server-only";
import { and, asc, count, desc, eq, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/index";
import { connections, grants, xeroApps } from "@/db/schema";
import { requirePermission } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { PAGE_SIZE, type ConnectionFilters } from "./filters";

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
  /** The team's customer the connection came through (connect session, import, observation), for people. */
  customer: sql<string | null>`(select coalesce(eu.display_name, eu.email, eu.external_id) || coalesce(' (' || eu.account_name || ')', '') from end_users eu where eu.id = ${connections.endUserId})`,
  /** "observed": the team's product holds the tokens; Connection Desk keeps none. */
  grantSource: grants.source,
};
export type ConnectionRow = Awaited<ReturnType<typeof listConnections>>["rows"][number];

export function connectionConditions(f: ConnectionFilters): SQL | undefined {
  const where: (SQL | undefined)[] = [];
  if (f.app) where.push(eq(connections.appId, f.app));
  if (f.environment) where.push(eq(xeroApps.environment, f.environment));
  if (f.tenant) where.push(eq(connections.tenantId, f.tenant));
  if (f.user) where.push(f.user.includes("@") ? eq(grants.email, f.user.toLowerCase()) : eq(grants.xeroUserId, f.user));
  if (f.status === "broken") where.push(and(ne(connections.status, "disconnected"), ne(grants.status, "active")));
  else if (f.status && f.status !== "all") where.push(eq(connections.status, f.status));
  else if (!f.status) where.push(ne(connections.status, "disconnected"));
  if (f.q) {
    const q = f.q.trim();
    // Search the 20,000-row organisations table and the grants by email prefix (an index range: emails
    // are stored lower-case), then fetch connections through their tenant and grant indexes.
    const email = q.toLowerCase();
    const byEmail = sql`${connections.grantId} in (select id from grants where email >= ${email} and email < ${`${email}\uffff`})`;
    if (UUID.test(q)) where.push(or(eq(connections.id, email), eq(connections.tenantId, email)));
    else if (q.includes("@")) where.push(byEmail);
    else where.push(or(sql`${connections.tenantId} in (select tenant_id from organisations where name like ${`%${q}%`})`, byEmail));
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
      return [dir(connections.status), asc(connections.tenantName)];
    default:
      return [dir(connections.tenantName), asc(grants.email)];
  }
}

function selectConnections() {
  return getDb().select(connectionColumns).from(connections).innerJoin(grants, eq(grants.id, connections.grantId)).innerJoin(xeroApps, eq(xeroApps.id, connections.appId));
}

function countConnections(where: SQL | undefined): number {
  return (
    getDb().select({ n: count() }).from(connections).innerJoin(grants, eq(grants.id, connections.grantId)).innerJoin(xeroApps, eq(xeroApps.id, connections.appId)).where(where).get()?.n ?? 0
  );
}

/** The given connections as rows, for answers about what was just written. No role check: the caller checked. */
export function connectionRowsByIds(ids: string[]): ConnectionRow[] {
  if (ids.length === 0) return [];
  return selectConnections().where(inArray(connections.id, ids)).orderBy(asc(connections.tenantName), asc(connections.id)).all();
}

/** One page of connections matching the filters, with the total, paginated and sorted in SQL. */
export async function listConnections(f: ConnectionFilters, pageSize = PAGE_SIZE) {
  await requirePermission("connections:read");
  const where = connectionConditions(f);
  const page = f.page ?? 1;
  // The id breaks ties (same created date, same organisation and user across apps) so no row is
  // skipped or shown twice between pages.
  const rows = selectConnections()
    .where(where)
    .orderBy(...orderBy(f), asc(connections.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  const total = countConnections(where);
  return { rows, total, page, pageSize };
}

/** Streams every matching row in pages (CSV export) without holding the whole result in memory. */
export async function* iterateConnections(f: ConnectionFilters, batch = 2000) {
  await requirePermission("connections:read");
  const where = connectionConditions(f);
  for (let offset = 0; ; offset += batch) {
    const rows = selectConnections()
      .where(where)
      .orderBy(...orderBy(f), asc(connections.id))
      .limit(batch)
      .offset(offset)
      .all();
    yield* rows;
    if (rows.length < batch) return;
  }
}

// Spelled out: drizzle writes an interpolated column without its table here, and inside the subquery
// "id" would then mean the connection's own id (every count 0).
const liveConnectionsOfGrant = sql<number>`(select count(*) from connections c where c.grant_id = grants.id and c.status != 'disconnected')`.mapWith(Number);

/** The Xero users who authorised an app, for the app page's user filter. */
export async function listAppUsers(appId: string) {
  await requirePermission("connections:read");
  return getDb()
    .select({ email: grants.email, name: grants.name, xeroUserId: grants.xeroUserId, connections: liveConnectionsOfGrant })
    .from(grants)
    .where(eq(grants.appId, appId))
    .orderBy(asc(grants.email))
    .all();
}

/** Organisations picked in one consent, for the "just connected" message. */
export async function organisationsOfAuthEvent(appId: string, authEventId: string): Promise<string[]> {
  await requirePermission("connections:read");
  return getDb()
    .select({ name: connections.tenantName })
    .from(connections)
    .where(and(eq(connections.appId, appId), eq(connections.authEventId, authEventId)))
    .orderBy(asc(connections.tenantName))
    .all()
    .map((r) => r.name);
}

// Keyset pagination for the REST API: the cursor is the last row's sort key, so page 1,000 costs what
// page 1 does. Every key column sorts in the same direction so one row-value comparison finds the next row.
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

const keyOf = (row: ConnectionRow, f: ConnectionFilters): Array<string | number> => {
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

const encodeCursor = (key: Array<string | number>) => Buffer.from(JSON.stringify(key)).toString("base64url");
function decodeCursor(cursor: string, length: number): Array<string | number> | null {
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    return Array.isArray(key) && key.length === length && key.every((v) => typeof v === "string" || typeof v === "number") ? key : null;
  } catch {
    return null;
  }
}

/** A page of connections after a cursor (REST API); throws a 400 for a cursor that is not ours. */
export async function listConnectionsAfter(f: ConnectionFilters, cursor: string | undefined, limit: number) {
  await requirePermission("connections:read");
  const columns = keysetColumns(f);
  const desc = f.dir === "desc";
  const conditions = [connectionConditions(f)];
  if (cursor) {
    const key = decodeCursor(cursor, columns.length);
    if (!key) throw new AppError("bad_request", "The cursor is not valid: pass the nextCursor of the previous page unchanged, with the same filters.");
    const left = sql.join(columns, sql`, `);
    const right = sql.join(key.map((v) => sql`${v}`), sql`, `);
    conditions.push(desc ? sql`(${left}) < (${right})` : sql`(${left}) > (${right})`);
  }
  const rows = selectConnections()
    .where(and(...conditions))
    .orderBy(...columns.map((c) => (desc ? sql`${c} desc` : sql`${c} asc`)))
    .limit(limit + 1)
    .all();
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  return { rows: page, nextCursor: more ? encodeCursor(keyOf(page[page.length - 1]!, f)) : null };
}

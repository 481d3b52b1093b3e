import "server-only";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/index";
import { endUsers, grants, xeroApps } from "@/db/schema";
import type { Environment } from "@/lib/apps/environments";
import { requirePermission } from "@/lib/auth/session";
import { notFound } from "@/lib/errors";
import type { GrantSource, GrantStatus } from "./kinds";
import { afterCursor, orderByKey, pageFrom } from "@/lib/pagination/keyset";

// Grants (one Xero user's consent to one app) with who they are on both sides: the Xero user and the
// team's customer. Read by the REST API; never a token.

export type GrantFilters = {
  app?: string;
  status?: GrantStatus;
  source?: GrantSource;
  /** Connection Desk's id of the customer. */
  endUser?: string;
  environment?: Environment;
};

const liveConnections = sql<number>`(select count(*) from connections c where c.grant_id = "grants"."id" and c.status != 'disconnected')`.mapWith(Number);

function selectGrants() {
  return getDb()
    .select({
      id: grants.id,
      appId: grants.appId,
      environment: xeroApps.environment,
      source: grants.source,
      status: grants.status,
      xeroUserId: grants.xeroUserId,
      name: grants.name,
      email: grants.email,
      lastRefreshOkAt: grants.lastRefreshOkAt,
      lastObservedAt: grants.lastObservedAt,
      createdAt: grants.createdAt,
      connectionCount: liveConnections,
      endUser: {
        id: endUsers.id,
        externalId: endUsers.externalId,
        email: endUsers.email,
        displayName: endUsers.displayName,
        accountId: endUsers.accountId,
        accountName: endUsers.accountName,
        tags: endUsers.tags,
      },
    })
    .from(grants)
    .innerJoin(xeroApps, eq(xeroApps.id, grants.appId))
    .leftJoin(endUsers, eq(endUsers.id, grants.endUserId));
}
export type GrantRow = Awaited<ReturnType<typeof grantsByIds>>[number];

function conditions(f: GrantFilters): SQL | undefined {
  return and(
    f.app ? eq(grants.appId, f.app) : undefined,
    f.status ? eq(grants.status, f.status) : undefined,
    f.source ? eq(grants.source, f.source) : undefined,
    f.endUser ? eq(grants.endUserId, f.endUser) : undefined,
    f.environment ? eq(xeroApps.environment, f.environment) : undefined,
  );
}

/** REST API: grants after the cursor, by id (the primary key orders them; filters use the app, status and end-user indexes). */
export async function listGrantsAfter(f: GrantFilters, cursor: string | undefined, limit: number) {
  await requirePermission("connections:read");
  const key = [sql`${grants.id}`];
  const rows = await selectGrants()
    .where(and(conditions(f), afterCursor(key, cursor)))
    .orderBy(...orderByKey(key))
    .limit(limit + 1);
  return pageFrom(rows, limit, (r) => [r.id]);
}

export async function getGrant(id: string) {
  await requirePermission("connections:read");
  const [row] = await selectGrants().where(eq(grants.id, id)).limit(1);
  if (!row) throw notFound("That grant");
  return row;
}

/** Grants by id, for callers that already checked the reader's permission. */
export async function grantsByIds(ids: string[]) {
  if (ids.length === 0) return [];
  return await selectGrants().where(inArray(grants.id, ids)).orderBy(xeroApps.name, grants.email);
}

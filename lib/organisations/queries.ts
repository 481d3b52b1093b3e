import "server-only";
import { and, count, countDistinct, eq, exists, gt, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { z } from "zod";
import { getDb } from "@/db/index";
import { firstRow } from "@/db/query";
import { connectionCounts, connections, endUsers, grants, organisations, organisationSlotCounts, xeroApps } from "@/db/schema";
import { requirePermission } from "@/lib/auth/session";
import { organisationsUsingBothSlots, takesUncertifiedSlot } from "@/lib/limits/sql";
import { ORG_UNCERTIFIED_CAP } from "@/lib/limits/plans";
import type { Environment } from "@/lib/apps/environments";
import { notFound } from "@/lib/errors";
import { afterCursor, pageFrom } from "@/lib/pagination/keyset";
import { endUserColumns, type EndUserRef } from "@/lib/end-users/columns";
import { searchRefs } from "@/lib/search/terms";
import { SEARCH_CAP } from "@/lib/search/cap";

export const ORG_PAGE_SIZE = 50;

export const organisationFiltersSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  atCap: z.enum(["1"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type OrganisationFilters = z.infer<typeof organisationFiltersSchema>;

// Per-organisation counts are written over `o` and read the trigger-kept connection_counts rows (migration 0008)
// as `c`, not connections. Which organisations a page shows is decided first, over `p`, so the counts are
// worked out for that page's 50 organisations only, never for every match of a search.
const o = alias(organisations, "o");
const p = alias(organisations, "p");
const c = alias(connectionCounts, "c");

/** Only the organisations using both uncertified-app slots: a range of organisation_slot_counts' index. */
const atCapOnly = (atCap: unknown) => (atCap ? inArray(p.tenantId, organisationsUsingBothSlots()) : undefined);

/** An organisation's live connections, apps and uncertified-app slots, as subqueries correlated on `o`. */
function countsOf(inEnv?: SQL) {
  const db = getDb();
  const live = and(eq(c.tenantId, o.tenantId), ne(c.status, "disconnected"), gt(c.n, 0));
  const connectionsSum = db
    .select({ n: sql`coalesce(sum(${c.n}), 0)` })
    .from(c)
    .where(and(live, inEnv));
  const apps = db
    .select({ n: countDistinct(c.appId) })
    .from(c)
    .where(and(live, inEnv));
  // Slots from the trigger-kept organisation_slot_counts (no row: none used), one primary-key lookup.
  const slots = db.select({ n: organisationSlotCounts.uncertifiedApps }).from(organisationSlotCounts).where(eq(organisationSlotCounts.tenantId, o.tenantId));
  return {
    tenantId: o.tenantId,
    name: o.name,
    type: o.type,
    isDemo: o.isDemo,
    connections: sql<number>`(${connectionsSum})`.mapWith(Number).as("connections"),
    apps: sql<number>`(${apps})`.mapWith(Number).as("apps"),
    slots: sql<number>`coalesce((${slots}), 0)`.mapWith(Number).as("slots"),
  };
}

/**
 * The organisations of one page (the ids of `p`, a subquery: in name order, the tenant id breaking ties so no
 * organisation is skipped or shown twice between pages) with their counts, in that order.
 */
function withCounts(page: ReturnType<typeof pageOfIds>, inEnv?: SQL) {
  return getDb().select(countsOf(inEnv)).from(o).where(inArray(o.tenantId, page)).orderBy(o.name, o.tenantId);
}

/** The tenant ids of `p` matching `where`, by name then tenant id, `limit` of them from `offset`. */
function pageOfIds(where: SQL | undefined, limit: number, offset = 0) {
  return getDb().select({ tenantId: p.tenantId }).from(p).where(where).orderBy(p.name, p.tenantId).limit(limit).offset(offset);
}

/** Name containing the text (the search index, lib/search/terms.ts) or the exact tenant id (primary key). */
const nameOrTenant = (q: string) => or(inArray(p.tenantId, searchRefs(["organisation"], q)), eq(p.tenantId, q.toLowerCase()));

/**
 * The tenant ids of the organisations a search finds (nameOrTenant), at most `limit`, in the order found. By name
 * from search_terms alone (its ref is the tenant id): looking every match up in organisations to test the OR
 * with the tenant id is what made a broad search slow (16,667 random lookups for "Harbour" at 200,000
 * organisations), so the tenant id is its own query. At the cap: few organisations are, so those are
 * tested against the search instead (organisation_slot_counts' index).
 */
async function searchedIds(q: string, atCap: unknown, limit: number): Promise<string[]> {
  const db = getDb();
  if (atCap)
    return (
      await db
        .select({ tenantId: p.tenantId })
        .from(p)
        .where(and(atCapOnly(atCap), nameOrTenant(q)))
        .limit(limit)
    ).map((r) => r.tenantId);
  const byName = searchRefs(["organisation"], q).as("m");
  const named = await db.select({ tenantId: byName.ref }).from(byName).limit(limit);
  const byTenant = await firstRow(db.select({ tenantId: p.tenantId }).from(p).where(eq(p.tenantId, q.toLowerCase())).limit(1));
  return [...new Set([...(byTenant ? [byTenant.tenantId] : []), ...named.map((r) => r.tenantId)])].slice(0, limit);
}

/**
 * Organisations with their connection counts and uncertified-app slots, a page of ORG_PAGE_SIZE in name order.
 * A search lists its first SEARCH_CAP matches found (all of them when there are no more), by name: `capped`
 * says more matched, and the page asks for a narrower search, as /connections does.
 */
export async function listOrganisations(f: OrganisationFilters) {
  await requirePermission("organisations:read");
  const page = f.page ?? 1;
  const offset = (page - 1) * ORG_PAGE_SIZE;
  const found = f.q ? await searchedIds(f.q, f.atCap, SEARCH_CAP + 1) : undefined;
  const capped = found !== undefined && found.length > SEARCH_CAP;
  const where = found ? inArray(p.tenantId, found.slice(0, SEARCH_CAP)) : atCapOnly(f.atCap);
  const total = found ? Math.min(found.length, SEARCH_CAP) : ((await firstRow(getDb().select({ n: count() }).from(p).where(where).limit(1)))?.n ?? 0);
  const rows = offset >= total ? [] : await withCounts(pageOfIds(where, ORG_PAGE_SIZE, offset));
  return { rows, total, capped, page, pageSize: ORG_PAGE_SIZE };
}

type OrgListFilters = { q?: string; atCap?: boolean; environment?: Environment };

/**
 * REST API: organisations after the cursor, by name then tenant id (orgs_name_idx). A key for one
 * environment sees the organisations connected to that environment's apps, with counts from those apps
 * only, except the uncertified-slot count: Xero's 2-app cap spans every environment, it is a fact about the organisation.
 * Every match of a search, in order (no cap): the page is chosen first and only its organisations counted.
 */
export async function listOrganisationsAfter(f: OrgListFilters, cursor: string | undefined, limit: number) {
  await requirePermission("organisations:read");
  const db = getDb();
  const envApps = f.environment ? db.select({ id: xeroApps.id }).from(xeroApps).where(eq(xeroApps.environment, f.environment)) : undefined;
  const envFilter = envApps
    ? exists(
        db
          .select({ one: sql`1` })
          .from(connections)
          .where(and(eq(connections.tenantId, p.tenantId), inArray(connections.appId, envApps))),
      )
    : undefined;
  const after = afterCursor([sql`${p.name}`, sql`${p.tenantId}`], cursor);
  const rows = await withCounts(pageOfIds(and(f.q ? nameOrTenant(f.q) : undefined, envFilter, after, atCapOnly(f.atCap)), limit + 1), envApps ? inArray(c.appId, envApps) : undefined);
  return pageFrom(rows, limit, (r) => [r.name, r.tenantId]);
}

export type OrganisationApp = {
  appId: string;
  appName: string;
  environment: Environment;
  plan: string;
  certified: boolean;
  takesSlot: boolean;
  users: Array<{
    connectionId: string;
    name: string;
    email: string;
    status: string;
    grantStatus: string;
    refreshObtainedAt: Date | null;
    observed: boolean;
    endUser: EndUserRef | null;
    xeroCreatedAt: Date | null;
  }>;
};

/** One organisation: every registered app connected to it, across environments, and through whom. */
export async function getOrganisation(tenantId: string, environment?: Environment) {
  await requirePermission("organisations:read");
  const db = getDb();
  const org = await firstRow(
    db
      .select({ tenantId: organisations.tenantId, name: organisations.name, type: organisations.type, isDemo: organisations.isDemo })
      .from(organisations)
      .where(eq(organisations.tenantId, tenantId))
      .limit(1),
  );
  if (!org) throw notFound("That organisation");
  const rows = await db
    .select({
      appId: xeroApps.id,
      appName: xeroApps.name,
      environment: xeroApps.environment,
      plan: xeroApps.plan,
      certified: xeroApps.certified,
      takesSlot: sql<boolean>`${takesUncertifiedSlot(xeroApps)}`.mapWith(Boolean),
      connectionId: connections.id,
      name: grants.name,
      email: grants.email,
      status: sql<string>`case when ${connections.disconnectIntentId} is not null and ${connections.status} != 'disconnected' then 'disconnecting' else ${connections.status} end`,
      source: grants.source,
      grantStatus: grants.status,
      refreshObtainedAt: grants.refreshObtainedAt,
      xeroCreatedAt: connections.xeroCreatedAt,
      endUser: endUserColumns,
    })
    .from(connections)
    .innerJoin(xeroApps, eq(xeroApps.id, connections.appId))
    .innerJoin(grants, eq(grants.id, connections.grantId))
    .leftJoin(endUsers, eq(endUsers.id, sql`coalesce(${connections.endUserId}, ${grants.endUserId})`))
    .where(and(eq(connections.tenantId, tenantId), environment ? eq(xeroApps.environment, environment) : undefined))
    .orderBy(xeroApps.environment, xeroApps.name, grants.email);
  if (environment && rows.length === 0) throw notFound("That organisation");
  const apps = new Map<string, OrganisationApp>();
  for (const r of rows) {
    const app = apps.get(r.appId) ?? { appId: r.appId, appName: r.appName, environment: r.environment, plan: r.plan, certified: r.certified, takesSlot: r.takesSlot, users: [] };
    app.users.push({
      connectionId: r.connectionId,
      name: r.name,
      email: r.email,
      status: r.status,
      grantStatus: r.grantStatus,
      refreshObtainedAt: r.refreshObtainedAt,
      observed: r.source === "observed",
      endUser: r.endUser,
      xeroCreatedAt: r.xeroCreatedAt,
    });
    apps.set(r.appId, app);
  }
  const list = [...apps.values()];
  // Counted over every environment even when the list is limited to one: Xero's cap is the organisation's.
  const slotsUsed =
    (
      await firstRow(
        db
          .select({ n: countDistinct(connections.appId) })
          .from(connections)
          .innerJoin(xeroApps, eq(xeroApps.id, connections.appId))
          .where(and(eq(connections.tenantId, tenantId), ne(connections.status, "disconnected"), takesUncertifiedSlot(xeroApps)))
          .limit(1),
      )
    )?.n ?? 0;
  return { ...org, apps: list, slotsUsed, slotCap: ORG_UNCERTIFIED_CAP };
}

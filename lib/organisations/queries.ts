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

export const ORG_PAGE_SIZE = 50;

export const organisationFiltersSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  atCap: z.enum(["1"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type OrganisationFilters = z.infer<typeof organisationFiltersSchema>;

// Searches and counts are written over `o`; per-organisation counts read the trigger-kept connection_counts
// rows (migration 0008) as `c`, not connections.
const o = alias(organisations, "o");
const c = alias(connectionCounts, "c");

/** Name containing the text (the search index, lib/search/terms.ts) or the exact tenant id (primary key). */
const nameOrTenant = (q: string | undefined) => (q ? or(inArray(o.tenantId, searchRefs(["organisation"], q)), eq(o.tenantId, q.toLowerCase())) : undefined);

/** Only the organisations using both uncertified-app slots: a range of organisation_slot_counts' index. */
const atCapOnly = (atCap: unknown) => (atCap ? inArray(o.tenantId, organisationsUsingBothSlots()) : undefined);

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

/** Organisations with their connection counts and uncertified-app slots used, paginated in SQL. */
export async function listOrganisations(f: OrganisationFilters) {
  await requirePermission("organisations:read");
  const page = f.page ?? 1;
  const base = getDb()
    .select(countsOf())
    .from(o)
    .where(and(nameOrTenant(f.q), atCapOnly(f.atCap)))
    .as("orgs");
  const rows = await getDb()
    .select()
    .from(base)
    .orderBy(base.name)
    .limit(ORG_PAGE_SIZE)
    .offset((page - 1) * ORG_PAGE_SIZE);
  const total = (await firstRow(getDb().select({ n: count() }).from(base).limit(1)))?.n ?? 0;
  return { rows, total, page, pageSize: ORG_PAGE_SIZE };
}

type OrgListFilters = { q?: string; atCap?: boolean; environment?: Environment };

/**
 * REST API: organisations after the cursor, by name then tenant id (orgs_name_idx). A key for one
 * environment sees the organisations connected to that environment's apps, with counts from those apps
 * only, except the uncertified-slot count: Xero's 2-app cap spans every environment, it is a fact about the organisation.
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
          .where(and(eq(connections.tenantId, o.tenantId), inArray(connections.appId, envApps))),
      )
    : undefined;
  const after = afterCursor([sql`${o.name}`, sql`${o.tenantId}`], cursor);
  const base = db
    .select(countsOf(envApps ? inArray(c.appId, envApps) : undefined))
    .from(o)
    .where(and(nameOrTenant(f.q), envFilter, after, atCapOnly(f.atCap)))
    .as("orgs");
  const rows = await db
    .select()
    .from(base)
    .orderBy(base.name, base.tenantId)
    .limit(limit + 1);
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

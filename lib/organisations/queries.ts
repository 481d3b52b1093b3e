import "server-only";
import { and, asc, count, eq, gte, inArray, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/index";
import { organisations } from "@/db/schema";
import { requirePermission } from "@/lib/auth/session";
import { appTakesUncertifiedSlot } from "@/lib/limits/sql";
import { ORG_UNCERTIFIED_CAP } from "@/lib/limits/plans";
import type { Environment } from "@/lib/apps/schemas";
import { notFound } from "@/lib/errors";
import { afterCursor, pageFrom } from "@/lib/pagination/keyset";
import { searchRefs } from "@/lib/search/terms";
import { endUserColumnsOf, endUserFrom, type EndUserCols, type EndUserRef } from "@/lib/end-users/columns";

export const ORG_PAGE_SIZE = 50;

export const organisationFiltersSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  atCap: z.enum(["1"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type OrganisationFilters = z.infer<typeof organisationFiltersSchema>;

const liveConnection = sql.raw(`c.status != 'disconnected'`);
// Per-organisation counts read the trigger-kept connection_counts rows (migration 0008), not connections.
const liveCounted = sql.raw(`c.status != 'disconnected' and c.n > 0`);
// Raw: correlated subqueries over the summary with the a-aliased app condition (lib/limits/sql.ts), which
// drizzle's builder cannot correlate to the outer organisation. The outer row is spelled out because
// drizzle writes a column without its table in a single-table select, and "tenant_id" would then mean c's.
const outerTenant = sql.raw(`"organisations"."tenant_id"`);
const orgCounts = (inEnv: SQL) => ({
  connections: sql<number>`(select coalesce(sum(c.n), 0) from connection_counts c where c.tenant_id = ${outerTenant} and ${liveCounted} ${inEnv})`.mapWith(Number).as("connections"),
  apps: sql<number>`(select count(distinct c.app_id) from connection_counts c where c.tenant_id = ${outerTenant} and ${liveCounted} ${inEnv})`.mapWith(Number).as("apps"),
  // Every environment, even for a key limited to one: Xero's 2-app cap is a fact about the organisation.
  slots: sql<number>`(select count(distinct c.app_id) from connection_counts c join xero_apps a on a.id = c.app_id
    where c.tenant_id = ${outerTenant} and ${liveCounted} and ${appTakesUncertifiedSlot})`.mapWith(Number).as("slots"),
});

/** Name containing the text (the search index, lib/search/terms.ts) or the exact tenant id (primary key). */
const nameOrTenant = (q: string | undefined) => (q ? or(inArray(organisations.tenantId, searchRefs(["organisation"], q)), eq(organisations.tenantId, q.toLowerCase())) : undefined);

function organisationsWithCounts(where: SQL | undefined, inEnv: SQL = sql``) {
  return getDb()
    .select({ tenantId: organisations.tenantId, name: organisations.name, type: organisations.type, isDemo: organisations.isDemo, ...orgCounts(inEnv) })
    .from(organisations)
    .where(where)
    .as("orgs");
}

/** Organisations with their connection counts and uncertified-app slots used, paginated in SQL. */
export async function listOrganisations(f: OrganisationFilters) {
  await requirePermission("organisations:read");
  const page = f.page ?? 1;
  const orgs = organisationsWithCounts(nameOrTenant(f.q));
  const atCap = f.atCap ? gte(orgs.slots, ORG_UNCERTIFIED_CAP) : undefined;
  const rows = getDb()
    .select()
    .from(orgs)
    .where(atCap)
    .orderBy(asc(orgs.name))
    .limit(ORG_PAGE_SIZE)
    .offset((page - 1) * ORG_PAGE_SIZE)
    .all();
  const total = getDb().select({ n: count() }).from(orgs).where(atCap).get()?.n ?? 0;
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
  const inEnv = f.environment ? sql`and c.app_id in (select id from xero_apps where environment = ${f.environment})` : sql``;
  const inEnvironment = f.environment ? sql`exists (select 1 from connections c where c.tenant_id = ${outerTenant} ${inEnv})` : undefined;
  const after = afterCursor([sql`${organisations.name}`, sql`${organisations.tenantId}`], cursor);
  const orgs = organisationsWithCounts(and(nameOrTenant(f.q), inEnvironment, after), inEnv);
  const rows = getDb()
    .select()
    .from(orgs)
    .where(f.atCap ? gte(orgs.slots, ORG_UNCERTIFIED_CAP) : undefined)
    .orderBy(asc(orgs.name), asc(orgs.tenantId))
    .limit(limit + 1)
    .all();
  return pageFrom(rows, limit, (r) => [r.name, r.tenantId]);
}

export type OrganisationApp = {
  appId: string;
  appName: string;
  environment: Environment;
  plan: string;
  certified: boolean;
  takesSlot: boolean;
  users: Array<{ connectionId: string; name: string; email: string; status: string; observed: boolean; endUser: EndUserRef | null }>;
};

/** One organisation: every registered app connected to it, across environments, and through whom. */
export async function getOrganisation(tenantId: string, environment?: Environment) {
  await requirePermission("organisations:read");
  const db = getDb();
  const org = db.select({ tenantId: organisations.tenantId, name: organisations.name, type: organisations.type, isDemo: organisations.isDemo }).from(organisations).where(eq(organisations.tenantId, tenantId)).get();
  if (!org) throw notFound("That organisation");
  // Raw: the app's slot condition (lib/limits/sql.ts) and the customer's columns (lib/end-users/columns.ts)
  // are shared SQL over the a and e aliases, which these two reads keep.
  type Row = { appId: string; appName: string; environment: Environment; plan: string; certified: number; takesSlot: number; connectionId: string; name: string; email: string; status: string; source: string };
  const rows = db.all<Row & EndUserCols>(sql`
    select a.id as appId, a.name as appName, a.environment, a.plan, a.certified, ${appTakesUncertifiedSlot} as takesSlot,
      c.id as connectionId, g.name, g.email, case when c.disconnect_intent_id is not null and c.status != 'disconnected' then 'disconnecting' else c.status end as status, g.source,
      ${endUserColumnsOf("e")}
    from connections c join xero_apps a on a.id = c.app_id join grants g on g.id = c.grant_id
      left join end_users e on e.id = coalesce(c.end_user_id, g.end_user_id)
    where c.tenant_id = ${tenantId} ${environment ? sql`and a.environment = ${environment}` : sql``}
    order by a.environment, a.name, g.email`);
  if (environment && rows.length === 0) throw notFound("That organisation");
  const apps = new Map<string, OrganisationApp>();
  for (const r of rows) {
    const app = apps.get(r.appId) ?? { appId: r.appId, appName: r.appName, environment: r.environment, plan: r.plan, certified: r.certified === 1, takesSlot: r.takesSlot === 1, users: [] };
    app.users.push({ connectionId: r.connectionId, name: r.name, email: r.email, status: r.status, observed: r.source === "observed", endUser: endUserFrom(r) });
    apps.set(r.appId, app);
  }
  const list = [...apps.values()];
  // Counted over every environment even when the list is limited to one: Xero's cap is the organisation's.
  const slotsUsed =
    db.get<{ n: number }>(sql`select count(distinct c.app_id) as n from connections c join xero_apps a on a.id = c.app_id where c.tenant_id = ${tenantId} and ${liveConnection} and ${appTakesUncertifiedSlot}`)?.n ?? 0;
  return { ...org, apps: list, slotsUsed, slotCap: ORG_UNCERTIFIED_CAP };
}

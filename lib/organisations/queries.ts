import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/index";
import { requirePermission } from "@/lib/auth/session";
import { appTakesUncertifiedSlot } from "@/lib/limits/sql";
import { ORG_UNCERTIFIED_CAP } from "@/lib/limits/plans";
import type { Environment } from "@/lib/apps/schemas";
import { notFound } from "@/lib/errors";
import { afterCursor, pageFrom } from "@/lib/pagination/keyset";
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

/** Organisations with their connection counts and uncertified-app slots used, paginated in SQL. */
export async function listOrganisations(f: OrganisationFilters) {
  await requirePermission("organisations:read");
  const page = f.page ?? 1;
  const nameFilter = f.q ? sql`and (o.name like ${`%${f.q}%`} or o.tenant_id = ${f.q.toLowerCase()})` : sql``;
  const capFilter = f.atCap ? sql`and slots >= ${ORG_UNCERTIFIED_CAP}` : sql``;
  const base = sql`
    select o.tenant_id as tenantId, o.name as name, o.type as type, o.is_demo as isDemo,
      (select coalesce(sum(c.n), 0) from connection_counts c where c.tenant_id = o.tenant_id and ${liveCounted}) as connections,
      (select count(distinct c.app_id) from connection_counts c where c.tenant_id = o.tenant_id and ${liveCounted}) as apps,
      (select count(distinct c.app_id) from connection_counts c join xero_apps a on a.id = c.app_id
        where c.tenant_id = o.tenant_id and ${liveCounted} and ${appTakesUncertifiedSlot}) as slots
    from organisations o where 1 = 1 ${nameFilter}`;
  const rows = getDb().all<{ tenantId: string; name: string; type: string; isDemo: number; connections: number; apps: number; slots: number }>(
    sql`select * from (${base}) where 1 = 1 ${capFilter} order by name limit ${ORG_PAGE_SIZE} offset ${(page - 1) * ORG_PAGE_SIZE}`,
  );
  const total = getDb().get<{ n: number }>(sql`select count(*) as n from (${base}) where 1 = 1 ${capFilter}`)?.n ?? 0;
  return { rows: rows.map((r) => ({ ...r, isDemo: r.isDemo === 1 })), total, page, pageSize: ORG_PAGE_SIZE };
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
  const nameFilter = f.q ? sql`and (o.name like ${`%${f.q}%`} or o.tenant_id = ${f.q.toLowerCase()})` : sql``;
  const envFilter = f.environment ? sql`and exists (select 1 from connections c where c.tenant_id = o.tenant_id ${inEnv})` : sql``;
  const capFilter = f.atCap ? sql`and slots >= ${ORG_UNCERTIFIED_CAP}` : sql``;
  const after = afterCursor([sql`o.name`, sql`o.tenant_id`], cursor);
  const rows = getDb().all<{ tenantId: string; name: string; type: string; isDemo: number; connections: number; apps: number; slots: number }>(sql`
    select * from (
      select o.tenant_id as tenantId, o.name as name, o.type as type, o.is_demo as isDemo,
        (select coalesce(sum(c.n), 0) from connection_counts c where c.tenant_id = o.tenant_id and ${liveCounted} ${inEnv}) as connections,
        (select count(distinct c.app_id) from connection_counts c where c.tenant_id = o.tenant_id and ${liveCounted} ${inEnv}) as apps,
        (select count(distinct c.app_id) from connection_counts c join xero_apps a on a.id = c.app_id
          where c.tenant_id = o.tenant_id and ${liveCounted} and ${appTakesUncertifiedSlot}) as slots
      from organisations o where 1 = 1 ${nameFilter} ${envFilter} ${after ? sql`and ${after}` : sql``}
    ) where 1 = 1 ${capFilter} order by name, tenantId limit ${limit + 1}`);
  return pageFrom(rows.map((r) => ({ ...r, isDemo: r.isDemo === 1 })), limit, (r) => [r.name, r.tenantId]);
}

export type OrganisationApp = {
  appId: string;
  appName: string;
  environment: Environment;
  plan: string;
  certified: boolean;
  takesSlot: boolean;
  users: Array<{ connectionId: string; name: string; email: string; status: string; observed: boolean; endUser: EndUserRef | null; xeroCreatedAt: Date | null }>;
};

/** One organisation: every registered app connected to it, across environments, and through whom. */
export async function getOrganisation(tenantId: string, environment?: Environment) {
  await requirePermission("organisations:read");
  const db = getDb();
  const org = db.get<{ tenantId: string; name: string; type: string; isDemo: number }>(
    sql`select tenant_id as tenantId, name, type, is_demo as isDemo from organisations where tenant_id = ${tenantId}`,
  );
  if (!org) throw notFound("That organisation");
  type Row = { appId: string; appName: string; environment: Environment; plan: string; certified: number; takesSlot: number; connectionId: string; name: string; email: string; status: string; source: string; xeroCreatedAt: number | null };
  const rows = db.all<Row & EndUserCols>(sql`
    select a.id as appId, a.name as appName, a.environment, a.plan, a.certified, ${appTakesUncertifiedSlot} as takesSlot,
      c.id as connectionId, g.name, g.email, case when c.disconnect_intent_id is not null and c.status != 'disconnected' then 'disconnecting' else c.status end as status, g.source,
      c.xero_created_at as xeroCreatedAt, ${endUserColumnsOf("e")}
    from connections c join xero_apps a on a.id = c.app_id join grants g on g.id = c.grant_id
      left join end_users e on e.id = coalesce(c.end_user_id, g.end_user_id)
    where c.tenant_id = ${tenantId} ${environment ? sql`and a.environment = ${environment}` : sql``}
    order by a.environment, a.name, g.email`);
  if (environment && rows.length === 0) throw notFound("That organisation");
  const apps = new Map<string, OrganisationApp>();
  for (const r of rows) {
    const app = apps.get(r.appId) ?? { appId: r.appId, appName: r.appName, environment: r.environment, plan: r.plan, certified: r.certified === 1, takesSlot: r.takesSlot === 1, users: [] };
    app.users.push({ connectionId: r.connectionId, name: r.name, email: r.email, status: r.status, observed: r.source === "observed", endUser: endUserFrom(r), xeroCreatedAt: r.xeroCreatedAt === null ? null : new Date(r.xeroCreatedAt) });
    apps.set(r.appId, app);
  }
  const list = [...apps.values()];
  // Counted over every environment even when the list is limited to one: Xero's cap is the organisation's.
  const slotsUsed =
    db.get<{ n: number }>(sql`select count(distinct c.app_id) as n from connections c join xero_apps a on a.id = c.app_id where c.tenant_id = ${tenantId} and ${liveConnection} and ${appTakesUncertifiedSlot}`)?.n ?? 0;
  return { ...org, isDemo: org.isDemo === 1, apps: list, slotsUsed, slotCap: ORG_UNCERTIFIED_CAP };
}

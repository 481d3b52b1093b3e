import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/index";
import { requirePermission } from "@/lib/auth/session";
import { listApps } from "@/lib/apps/queries";
import { appTakesUncertifiedSlot } from "@/lib/limits/sql";
import { ORG_UNCERTIFIED_CAP } from "@/lib/limits/plans";

export const OVERVIEW_ORG_LIMIT = 20;

type SlotRow = { tenantId: string; tenantName: string; appId: string; appName: string; environment: string; userName: string; userEmail: string };
export type OrganisationAtCap = { tenantId: string; tenantName: string; apps: Array<{ appId: string; appName: string; environment: string; users: string[] }> };

/** Organisations whose two uncertified-app slots are both taken, with the apps and who connected each. */
function organisationsAtCap(): { rows: OrganisationAtCap[]; total: number } {
  const db = getDb();
  // Read the trigger-kept connection_counts (one row per app, organisation, demo flag and status), not connections.
  const atCap = sql`
    select c.tenant_id from connection_counts c
    where c.status != 'disconnected' and c.n > 0 and c.app_id in (select a.id from xero_apps a where ${appTakesUncertifiedSlot})
    group by c.tenant_id having count(distinct c.app_id) >= ${ORG_UNCERTIFIED_CAP}`;
  const total = db.get<{ n: number }>(sql`select count(*) as n from (${atCap})`)?.n ?? 0;
  const rows = db.all<SlotRow>(sql`
    select c.tenant_id as tenantId, c.tenant_name as tenantName, a.id as appId, a.name as appName, a.environment,
      g.name as userName, g.email as userEmail
    from connections c join xero_apps a on a.id = c.app_id join grants g on g.id = c.grant_id
    where c.status != 'disconnected' and ${appTakesUncertifiedSlot}
      and c.tenant_id in (select tenant_id from (${atCap}) limit ${OVERVIEW_ORG_LIMIT})
    order by c.tenant_name, a.name, g.email`);
  const orgs = new Map<string, OrganisationAtCap>();
  for (const r of rows) {
    const org = orgs.get(r.tenantId) ?? { tenantId: r.tenantId, tenantName: r.tenantName, apps: [] };
    let app = org.apps.find((a) => a.appId === r.appId);
    if (!app) org.apps.push((app = { appId: r.appId, appName: r.appName, environment: r.environment, users: [] }));
    const who = `${r.userName} (${r.userEmail})`;
    if (!app.users.includes(who)) app.users.push(who);
    orgs.set(r.tenantId, org);
  }
  return { rows: [...orgs.values()], total };
}

function healthCounts() {
  return (
    getDb().get<{ stale: number; broken: number; active: number }>(sql`
      select
        (select coalesce(sum(n), 0) from connection_counts where status = 'stale') as stale,
        (select count(*) from connections c where c.status != 'disconnected' and c.grant_id in (select id from grants where status != 'active')) as broken,
        (select coalesce(sum(n), 0) from connection_counts where status = 'active') as active`) ?? { stale: 0, broken: 0, active: 0 }
  );
}

export async function getOverview() {
  await requirePermission("overview:read");
  const apps = await listApps();
  return { apps, organisationsAtCap: organisationsAtCap(), health: healthCounts() };
}

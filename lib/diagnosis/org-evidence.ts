import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/index";
import { appTakesUncertifiedSlot } from "@/lib/limits/sql";
import { ORG_UNCERTIFIED_CAP } from "@/lib/limits/plans";
import { endUserColumnsOf, endUserFrom, withoutEndUserCols, type EndUserCols, type EndUserRef } from "@/lib/end-users/columns";

// Evidence about one organisation and one authorising user for Diagnose. No role check here: only
// gatherEvidence (evidence.ts) calls these, after checking diagnose:use.

export type OrgMatch = { tenantId: string; name: string; type: string };
export type OrgUser = { connectionId: string; name: string; email: string; status: string; staleReasons: string[]; endUser: EndUserRef | null };
export type OrgApp = { appId: string; name: string; environment: string; plan: string; users: OrgUser[] };
export type OrgEvidence = { org: OrgMatch; uncertifiedApps: OrgApp[]; otherApps: number; slotsUsed: number; slotCap: number };

/** By tenant id, else by exact name (ignoring case), else by a unique partial name. */
export function findOrganisation(query: string): OrgMatch | null {
  const db = getDb();
  const cols = sql`select tenant_id as tenantId, name, type from organisations`;
  const byId = db.get<OrgMatch>(sql`${cols} where tenant_id = ${query.toLowerCase()}`);
  if (byId) return byId;
  const exact = db.all<OrgMatch>(sql`${cols} where name = ${query} collate nocase limit 2`);
  const found = exact.length > 0 ? exact : db.all<OrgMatch>(sql`${cols} where name like ${`%${query}%`} limit 2`);
  return found.length === 1 ? found[0]! : null;
}

type Row = EndUserCols & { appId: string; appName: string; environment: string; plan: string; takesSlot: number; connectionId: string; name: string; email: string; status: string; staleReasons: string };

export function organisationEvidence(org: OrgMatch): OrgEvidence {
  const rows = getDb().all<Row>(sql`
    select a.id as appId, a.name as appName, a.environment, a.plan, ${appTakesUncertifiedSlot} as takesSlot,
      c.id as connectionId, g.name, g.email, c.status, c.stale_reasons as staleReasons, ${endUserColumnsOf("e")}
    from connections c join xero_apps a on a.id = c.app_id join grants g on g.id = c.grant_id
      left join end_users e on e.id = coalesce(c.end_user_id, g.end_user_id)
    where c.tenant_id = ${org.tenantId} and c.status != 'disconnected'
    order by a.environment, a.name, g.email`);
  const apps = new Map<string, OrgApp>();
  const others = new Set<string>();
  for (const r of rows) {
    if (!r.takesSlot) {
      others.add(r.appId);
      continue;
    }
    const app = apps.get(r.appId) ?? { appId: r.appId, name: r.appName, environment: r.environment, plan: r.plan, users: [] };
    app.users.push({ connectionId: r.connectionId, name: r.name, email: r.email, status: r.status, staleReasons: JSON.parse(r.staleReasons) as string[], endUser: endUserFrom(r) });
    apps.set(r.appId, app);
  }
  const uncertifiedApps = [...apps.values()];
  return { org, uncertifiedApps, otherApps: others.size, slotsUsed: uncertifiedApps.length, slotCap: ORG_UNCERTIFIED_CAP };
}

/** Organisations with both uncertified slots taken: the candidates when no organisation was named. */
export function organisationsAtCap(limit = 10): OrgMatch[] {
  return getDb().all<OrgMatch>(sql`
    select o.tenant_id as tenantId, o.name, o.type from organisations o
    where o.tenant_id in (
      select c.tenant_id from connections c join xero_apps a on a.id = c.app_id
      where c.status != 'disconnected' and ${appTakesUncertifiedSlot}
      group by c.tenant_id having count(distinct c.app_id) >= ${ORG_UNCERTIFIED_CAP})
    order by o.name limit ${limit}`);
}

export type UserGrant = { grantId: string; appId: string; appName: string; environment: string; status: string; lastRefreshOkAt: number | null; lastFailureReason: string | null; live: number; stale: number; endUser: EndUserRef | null };

/** Every grant of one Xero user (by email) across apps, with its connection counts. */
export function userEvidence(email: string): UserGrant[] {
  const rows = getDb().all<Omit<UserGrant, "endUser"> & EndUserCols>(sql`
    select ${endUserColumnsOf("e")}, g.id as grantId, a.id as appId, a.name as appName, a.environment, g.status, g.last_refresh_ok_at as lastRefreshOkAt,
      g.last_failure_reason as lastFailureReason,
      (select count(*) from connections c where c.grant_id = g.id and c.status != 'disconnected') as live,
      (select count(*) from connections c where c.grant_id = g.id and c.status = 'stale') as stale
    from grants g join xero_apps a on a.id = g.app_id left join end_users e on e.id = g.end_user_id
    where g.email = ${email.trim().toLowerCase()}
    order by a.environment, a.name`);
  return rows.map((r) => ({ ...withoutEndUserCols(r), endUser: endUserFrom(r) }));
}

import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/index";
import { requirePermission } from "@/lib/auth/session";
import type { Environment } from "@/lib/apps/schemas";
import type { GrantSource, GrantStatus } from "@/lib/grants/kinds";
import { afterCursor, pageFrom } from "@/lib/pagination/keyset";

export const PEOPLE_PAGE_SIZE = 50;

export const peopleFiltersSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type PeopleFilters = z.infer<typeof peopleFiltersSchema>;

export type Person = {
  xeroUserId: string;
  name: string;
  email: string;
  total: number;
  apps: Array<{ appId: string; appName: string; environment: string; connections: number; grantStatus: string; refreshObtainedAt: number | null; source: string }>;
};

/** The Xero users who authorised our apps, each with their connection count per app. Two queries per page. */
export async function listPeople(f: PeopleFilters) {
  await requirePermission("people:read");
  const db = getDb();
  const page = f.page ?? 1;
  const filter = f.q ? sql`where g.email like ${`%${f.q.toLowerCase()}%`} or g.name like ${`%${f.q}%`}` : sql``;
  const people = db.all<{ xeroUserId: string; name: string; email: string }>(sql`
    select g.xero_user_id as xeroUserId, max(g.name) as name, max(g.email) as email
    from grants g ${filter} group by g.xero_user_id order by max(g.email)
    limit ${PEOPLE_PAGE_SIZE} offset ${(page - 1) * PEOPLE_PAGE_SIZE}`);
  const total = db.get<{ n: number }>(sql`select count(distinct g.xero_user_id) as n from grants g ${filter}`)?.n ?? 0;
  if (people.length === 0) return { rows: [] as Person[], total, page, pageSize: PEOPLE_PAGE_SIZE };
  const ids = sql.join(people.map((p) => sql`${p.xeroUserId}`), sql`, `);
  const counts = db.all<{ xeroUserId: string; appId: string; appName: string; environment: string; grantStatus: string; refreshObtainedAt: number | null; source: string; connections: number }>(sql`
    select g.xero_user_id as xeroUserId, a.id as appId, a.name as appName, a.environment, g.status as grantStatus, g.refresh_obtained_at as refreshObtainedAt, g.source,
      (select count(*) from connections c where c.grant_id = g.id and c.status != 'disconnected') as connections
    from grants g join xero_apps a on a.id = g.app_id
    where g.xero_user_id in (${ids}) order by a.name`);
  const rows = people.map((p): Person => {
    const apps = counts.filter((c) => c.xeroUserId === p.xeroUserId).map(({ xeroUserId: _x, ...rest }) => rest);
    return { ...p, apps, total: apps.reduce((n, a) => n + a.connections, 0) };
  });
  return { rows, total, page, pageSize: PEOPLE_PAGE_SIZE };
}

export type XeroUserGrant = { grantId: string; appId: string; appName: string; environment: Environment; grantStatus: GrantStatus; source: GrantSource; connections: number; endUserId: string | null; endUserExternalId: string | null };

/**
 * REST API: Xero users after the cursor, by Xero user id (grants_user_idx gives the groups in order, so a
 * page reads only its own grants). q is an email prefix. A key for one environment sees that environment's grants.
 */
export async function listXeroUsersAfter(f: { q?: string; environment?: Environment }, cursor: string | undefined, limit: number) {
  await requirePermission("people:read");
  const db = getDb();
  const inEnv = f.environment ? sql`and g.app_id in (select id from xero_apps where environment = ${f.environment})` : sql``;
  const email = f.q?.trim().toLowerCase();
  const byEmail = email ? sql`and g.email >= ${email} and g.email < ${`${email}\uffff`}` : sql``;
  const after = afterCursor([sql`g.xero_user_id`], cursor);
  const users = db.all<{ xeroUserId: string; name: string; email: string }>(sql`
    select g.xero_user_id as xeroUserId, max(g.name) as name, max(g.email) as email
    from grants g where 1 = 1 ${inEnv} ${byEmail} ${after ? sql`and ${after}` : sql``}
    group by g.xero_user_id order by g.xero_user_id limit ${limit + 1}`);
  const page = pageFrom(users, limit, (u) => [u.xeroUserId]);
  if (page.rows.length === 0) return { rows: [], nextCursor: page.nextCursor };
  const ids = sql.join(page.rows.map((p) => sql`${p.xeroUserId}`), sql`, `);
  const grantRows = db.all<XeroUserGrant & { xeroUserId: string }>(sql`
    select g.xero_user_id as xeroUserId, g.id as grantId, a.id as appId, a.name as appName, a.environment, g.status as grantStatus, g.source,
      (select count(*) from connections c where c.grant_id = g.id and c.status != 'disconnected') as connections,
      e.id as endUserId, e.external_id as endUserExternalId
    from grants g join xero_apps a on a.id = g.app_id left join end_users e on e.id = g.end_user_id
    where g.xero_user_id in (${ids}) ${inEnv} order by a.name`);
  const rows = page.rows.map((u) => {
    const grants = grantRows.filter((g) => g.xeroUserId === u.xeroUserId).map(({ xeroUserId: _x, ...rest }) => rest);
    return { ...u, grants, total: grants.reduce((n, g) => n + g.connections, 0) };
  });
  return { rows, nextCursor: page.nextCursor };
}

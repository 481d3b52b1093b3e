import { sql } from "drizzle-orm";

// The customer (end user) beside a Xero user in raw-SQL reads: the columns to select from an end_users
// alias and the object they make. Null when nothing joined (connections made in the dashboard).

export type EndUserRef = { id: string; externalId: string; email: string | null; displayName: string | null; accountId: string | null; accountName: string | null; tags: string[] };
export type EndUserCols = { euId: string | null; euExternalId: string | null; euEmail: string | null; euName: string | null; euAccountId: string | null; euAccountName: string | null; euTags: string | null };

export const endUserColumnsOf = (alias: string) =>
  sql.raw(`${alias}.id as euId, ${alias}.external_id as euExternalId, ${alias}.email as euEmail, ${alias}.display_name as euName, ${alias}.account_id as euAccountId, ${alias}.account_name as euAccountName, ${alias}.tags as euTags`);

export function endUserFrom(r: EndUserCols): EndUserRef | null {
  if (!r.euId || r.euExternalId === null) return null;
  return { id: r.euId, externalId: r.euExternalId, email: r.euEmail, displayName: r.euName, accountId: r.euAccountId, accountName: r.euAccountName, tags: r.euTags ? (JSON.parse(r.euTags) as string[]) : [] };
}

/** Without the row's end-user columns, for handing the rest on. */
export function withoutEndUserCols<T extends EndUserCols>(r: T): Omit<T, keyof EndUserCols> {
  const { euId: _a, euExternalId: _b, euEmail: _c, euName: _d, euAccountId: _e, euAccountName: _f, euTags: _g, ...rest } = r;
  return rest;
}

import "server-only";
import { sql } from "drizzle-orm";
import { databaseEngine } from "@/db/engine";
import { rawRows } from "@/db/query";
import { escapeLike } from "@/lib/pagination/like";
import type { NameCandidate } from "./name-match";

// Finds organisations, apps, Xero users and customers whose name (or email, or the product's id for the
// customer) contains the text, a few of each. Exact matches come first so chooseNameMatch sees them even
// when many records contain the text. No role check: only diagnose (evidence.ts) calls this, after its own.

const PER_KIND = 5;

export async function findByName(text: string): Promise<NameCandidate[]> {
  const q = text.trim();
  const like = `%${escapeLike(q)}%`;
  // SQLite's like ignores (ASCII) case; Postgres's ilike does the same.
  const likeOp = sql.raw(databaseEngine() === "postgres" ? "ilike" : "like");
  const contains = (col: string) => sql`${sql.raw(col)} ${likeOp} ${like} escape '\\'`;
  const exactFirst = (col: string) => sql`case when lower(${sql.raw(col)}) = lower(${q}) then 0 else 1 end`;
  // Aliases are quoted so Postgres keeps their case.
  const organisations = await rawRows<{ tenantId: string; name: string }>(sql`
    select tenant_id as "tenantId", name from organisations where ${contains("name")} order by ${exactFirst("name")}, name limit ${PER_KIND}`);
  const apps = await rawRows<{ id: string; name: string; environment: string }>(sql`
    select id, name, environment from xero_apps where ${contains("name")} order by ${exactFirst("name")}, environment, name limit ${PER_KIND}`);
  // One Xero user may hold grants for several apps: one candidate per email.
  const users = await rawRows<{ email: string; name: string }>(sql`
    select email, min(name) as name from grants where email != '' and (email = ${q.toLowerCase()} or ${contains("email")} or ${contains("name")})
    group by email order by max(case when email = ${q.toLowerCase()} or lower(name) = lower(${q}) then 1 else 0 end) desc, email limit ${PER_KIND}`);
  const customers = await rawRows<{ id: string; externalId: string; displayName: string | null; email: string | null; accountName: string | null }>(sql`
    select id, external_id as "externalId", display_name as "displayName", email, account_name as "accountName" from end_users
    where external_id = ${q} or email = ${q.toLowerCase()} or ${contains("display_name")} or ${contains("account_name")}
    order by case when external_id = ${q} or email = ${q.toLowerCase()} or lower(display_name) = lower(${q}) then 0 else 1 end, display_name limit ${PER_KIND}`);
  return [
    ...organisations.map((o) => ({ kind: "organisation" as const, ...o })),
    ...apps.map((a) => ({ kind: "app" as const, ...a })),
    ...users.map((u) => ({ kind: "xero_user" as const, ...u })),
    ...customers.map((c) => ({ kind: "customer" as const, id: c.id, externalId: c.externalId, name: c.displayName ?? c.externalId, email: c.email, accountName: c.accountName })),
  ];
}

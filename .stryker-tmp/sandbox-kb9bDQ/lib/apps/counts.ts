// @ts-nocheck
import { sql } from "drizzle-orm";

// What counts toward an app's cap (FACTS A2): its (user, organisation) connections that Xero still holds,
// leaving out demo companies unless the app says they count.
export const countedConnections = sql`(
  select count(*) from connections c
  where c.app_id = xero_apps.id and c.status != 'disconnected'
    and (c.is_demo = 0 or xero_apps.count_demo_companies = 1)
)`.mapWith(Number);

export const distinctOrganisations = sql`(
  select count(distinct c.tenant_id) from connections c
  where c.app_id = xero_apps.id and c.status != 'disconnected'
)`.mapWith(Number);

export const staleConnections = sql`(
  select count(*) from connections c where c.app_id = xero_apps.id and c.status = 'stale'
)`.mapWith(Number);

import { sql } from "drizzle-orm";

// What counts toward an app's cap (docs/xero.md#what-counts-as-a-connection): its (user, organisation)
// connections that Xero still holds, leaving out demo companies unless the app says they count.
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

/** Of the counted connections, those observed only (the team's product holds their tokens). */
export const observedConnections = sql`(
  select count(*) from connections c join grants g on g.id = c.grant_id
  where c.app_id = xero_apps.id and c.status != 'disconnected' and g.source = 'observed'
    and (c.is_demo = 0 or xero_apps.count_demo_companies = 1)
)`.mapWith(Number);

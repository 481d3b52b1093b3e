import { sql } from "drizzle-orm";

// What counts toward an app's cap (docs/xero.md#what-counts-as-a-connection): its (user, organisation)
// connections that Xero still holds, leaving out demo companies unless the app says they count.
// Read from app_connection_counts (one row per app, kept by triggers from connection_counts, migration
// app_connection_counts): a primary-key lookup per app, never a pass over connections or connection_counts. An
// app with no live connection has no row, hence the coalesces. Stay hand-written: they are fields of
// single-table selects from xero_apps, where drizzle writes an interpolated column without its table, and
// inside these subqueries an unqualified "id" resolves against the inner tables first.
export const countedConnections = sql`coalesce((
  select acc.live + case when xero_apps.count_demo_companies = 1 then acc.live_demo else 0 end
  from app_connection_counts acc where acc.app_id = xero_apps.id
), 0)`.mapWith(Number);

export const distinctOrganisations = sql`coalesce((select acc.organisations from app_connection_counts acc where acc.app_id = xero_apps.id), 0)`.mapWith(Number);

export const staleConnections = sql`coalesce((select acc.stale from app_connection_counts acc where acc.app_id = xero_apps.id), 0)`.mapWith(Number);

/**
 * Of the counted connections, those observed only (the team's product holds their tokens). Starts from the
 * app's grants (grants_app_user_uq) and reads connections of observed grants only (conn_grant_idx; comparing
 * `c.app_id || ''` rather than the column keeps the planner off the connections-by-app indexes even without
 * statistics, on both engines): starting from connections read every connection of every app on each apps list
 * (1.1 s at 100 k). Not in the summary: it follows grants' source too, and only the apps shown need it (the cap
 * arithmetic uses held + observed = countedConnections).
 */
export const observedConnections = sql`(
  select count(*) from grants g join connections c on c.grant_id = g.id
  where g.app_id = xero_apps.id and g.source = 'observed' and (c.app_id || '') = xero_apps.id and c.status != 'disconnected'
    and (c.is_demo = 0 or xero_apps.count_demo_companies = 1)
)`.mapWith(Number);

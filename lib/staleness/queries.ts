import "server-only";
import { and, asc, count, desc, eq, like, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/index";
import { firstRow } from "@/db/query";
import { connections, grants, xeroApps } from "@/db/schema";
import { requirePermission } from "@/lib/auth/session";
import { connectionColumns, selectConnectionRows, walkSortOrder, withCustomers, type ConnectionRow } from "@/lib/connections/queries";
import { explainConnections, type Explanation } from "./explain";

// The stale view's data: one page of stale (or vanished) connections, each with its reasons as plain
// sentences and the recommended action. Status and codes come from the last check (sync or refresh);
// the sentences are worked out now from the same rules, so they carry today's numbers.

export const STALE_PAGE_SIZE = 50;

export const staleFiltersSchema = z.object({
  app: z.string().uuid().optional().catch(undefined),
  view: z.enum(["stale", "vanished"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type StaleFilters = z.infer<typeof staleFiltersSchema>;

export function parseStaleFilters(params: Record<string, string | string[] | undefined>): StaleFilters {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = staleFiltersSchema.safeParse(flat);
  return parsed.success ? parsed.data : {};
}

function conditions(f: StaleFilters): SQL | undefined {
  const status = f.view === "vanished" ? and(eq(connections.status, "disconnected"), like(connections.disconnectedBy, "Xero%")) : eq(connections.status, "stale");
  return and(status, f.app ? eq(connections.appId, f.app) : undefined);
}

export async function listStaleConnections(f: StaleFilters): Promise<{ rows: ConnectionRow[]; explanations: Record<string, Explanation>; total: number; page: number; pageSize: number }> {
  await requirePermission("connections:read");
  const where = conditions(f);
  const page = f.page ?? 1;
  const offset = (page - 1) * STALE_PAGE_SIZE;
  const total = (await firstRow(getDb().select({ n: count() }).from(connections).where(where)))?.n ?? 0;
  const vanished = f.view === "vanished";
  // The vanished list reads conn_status_disconnected_idx in its order. The stale one, by app name, walks the apps
  // in name order (apps_name_idx) and each app's connections when stale ones are plentiful (walkSortOrder): left
  // to itself SQLite scans grants first and sorts every stale connection (0.4 s at 1,000,000 connections with
  // 100,000 stale). Status is hidden from its planner (unary +) so each app's connections come by app_id.
  const walk = !vanished && (await walkSortOrder(total, offset + STALE_PAGE_SIZE));
  const order = vanished ? [desc(connections.disconnectedAt), asc(connections.id)] : [asc(xeroApps.name), asc(connections.tenantName), asc(grants.email), asc(connections.id)];
  const query = walk
    ? getDb()
        .select(connectionColumns)
        .from(xeroApps)
        .crossJoin(connections)
        .crossJoin(grants)
        .where(and(eq(connections.appId, xeroApps.id), eq(grants.id, connections.grantId), sql`+(${where})`))
    : selectConnectionRows().where(where);
  const rows =
    offset >= total
      ? []
      : await withCustomers(
          await query
            .orderBy(...order)
            .limit(STALE_PAGE_SIZE)
            .offset(offset),
        );
  return { rows, explanations: await explainConnections(rows.map((r) => r.id)), total, page, pageSize: STALE_PAGE_SIZE };
}

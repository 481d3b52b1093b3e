import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { appOption } from "@/lib/apps/queries";
import { listConnections } from "@/lib/connections/queries";
import { SEARCH_CAP, filtersToParams, parseConnectionFilters } from "@/lib/connections/filters";
import { toConnectionView } from "@/lib/connections/view";
import { xeroNow } from "@/lib/clock";
import { toQueryString } from "@/lib/url";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ConnectionsTable } from "@/components/connections/connections-table";
import { ConnectionFiltersForm } from "./_components/connection-filters-form";
import { SortLinks } from "./_components/sort-links";

export const metadata: Metadata = { title: "Connections" };

export default async function ConnectionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePagePermission("connections:read");
  const filters = parseConnectionFilters(await searchParams);
  const [{ rows, total, capped, page, pageSize }, app] = await Promise.all([listConnections(filters), appOption(filters.app)]);
  const params = filtersToParams(filters);
  return (
    <>
      <PageHeader
        title="Connections"
        description="Every connection with the Xero user who authorised it. The filters, sort and page live in the URL: share the address to share the view."
        actions={
          <>
            <Link href="/connections/stale" className="rounded-md border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
              Stale connections
            </Link>
            <a
              href={`/api/connections/export${toQueryString({ ...params, page: undefined })}`}
              className="rounded-md border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
              download
            >
              Export CSV
            </a>
          </>
        }
      />
      <ConnectionFiltersForm filters={filters} app={app} />
      <SortLinks filters={filters} />
      {capped && (
        <p role="status" className="mb-2 text-sm text-muted">
          More than {SEARCH_CAP.toLocaleString()} connections match “{filters.q}”: these are the first {SEARCH_CAP.toLocaleString()} found, in the order chosen. Narrow the search (more of the name, or
          a filter) to see the rest; Export CSV has every match.
        </p>
      )}
      <ConnectionsTable rows={rows.map(toConnectionView)} nowIso={xeroNow().toISOString()} canDisconnect={can(user.role, "connections:disconnect")} caption="Connections" />
      <Pagination page={page} pageSize={pageSize} total={total} more={capped} basePath="/connections" params={params} />
    </>
  );
}

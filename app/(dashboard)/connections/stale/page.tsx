import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { appOption } from "@/lib/apps/queries";
import { listStaleConnections, parseStaleFilters } from "@/lib/staleness/queries";
import { toConnectionView } from "@/lib/connections/view";
import { xeroNow } from "@/lib/clock";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { ConnectionsTable } from "@/components/connections/connections-table";
import { StaleViewFilters } from "./_components/stale-view-filters";

export const metadata: Metadata = { title: "Stale connections" };

export default async function StaleConnectionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePagePermission("connections:read");
  const filters = parseStaleFilters(await searchParams);
  const [{ rows, explanations, total, page, pageSize }, app] = await Promise.all([listStaleConnections(filters), appOption(filters.app)]);
  const vanished = filters.view === "vanished";
  const canDisconnect = !vanished && can(user.role, "connections:disconnect");
  return (
    <>
      <PageHeader
        title="Stale connections"
        description={
          vanished
            ? "Connections Xero stopped listing: disconnected from Xero's Connected Apps screen, or the organisation is gone. They no longer count toward any cap."
            : `Connections that still count toward their app's cap but look unused or broken, with the reasons and what to do.${canDisconnect ? " Select them to see what disconnecting frees before anything is sent to Xero." : ""}`
        }
        actions={
          <Link href="/connections" className="rounded-md border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
            All connections
          </Link>
        }
      />
      <StaleViewFilters filters={filters} app={app} />
      {total === 0 ? (
        <EmptyState title={vanished ? "Nothing has vanished from Xero" : "No stale connections"}>
          {vanished
            ? "Every connection Xero stopped listing would appear here after a sync."
            : "Every connection passed the staleness checks at the last sync. Syncs run on a schedule and on demand from each app's page."}
        </EmptyState>
      ) : (
        <>
          <p className="mb-2 text-sm text-muted">
            {total.toLocaleString()} {vanished ? "vanished" : "stale"} connection{total === 1 ? "" : "s"}.
            {!vanished && " Connections whose grant needs re-authorisation cannot be disconnected from here (no working token): re-authorise them, or disconnect them in Xero."}
          </p>
          <ConnectionsTable
            rows={rows.map(toConnectionView)}
            explanations={explanations}
            nowIso={xeroNow().toISOString()}
            canDisconnect={canDisconnect}
            caption={vanished ? "Connections vanished from Xero" : "Stale connections"}
          />
          <Pagination page={page} pageSize={pageSize} total={total} basePath="/connections/stale" params={{ app: filters.app, view: filters.view }} />
        </>
      )}
    </>
  );
}

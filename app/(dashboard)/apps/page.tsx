import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { appListFiltersSchema, listAppsPage } from "@/lib/apps/queries";
import { environments } from "@/lib/apps/environments";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";
import { connectErrors, isConnectErrorCode } from "@/lib/connections/connect-errors";
import { AppCard } from "./_components/app-card";

export const metadata: Metadata = { title: "Apps" };

const envLabels = { development: "Development", staging: "Staging", production: "Production" } as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AppsPage({ searchParams }: Props) {
  const user = await requirePagePermission("apps:read");
  // A connect that cannot be tied to an app (unknown or used-up state) lands here with its reason.
  const params = await searchParams;
  const { connect_error: connectError, deleted } = params;
  const filters = appListFiltersSchema.parse(params);
  const { groups, totals, total, page, pageSize } = await listAppsPage(filters);
  // A page shows the environments it has apps of; the first also says which environment has none.
  const shown = environments.filter((env) => groups[env].length > 0 || (page === 1 && totals[env] === 0));
  const canManage = can(user.role, "apps:manage");
  return (
    <>
      <PageHeader
        title="Apps"
        description="Your Xero apps by environment, each with its plan and how close it is to its connection cap. Keep one app per environment so testing never uses production's slots."
        actions={
          canManage && (
            <Link href="/apps/new" className="rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800">
              Register app
            </Link>
          )
        }
      />
      {deleted && (
        <div className="mb-4">
          <Notice tone="success">The app was removed from the dashboard. Its connections in Xero are unchanged.</Notice>
        </div>
      )}
      {isConnectErrorCode(connectError) && (
        <div className="mb-4">
          <Notice tone="error" title="Connect failed">
            {connectErrors[connectError]}
          </Notice>
        </div>
      )}
      <SearchForm action="/apps" label="Search apps" placeholder="App name" value={filters.q} />
      {total === 0 ? (
        filters.q ? (
          <EmptyState title="No app matches">Try another part of the name.</EmptyState>
        ) : (
          <EmptyState title="No apps registered yet">Register each Xero app you run (one per environment) with its plan and credentials; its connections and cap progress will show here.</EmptyState>
        )
      ) : (
        <>
          <div className="space-y-8">
            {shown.map((env) => (
              <section key={env} aria-labelledby={`env-${env}`}>
                <h2 id={`env-${env}`} className="mb-3 text-lg font-semibold">
                  {envLabels[env]} <span className="text-sm font-normal text-slate-500">({totals[env].toLocaleString()})</span>
                </h2>
                {groups[env].length === 0 ? (
                  <p className="text-sm text-muted">{filters.q ? `No ${env} app matches.` : `No ${env} app registered.`}</p>
                ) : (
                  <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
                    {groups[env].map((app) => (
                      <li key={app.id}>
                        <AppCard app={app} />
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            ))}
          </div>
          <Pagination page={page} pageSize={pageSize} total={total} basePath="/apps" params={{ q: filters.q }} />
        </>
      )}
    </>
  );
}

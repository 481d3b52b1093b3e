import type { Metadata } from "next";
import Link from "next/link";
import { ObservedMark } from "@/components/connections/observed-mark";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { listPeople, peopleFiltersSchema } from "@/lib/people/queries";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { SearchForm } from "@/components/ui/search-form";
import { Badge } from "@/components/ui/badge";
import { ReauthReason } from "@/components/connections/reauth-reason";
import { xeroNow } from "@/lib/clock";
import { endUserFiltersSchema } from "@/lib/end-users/queries";
import { PeopleTabs } from "./_components/people-tabs";
import { CustomersView } from "./_components/customers-view";

export const metadata: Metadata = { title: "People" };

export default async function PeoplePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePagePermission("people:read");
  const params = await searchParams;
  if (params.tab === "customers") {
    return (
      <>
        <PageHeader title="People" description="Your customers: who connected Xero inside your product, with their account and tags, the Xero users they connected as, and their connections." />
        <PeopleTabs current="customers" />
        <CustomersView filters={endUserFiltersSchema.parse(params)} />
      </>
    );
  }
  const filters = peopleFiltersSchema.parse(params);
  const { rows, total, page, pageSize } = await listPeople(filters);
  const nowIso = xeroNow().toISOString();
  return (
    <>
      <PageHeader title="People" description="The Xero users who authorised your apps, and how many connections each holds per app: the answer to which of Xero's identical entries is whose." />
      <PeopleTabs current="xero" />
      <SearchForm action="/people" label="Search people" placeholder="Name or email" value={filters.q} />
      {rows.length === 0 ? (
        <EmptyState title={filters.q ? "No one matches" : "No authorising users yet"}>When someone authorises one of your apps through the dashboard, they appear here.</EmptyState>
      ) : (
        <Table caption="Authorising Xero users and their connections per app">
          <thead>
            <tr>
              <Th>Xero user</Th>
              <Th>Connections per app</Th>
              <Th>Total</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {rows.map((p) => (
              <tr key={p.xeroUserId}>
                <Td>
                  <span className="block font-medium">{p.name}</span>
                  <span className="block text-xs text-muted">{p.email || "—"}</span>
                </Td>
                <Td>
                  <ul className="space-y-1">
                    {p.apps.map((a) => (
                      <li key={a.appId}>
                        <Link href={`/apps/${a.appId}?user=${encodeURIComponent(p.xeroUserId)}`} className="hover:underline">
                          {a.appName}
                        </Link>{" "}
                        <span className="text-xs text-slate-500">({a.environment})</span>: <strong>{a.connections}</strong>
                        {a.grantStatus !== "active" && (
                          <span className="ml-2">
                            <Badge tone="bad">needs re-authorisation</Badge>
                          </span>
                        )}
                        <ReauthReason grant={{ status: a.grantStatus, refreshObtainedAt: a.refreshObtainedAt === null ? null : new Date(a.refreshObtainedAt) }} nowIso={nowIso} />
                        {a.source === "observed" && <ObservedMark />}
                      </li>
                    ))}
                  </ul>
                </Td>
                <Td className="font-semibold">{p.total}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={page} pageSize={pageSize} total={total} basePath="/people" params={{ q: filters.q }} />
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { listOrganisations, organisationFiltersSchema } from "@/lib/organisations/queries";
import { SEARCH_CAP } from "@/lib/search/cap";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { SearchForm } from "@/components/ui/search-form";

export const metadata: Metadata = { title: "Organisations" };

export default async function OrganisationsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePagePermission("organisations:read");
  const filters = organisationFiltersSchema.parse(await searchParams);
  const { rows, total, capped, page, pageSize } = await listOrganisations(filters);
  return (
    <>
      <PageHeader title="Organisations" description="Every Xero organisation your apps are connected to, with how many of its two uncertified-app slots are used." />
      <SearchForm action="/organisations" label="Search organisations" placeholder="Name or tenant id" value={filters.q} hidden={{ atCap: filters.atCap }} />
      {filters.atCap && (
        <p className="mb-3 text-sm">
          Showing organisations using both uncertified-app slots.{" "}
          <Link href="/organisations" className="underline">
            Show all
          </Link>
        </p>
      )}
      {capped && (
        <p role="status" className="mb-2 text-sm text-muted">
          More than {SEARCH_CAP.toLocaleString()} organisations match “{filters.q}”: these are the first {SEARCH_CAP.toLocaleString()} found, by name. Narrow the search (more of the name, or a tenant
          id) to see the rest.
        </p>
      )}
      {rows.length === 0 ? (
        <EmptyState title={filters.q ? "No organisation matches" : "No organisations seen yet"}>
          {filters.q ? "Try another name or a tenant id." : "Organisations appear once an app connects to them."}
        </EmptyState>
      ) : (
        <Table caption="Organisations">
          <thead>
            <tr>
              <Th>Organisation</Th>
              <Th>Connections</Th>
              <Th>Apps</Th>
              <Th>Uncertified-app slots</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {rows.map((o) => (
              <tr key={o.tenantId}>
                <Td>
                  <Link href={`/organisations/${o.tenantId}`} className="font-medium hover:underline">
                    {o.name}
                  </Link>
                  {o.isDemo && <span className="ml-1 text-xs text-slate-500">(demo)</span>}
                </Td>
                <Td>{o.connections}</Td>
                <Td>{o.apps}</Td>
                <Td className={o.slots >= 2 ? "font-medium text-red-700 dark:text-red-400" : ""}>{o.slots} of 2</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={page} pageSize={pageSize} total={total} more={capped} basePath="/organisations" params={{ q: filters.q, atCap: filters.atCap }} />
    </>
  );
}

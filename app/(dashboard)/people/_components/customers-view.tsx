import Link from "next/link";
import { listEndUsers, type EndUserFilters } from "@/lib/end-users/queries";
import { toQueryString } from "@/lib/url";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { SearchForm } from "@/components/ui/search-form";
import { Badge } from "@/components/ui/badge";
import { ReauthReason } from "@/components/connections/reauth-reason";
import { xeroNow } from "@/lib/clock";

// People → Customers: the team's own customers (end users) with their account, tags, the Xero users
// they connected as, and their connections. Account and tag filters live in the URL.

const link = "hover:underline";

export async function CustomersView({ filters }: { filters: EndUserFilters }) {
  const { rows, total, page, pageSize } = await listEndUsers(filters);
  const nowIso = xeroNow().toISOString();
  const filtered = filters.q || filters.account || filters.tag;
  return (
    <>
      <SearchForm
        action="/people"
        label="Search customers"
        placeholder="Your id for them, email, name or account"
        value={filters.q}
        hidden={{ tab: "customers", account: filters.account, tag: filters.tag }}
      />
      {(filters.account || filters.tag) && (
        <p className="mb-3 text-sm">
          Showing{" "}
          {filters.account ? (
            <>
              account <strong>{filters.account}</strong>
            </>
          ) : null}
          {filters.account && filters.tag ? " and " : null}
          {filters.tag ? (
            <>
              tag <strong>{filters.tag}</strong>
            </>
          ) : null}
          .{" "}
          <Link href="/people?tab=customers" className="underline">
            Show all customers
          </Link>
        </p>
      )}
      {rows.length === 0 ? (
        <EmptyState title={filtered ? "No customer matches" : "No customers yet"}>
          Customers appear when your product connects them through a connect session, imports their grant or reports their connections through the API.
        </EmptyState>
      ) : (
        <Table caption="Your customers, their Xero users and connections">
          <thead>
            <tr>
              <Th>Customer</Th>
              <Th>Account</Th>
              <Th>Tags</Th>
              <Th>Xero users per app</Th>
              <Th>Connections</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {rows.map((c) => (
              <tr key={c.id}>
                <Td>
                  <span className="block font-medium">{c.displayName ?? c.externalId}</span>
                  <span className="block text-xs text-muted">
                    {c.externalId}
                    {c.email ? ` · ${c.email}` : ""}
                  </span>
                </Td>
                <Td>
                  {c.accountId ? (
                    <Link href={`/people${toQueryString({ tab: "customers", account: c.accountId })}`} className={link}>
                      {c.accountName ?? c.accountId}
                    </Link>
                  ) : (
                    "—"
                  )}
                </Td>
                <Td>
                  {c.tags.length === 0
                    ? "—"
                    : c.tags.map((t, i) => (
                        <span key={t}>
                          {i > 0 && ", "}
                          <Link href={`/people${toQueryString({ tab: "customers", tag: t })}`} className={link}>
                            {t}
                          </Link>
                        </span>
                      ))}
                </Td>
                <Td>
                  {c.grants.length === 0 ? (
                    "—"
                  ) : (
                    <ul className="space-y-1">
                      {c.grants.map((g) => (
                        <li key={g.grantId}>
                          {g.name} <span className="text-xs text-muted">({g.email})</span> on{" "}
                          <Link href={`/apps/${g.appId}`} className={link}>
                            {g.appName}
                          </Link>{" "}
                          <span className="text-xs text-slate-500">({g.environment})</span>
                          {g.status !== "active" && (
                            <span className="ml-2">
                              <Badge tone="bad">needs re-authorisation</Badge>
                            </span>
                          )}
                          <ReauthReason grant={g} nowIso={nowIso} />
                        </li>
                      ))}
                    </ul>
                  )}
                </Td>
                <Td>
                  <Link
                    href={`/connections${toQueryString({ customer: c.externalId })}`}
                    className={`font-semibold ${link}`}
                    aria-label={`${c.connectionCount} connections of ${c.displayName ?? c.externalId}`}
                  >
                    {c.connectionCount}
                  </Link>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={page} pageSize={pageSize} total={total} basePath="/people" params={{ tab: "customers", q: filters.q, account: filters.account, tag: filters.tag }} />
    </>
  );
}

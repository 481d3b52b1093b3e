import Link from "next/link";
import type { EndUserRef } from "@/lib/end-users/columns";
import { toQueryString } from "@/lib/url";

// One line naming the team's customer under a Xero user in lists (organisation, Diagnose evidence):
// "Customer: Maya Patel · Northwind", or "Customer: —" for connections made in the dashboard.

export function CustomerNote({ customer }: { customer: EndUserRef | null }) {
  return (
    <span className="block text-xs text-muted">
      Customer:{" "}
      {customer ? (
        <>
          <Link href={`/connections${toQueryString({ customer: customer.externalId })}`} className="hover:underline">
            {customer.displayName ?? customer.externalId}
          </Link>
          {customer.accountId && (
            <>
              {" · "}
              <Link href={`/connections${toQueryString({ account: customer.accountId })}`} className="hover:underline">
                {customer.accountName ?? customer.accountId}
              </Link>
            </>
          )}
        </>
      ) : (
        "—"
      )}
    </span>
  );
}

/** "Maya Patel (Northwind)": the customer in running text. */
export function customerLabel(customer: EndUserRef): string {
  const name = customer.displayName ?? customer.externalId;
  return customer.accountId ? `${name} (${customer.accountName ?? customer.accountId})` : name;
}

import Link from "next/link";
import type { ConnectionView } from "@/lib/connections/view";
import { toQueryString } from "@/lib/url";

// The team's customer beside the Xero user: their name (or the product's id for them), account and
// tags, each a link to the connections filtered by it. "—" for connections made in the dashboard.

const link = "hover:underline";

export function CustomerCell({ customer }: { customer: ConnectionView["customer"] }) {
  if (!customer) return <span className="text-slate-500">—</span>;
  return (
    <>
      <Link href={`/connections${toQueryString({ customer: customer.externalId })}`} className={`block ${link}`}>
        {customer.displayName ?? customer.externalId}
      </Link>
      {customer.accountId && (
        <Link href={`/connections${toQueryString({ account: customer.accountId })}`} className={`block text-xs text-muted ${link}`}>
          {customer.accountName ?? customer.accountId}
        </Link>
      )}
      {customer.tags.length > 0 && (
        <span className="block text-xs text-slate-500">
          {customer.tags.map((t, i) => (
            <span key={t}>
              {i > 0 && " · "}
              <Link href={`/connections${toQueryString({ tag: t })}`} className={link}>
                {t}
              </Link>
            </span>
          ))}
        </span>
      )}
    </>
  );
}

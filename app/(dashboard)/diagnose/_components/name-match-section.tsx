import Link from "next/link";
import type { CustomerConnections } from "@/lib/diagnosis/customer-evidence";
import { diagnosePath } from "@/lib/diagnosis/input";
import { candidateLabel, type NameCandidate, type NameMatch } from "@/lib/diagnosis/name-match";
import { toQueryString } from "@/lib/url";
import { Card } from "@/components/ui/card";

/** The diagnosis that looks at one candidate: the form's field for its kind (a customer by their id, as a message). */
function pathFor(c: NameCandidate): string {
  if (c.kind === "organisation") return diagnosePath({ org: c.tenantId });
  if (c.kind === "app") return diagnosePath({ app: c.id });
  if (c.kind === "xero_user") return diagnosePath({ user: c.email });
  return diagnosePath({ message: c.externalId });
}

/** Records whose names partly match an unrecognised message: each link opens that record's evidence. */
export function NameSuggestions({ match }: { match: NameMatch }) {
  if (match.suggestions.length === 0) return null;
  return (
    <section aria-labelledby="dg-did-you-mean" className="mb-8">
      <h2 id="dg-did-you-mean" className="mb-2 text-lg font-semibold">
        {match.chosen ? "Other names like it" : "Did you mean"}
      </h2>
      <ul aria-label="Did you mean" className="list-disc space-y-1 pl-5 text-sm">
        {match.suggestions.map((c) => (
          <li key={`${c.kind}:${c.kind === "organisation" ? c.tenantId : c.kind === "xero_user" ? c.email : c.id}`}>
            <Link href={pathFor(c)} className="hover:underline">
              {candidateLabel(c)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A customer the message names: their connections per app. */
export function CustomerMatchSection({ evidence: e }: { evidence: CustomerConnections }) {
  const name = e.customer.displayName ?? e.customer.externalId;
  return (
    <section aria-labelledby="dg-customer" className="mb-8">
      <h2 id="dg-customer" className="mb-3 text-lg font-semibold">
        Evidence:{" "}
        <Link href={`/connections${toQueryString({ customer: e.customer.externalId })}`} className="hover:underline">
          {name}
        </Link>{" "}
        <span className="text-sm font-normal text-muted">
          (customer {e.customer.externalId}
          {e.customer.accountName ? `, ${e.customer.accountName}` : ""})
        </span>
      </h2>
      <Card>
        <ul aria-label={`Connections through ${name}`} className="space-y-1 text-sm">
          {e.apps.map((a) => (
            <li key={a.appId}>
              <Link href={`/apps/${a.appId}`} className="hover:underline">
                {a.appName}
              </Link>{" "}
              <span className="text-xs text-slate-500">({a.environment})</span> · <strong>{a.live}</strong>
              {a.stale > 0 && <span className="text-amber-800 dark:text-amber-300"> ({a.stale} stale)</span>}
            </li>
          ))}
          {e.apps.length === 0 && <li>No live connection came through this customer.</li>}
        </ul>
      </Card>
    </section>
  );
}

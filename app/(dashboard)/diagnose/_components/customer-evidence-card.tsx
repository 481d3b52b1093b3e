import { refusedSummary, type CustomerCount, type CustomerEvidence } from "@/lib/diagnosis/customer-evidence";
import { Card } from "@/components/ui/card";

const who = (c: CustomerCount) => `${c.displayName ?? c.email ?? c.externalId}${c.accountName ? ` (${c.accountName})` : ""}`;

/** Your customers in the diagnosis: who was turned away at the cap lately, and whose connections fill it. */
export function CustomerEvidenceCard({ evidence: e }: { evidence: CustomerEvidence }) {
  const summary = refusedSummary(e);
  if (!summary && e.filling.length === 0) return null;
  return (
    <Card className="mb-4">
      <h3 className="mb-1 text-sm font-semibold">Your customers</h3>
      {summary && (
        <>
          <p className="text-sm">{summary}</p>
          <ul aria-label="Customers refused at the cap" className="mb-3 mt-1 list-disc space-y-1 pl-5 text-sm">
            {e.refused.byCustomer.map((c) => (
              <li key={c.endUserId}>
                {who(c)} · {c.count} attempt{c.count === 1 ? "" : "s"}
              </li>
            ))}
          </ul>
        </>
      )}
      {e.filling.length > 0 && (
        <>
          <p className="text-sm">Customers whose connections fill the cap:</p>
          <ul aria-label="Customers filling the cap" className="mt-1 list-disc space-y-1 pl-5 text-sm">
            {e.filling.map((c) => (
              <li key={c.endUserId}>
                {who(c)} · <strong>{c.count}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}

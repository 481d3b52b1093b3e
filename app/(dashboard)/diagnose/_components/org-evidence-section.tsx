import Link from "next/link";
import { customerLabel } from "@/components/connections/customer-note";
import type { OrgEvidence, OrgMatch } from "@/lib/diagnosis/org-evidence";
import { reasonLabel } from "@/lib/staleness/reasons";
import { Card } from "@/components/ui/card";
import { entryPerson } from "@/lib/organisations/entry";

/** The organisation's uncertified-app slots: which apps hold them and who connected each. */
export function OrgEvidenceSection({ evidence: e }: { evidence: OrgEvidence }) {
  const full = e.slotsUsed >= e.slotCap;
  return (
    <section aria-labelledby="dg-org" className="mb-8">
      <h2 id="dg-org" className="mb-3 text-lg font-semibold">
        Evidence:{" "}
        <Link href={`/organisations/${e.org.tenantId}`} className="hover:underline">
          {e.org.name}
        </Link>
      </h2>
      <Card>
        <p className={full ? "font-medium text-red-700 dark:text-red-400" : "font-medium"}>
          {e.slotsUsed} of {e.slotCap} uncertified-app slots used{full ? ": no other uncertified app can connect" : ""}.
        </p>
        <h3 className="mb-1 mt-3 text-sm font-semibold">Uncertified apps on {e.org.name}</h3>
        <ul aria-label={`Uncertified apps on ${e.org.name}`} className="space-y-2 text-sm">
          {e.uncertifiedApps.map((a) => (
            <li key={a.appId}>
              <Link href={`/apps/${a.appId}`} className="font-medium hover:underline">
                {a.name}
              </Link>{" "}
              <span className="text-xs text-slate-500">({a.environment})</span>, connected by{" "}
              {a.users.map((u, i) => (
                <span key={u.connectionId}>
                  {i > 0 && ", "}
                  {entryPerson(u.name, u.email)}
                  {u.endUser && <>, for customer {customerLabel(u.endUser)}</>}
                  {u.status === "stale" && <span className="text-amber-800 dark:text-amber-300"> [stale: {u.staleReasons.map(reasonLabel).join(", ")}]</span>}
                </span>
              ))}
            </li>
          ))}
          {e.uncertifiedApps.length === 0 && <li>No uncertified app is connected.</li>}
        </ul>
        {e.otherApps > 0 && (
          <p className="mt-3 text-xs text-muted">
            {e.otherApps} certified app{e.otherApps === 1 ? "" : "s"} or Custom Connection{e.otherApps === 1 ? "" : "s"} also connected; they take no slot.
          </p>
        )}
      </Card>
    </section>
  );
}

/** When no organisation was named: those whose two slots are taken, as links that add it to the diagnosis. */
export function OrgCandidates({ candidates, hrefFor }: { candidates: OrgMatch[]; hrefFor: (org: OrgMatch) => string }) {
  if (candidates.length === 0) return null;
  return (
    <section aria-labelledby="dg-org-candidates" className="mb-8">
      <h2 id="dg-org-candidates" className="mb-2 text-lg font-semibold">
        Organisations using both uncertified-app slots
      </h2>
      <p className="mb-2 text-sm">Xero&apos;s message does not name the organisation. It is probably one of these; choose it to see its apps and who connected each.</p>
      <ul className="list-disc space-y-1 pl-6 text-sm">
        {candidates.map((o) => (
          <li key={o.tenantId}>
            <Link href={hrefFor(o)} className="underline">
              {o.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

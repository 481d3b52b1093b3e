import Link from "next/link";
import type { AppEvidence } from "@/lib/diagnosis/app-evidence";
import { toConnectionView } from "@/lib/connections/view";
import { planRule } from "@/lib/limits/plans";
import { Card } from "@/components/ui/card";
import { CapBar } from "@/components/limits/cap-bar";
import { CustomerEvidenceCard } from "./customer-evidence-card";
import { PortalCount } from "@/components/limits/portal-count";
import { ConnectionsTable } from "@/components/connections/connections-table";
import { CustomerNote } from "@/components/connections/customer-note";
import { entryPerson } from "@/lib/organisations/entry";

type Props = { evidence: AppEvidence; canDisconnect: boolean; nowIso: string };

/** Where the app stands against its cap, through whom, and the stale connections that fill it. */
export function AppEvidenceSection({ evidence: e, canDisconnect, nowIso }: Props) {
  const name = e.app.name;
  return (
    <section aria-labelledby="dg-app" className="mb-8">
      <h2 id="dg-app" className="mb-3 text-lg font-semibold">
        Evidence:{" "}
        <Link href={`/apps/${e.app.id}`} className="hover:underline">
          {name}
        </Link>{" "}
        <span className="text-sm font-normal text-muted">
          ({e.app.environment}, {planRule(e.app.plan).label}
          {e.app.capOverride !== null ? `, cap raised to ${e.app.capOverride.toLocaleString()}` : ""})
        </span>
      </h2>
      <Card className="mb-4">
        <CapBar progress={e.progress} label={`${name} connections against its cap`} />
        <PortalCount portal={e.portal} />
        <h3 className="mb-1 mt-4 text-sm font-semibold">Connections by authorising user</h3>
        <ul aria-label="Connections by authorising user" className="space-y-1 text-sm">
          {e.users.map((u) => (
            <li key={u.grantId}>
              {entryPerson(u.name, u.email)} · <strong>{u.connections}</strong>
              {u.stale > 0 && <span className="text-amber-800 dark:text-amber-300"> ({u.stale} stale)</span>}
              {u.grantStatus !== "active" && <span className="text-red-700 dark:text-red-400"> · needs re-authorisation</span>}
              <CustomerNote customer={u.endUser} />
            </li>
          ))}
          {e.users.length === 0 && <li>No connections counted.</li>}
        </ul>
        <p className="mt-3 text-xs text-muted">
          Xero lists a user&apos;s connections only to that user: these counts cover the Xero users who connected through this dashboard (or whose tokens it holds). Xero&apos;s own count can be
          higher.
        </p>
      </Card>
      <CustomerEvidenceCard evidence={e.customers} />
      <h3 className="mb-2 font-semibold">Stale connections filling the cap ({e.stale.length})</h3>
      {e.stale.length === 0 ? (
        <p className="mb-4 text-sm">None: every connection passed the staleness checks at the last sync.</p>
      ) : (
        <div className="mb-4">
          {e.staleBlocked > 0 && (
            <p className="mb-2 text-sm text-soft">{e.staleBlocked} of them belong to a grant that needs re-authorisation: the dashboard holds no working token to disconnect them.</p>
          )}
          <ConnectionsTable rows={e.stale.map(toConnectionView)} explanations={e.explanations} nowIso={nowIso} canDisconnect={canDisconnect} caption={`Stale connections of ${name}`} showApp={false} />
        </div>
      )}
      <details className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
        <summary className="cursor-pointer text-sm font-medium">All {e.filling.length.toLocaleString()} connections counted toward the cap</summary>
        <div className="mt-3">
          <ConnectionsTable rows={e.filling.map(toConnectionView)} nowIso={nowIso} canDisconnect={false} caption={`Connections counted toward ${name}'s cap`} showApp={false} />
        </div>
      </details>
    </section>
  );
}

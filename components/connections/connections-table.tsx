"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ConnectionView } from "@/lib/connections/view";
import { Button } from "@/components/ui/button";
import { LocalTime } from "@/components/ui/local-time";
import { Table, Td, Th } from "@/components/ui/table";
import { StatusBadge } from "./status-badge";
import { ObservedMark } from "./observed-mark";
import type { DisconnectOutcome } from "./disconnect-dialog";
import { RowOfferCell } from "./row-offer-cell";
import { rowOffer } from "@/lib/connections/row-offer";
import { StaleReasons, type StaleExplanation } from "./stale-reasons";
import { CustomerCell } from "./customer-cell";
import { ReauthReason } from "./reauth-reason";
import { xeroConnectedLabel } from "@/lib/organisations/entry";

// Loaded when a disconnect is first asked for: Radix's dialog (focus trap, scroll lock) is about 14 kB gzipped that
// every connections list would otherwise load up front.
const DisconnectDialog = dynamic(() => import("./disconnect-dialog").then((m) => m.DisconnectDialog), { ssr: false });

type Props = {
  rows: ConnectionView[];
  nowIso: string;
  canDisconnect: boolean;
  caption: string;
  showApp?: boolean;
  /** When given, a "Why stale" column shows each row's reasons and recommended action. */
  explanations?: Record<string, StaleExplanation>;
};

export function ConnectionsTable({ rows, nowIso, canDisconnect, caption, showApp = true, explanations }: Props) {
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [targets, setTargets] = useState<ConnectionView[] | null>(null);
  const [outcomes, setOutcomes] = useState<Record<string, DisconnectOutcome>>({});
  const results = Object.values(outcomes);
  // A row being disconnected already has its intent recorded; it cannot be picked again until that ends.
  const canPick = (r: ConnectionView) => rowOffer(r).kind === "disconnect";
  const selectable = rows.filter(canPick);
  const toggle = (id: string) => setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  const allSelected = selectable.length > 0 && selectable.every((r) => selected.has(r.id));
  // Control names must tell rows apart: across apps the same person often holds the same organisation.
  const who = (r: ConnectionView) => (showApp ? `${r.tenantName} on ${r.appName} (${r.userEmail})` : `${r.tenantName} (${r.userEmail})`);
  // The selection and action columns stay in view while a wide table scrolls sideways.
  const pinLeft = "sticky left-0 z-[1] bg-white dark:bg-slate-900";
  const pinRight = "sticky right-0 z-[1] bg-white shadow-[-1px_0_0_0_var(--color-slate-200)] dark:bg-slate-900 dark:shadow-[-1px_0_0_0_var(--color-slate-800)]";
  // With the stale reasons beside them, the dates fit only on wide screens (each reason names the date it is about).
  const dateCell = explanations ? "hidden 2xl:table-cell" : undefined;
  const time = (iso: string | null) => (iso ? <LocalTime iso={iso} nowIso={nowIso} compact /> : <span className="text-slate-500">—</span>);

  return (
    <div>
      {canDisconnect && (
        <div className="mb-2 flex items-center gap-3">
          <Button variant="danger" size="sm" disabled={selected.size === 0} onClick={() => setTargets(rows.filter((r) => selected.has(r.id)))}>
            Disconnect selected ({selected.size})
          </Button>
          {/* Always present, so screen readers announce the result when it appears. Rows that left the
              current view (it hides disconnected ones) have their outcome named here instead. */}
          <p role="status" aria-label="Disconnect results" className="text-sm">
            {results.length > 0 && `${results.filter((o) => o.ok).length} disconnected, ${results.filter((o) => !o.ok).length} failed.`}
            {results.filter((o) => o.ok && !rows.some((r) => r.id === o.id)).map((o) => ` ${o.message}`)}
          </p>
        </div>
      )}
      <Table caption={caption}>
        <thead>
          <tr>
            {canDisconnect && (
              <Th className={pinLeft}>
                <input
                  type="checkbox"
                  aria-label="Select all connections on this page"
                  checked={allSelected}
                  onChange={() => setSelected(allSelected ? new Set() : new Set(selectable.map((r) => r.id)))}
                />
              </Th>
            )}
            <Th>Organisation</Th>
            {showApp && <Th>App</Th>}
            <Th>Authorised by</Th>
            <Th>Customer</Th>
            <Th>Status</Th>
            {explanations && <Th>Why stale</Th>}
            <Th wrap className={dateCell}>
              Created in Xero
            </Th>
            {/* Hidden on narrower screens so the actions stay in view; it is in the CSV export. */}
            <Th wrap className="hidden 2xl:table-cell">
              Updated in Xero
            </Th>
            <Th wrap className={dateCell}>
              Last token refresh
            </Th>
            {canDisconnect && (
              <Th className={pinRight}>
                <span className="sr-only">Actions</span>
              </Th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {rows.map((r) => (
            <tr key={r.id}>
              {canDisconnect && <Td className={pinLeft}>{canPick(r) && <input type="checkbox" aria-label={`Select ${who(r)}`} checked={selected.has(r.id)} onChange={() => toggle(r.id)} />}</Td>}
              <Td>
                <Link href={`/organisations/${r.tenantId}`} className="font-medium hover:underline">
                  {r.tenantName}
                </Link>
                {r.isDemo && <span className="ml-1 text-xs text-slate-500">(demo)</span>}
                {explanations && <span className="block text-xs text-slate-600 2xl:hidden dark:text-slate-400">{xeroConnectedLabel(r.xeroCreatedAt ? new Date(r.xeroCreatedAt) : null)}</span>}
              </Td>
              {showApp && (
                <Td>
                  <Link href={`/apps/${r.appId}`} className="hover:underline">
                    {r.appName}
                  </Link>
                  <span className="block text-xs text-slate-500">{r.environment}</span>
                </Td>
              )}
              <Td>
                <span className="block">{r.userName}</span>
                <span className="block max-w-44 truncate text-xs text-muted" title={r.userEmail}>
                  {r.userEmail}
                </span>
                {r.observed && <ObservedMark />}
              </Td>
              <Td>
                <CustomerCell customer={r.customer} />
              </Td>
              <Td>
                <StatusBadge status={r.status} grantStatus={r.grantStatus} disconnecting={r.disconnecting} />
                {/* The stale view's "Why stale" column already says it, with the recommended action. */}
                {!explanations && r.status !== "disconnected" && <ReauthReason grant={{ status: r.grantStatus, refreshObtainedAt: r.refreshObtainedAt }} nowIso={nowIso} />}
                {outcomes[r.id] && (
                  <span className={`mt-1 block text-xs ${outcomes[r.id]!.ok ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"}`}>{outcomes[r.id]!.message}</span>
                )}
              </Td>
              {explanations && (
                <Td className="min-w-56">
                  <StaleReasons explanation={explanations[r.id]} />
                </Td>
              )}
              <Td className={dateCell}>{time(r.xeroCreatedAt)}</Td>
              <Td className="hidden 2xl:table-cell">{time(r.xeroUpdatedAt)}</Td>
              <Td className={dateCell}>{time(r.lastRefreshOkAt)}</Td>
              {canDisconnect && (
                <Td className={pinRight}>
                  <RowOfferCell row={r} label={who(r)} onDisconnect={() => setTargets([r])} />
                </Td>
              )}
            </tr>
          ))}
        </tbody>
      </Table>
      {targets && (
        <DisconnectDialog
          targets={targets}
          onClose={() => setTargets(null)}
          onDone={(results) => {
            setOutcomes((o) => ({ ...o, ...Object.fromEntries(results.map((x) => [x.id, x])) }));
            setSelected(new Set());
            setTargets(null);
            router.refresh();
          }}
        />
      )}
    </div>
  );
}

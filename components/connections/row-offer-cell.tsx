"use client";

import Link from "next/link";
import type { ConnectionView } from "@/lib/connections/view";
import { rowOffer } from "@/lib/connections/row-offer";
import { Button } from "@/components/ui/button";

/** The row's action: Disconnect when the grant's tokens work, otherwise the way to re-authorise (see rowOffer). */
export function RowOfferCell({ row, label, onDisconnect }: { row: ConnectionView; label: string; onDisconnect: () => void }) {
  const offer = rowOffer(row);
  if (offer.kind === "none") return null;
  if (offer.kind === "disconnect")
    return (
      <Button variant="secondary" size="sm" aria-label={`Disconnect ${label}`} onClick={onDisconnect}>
        Disconnect
      </Button>
    );
  return (
    <span className="block max-w-56 text-xs text-muted">
      <Link href={`/apps/${row.appId}`} aria-label={`Re-authorise ${label}`} className="font-medium text-slate-900 hover:underline dark:text-slate-100">
        Re-authorise
      </Link>{" "}
      {offer.sentence}
    </span>
  );
}

import { Badge } from "@/components/ui/badge";

// "disconnecting": a disconnect is waiting for Xero's answer (or for recovery after a crash), so the
// row is shown as neither still active nor already gone.
export function StatusBadge({ status, grantStatus, disconnecting = false }: { status: string; grantStatus?: string; disconnecting?: boolean }) {
  if (status === "disconnected") return <Badge tone="neutral">Disconnected</Badge>;
  if (disconnecting || status === "disconnecting") return <Badge tone="info">Disconnecting…</Badge>;
  if (grantStatus === "needs_reauth") return <Badge tone="bad">Needs re-authorisation</Badge>;
  if (status === "stale") return <Badge tone="warn">Stale</Badge>;
  return <Badge tone="good">Active</Badge>;
}

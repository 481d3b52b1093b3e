// @ts-nocheck
import { Badge } from "@/components/ui/badge";

export function StatusBadge({ status, grantStatus }: { status: string; grantStatus?: string }) {
  if (status === "disconnected") return <Badge tone="neutral">Disconnected</Badge>;
  if (grantStatus === "needs_reauth") return <Badge tone="bad">Needs re-authorisation</Badge>;
  if (status === "stale") return <Badge tone="warn">Stale</Badge>;
  return <Badge tone="good">Active</Badge>;
}

import { reauthReason } from "@/lib/staleness/reauth-cause";

type Grant = { status: string; refreshObtainedAt: string | Date | null };

/**
 * Why a grant needs re-authorisation, beside every "needs re-authorisation" a table shows (issue 10).
 * Pure rendering: `nowIso` is the Xero-protocol time the page was rendered at (lib/clock).
 */
export function ReauthReason({ grant, nowIso }: { grant: Grant; nowIso: string }) {
  if (grant.status !== "needs_reauth" && grant.status !== "revoked") return null;
  const obtained = grant.refreshObtainedAt === null ? null : new Date(grant.refreshObtainedAt);
  const reason = reauthReason({ status: grant.status, refreshObtainedAt: obtained }, new Date(nowIso));
  return reason ? <span className="mt-1 block max-w-64 text-xs text-red-700 dark:text-red-400">Reason: {reason}</span> : null;
}

import Link from "next/link";
import { LocalTime } from "@/components/ui/local-time";
import { Notice } from "@/components/ui/notice";
import type { LastHit } from "@/lib/rate-limits/queries";
import { limitWords, rateLimitScopeLabel } from "@/lib/xero/error-messages";

/** The app's latest 429 (within a day), so a refused sync or refresh is explained on the app's own page. */
export function RateLimitNotice({ appId, hit, dayLimit, nowIso }: { appId: string; hit: LastHit; dayLimit: number; nowIso: string }) {
  const whose = hit.tenantId ? `for ${hit.tenantName ?? "an organisation"}` : "to a call without an organisation (connections list or tokens)";
  return (
    <Notice tone="info" title="Xero rate limit">
      Xero answered 429 ({rateLimitScopeLabel(hit.problem)}) {whose} at <LocalTime iso={hit.at.toISOString()} nowIso={nowIso} />: its {limitWords(hit.problem, dayLimit)}.
      {hit.retryAfterSeconds !== null && ` It asked for a wait of ${hit.retryAfterSeconds.toLocaleString("en-GB")} seconds.`}{" "}
      <Link href={`/apps/${appId}/rate-limits`} className="font-medium underline">
        See rate limits
      </Link>
    </Notice>
  );
}

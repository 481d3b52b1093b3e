import { LocalTime } from "@/components/ui/local-time";
import { rateLimitScopeLabel } from "@/lib/xero/error-messages";
import type { RateLimitProblem } from "@/lib/xero/rate-limit";

type Hit = { problem: RateLimitProblem; at: Date };

/** "Xero answered 429 (day limit) at …": a budget meter reads the remaining counts, which a 429 may not carry. */
export function LastRateLimitHit({ hit, nowIso }: { hit: Hit; nowIso: string }) {
  return (
    <span className="block text-xs text-red-700 dark:text-red-400">
      Xero answered 429 ({rateLimitScopeLabel(hit.problem)}) at <LocalTime iso={hit.at.toISOString()} nowIso={nowIso} />
    </span>
  );
}

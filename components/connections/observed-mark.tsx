import { Badge } from "@/components/ui/badge";
import { TOKENS_HELD_BY_YOUR_APP } from "@/lib/connections/observed";

/** Observed only: the team's product holds this grant's tokens and reports its connections. */
export function ObservedMark() {
  return (
    <span className="ml-1 inline-block" title="Observed: your product holds the tokens and reports these connections; Connection Desk keeps none.">
      <Badge tone="info">{TOKENS_HELD_BY_YOUR_APP}</Badge>
    </span>
  );
}

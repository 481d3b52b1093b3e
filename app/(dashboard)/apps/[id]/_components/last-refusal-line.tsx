import { realNow } from "@/lib/clock";
import { refusalReasonText, type LastRefusal } from "@/lib/connections/refused-consents";
import { LocalTime } from "@/components/ui/local-time";

/** "Last refused consent: <when>, <who>, cap reached": the newest consent Xero stopped at a cap. */
export function LastRefusalLine({ refusal }: { refusal: LastRefusal | null }) {
  if (!refusal) return null;
  return (
    <p className="mt-3 text-sm text-amber-800 dark:text-amber-300">
      Last refused consent: <LocalTime iso={refusal.at.toISOString()} nowIso={realNow().toISOString()} />, {refusal.who}, {refusalReasonText[refusal.reason]}.
    </p>
  );
}

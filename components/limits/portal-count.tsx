import type { KnownVsPortal } from "@/lib/limits/portal";

/**
 * "Xero counts 25; Connection Desk knows 18 (12 held, 6 observed): 7 made elsewhere". Shown only once someone
 * typed in the count Xero's developer portal shows; the cap bar already uses the larger number.
 */
export function PortalCount({ portal, readAt }: { portal: KnownVsPortal; readAt?: Date | null }) {
  if (!portal.sentence) return null;
  return (
    <p role="note" aria-label={"Xero's count and ours"} className={`mt-2 text-sm ${portal.elsewhere > 0 ? "text-amber-800 dark:text-amber-300" : "text-soft"}`}>
      {portal.sentence}.{readAt && <span className="text-xs text-muted"> (Xero&apos;s count read on {readAt.toISOString().slice(0, 10)}.)</span>}
      {portal.elsewhere > 0 && <span className="block text-xs text-muted">Caps use Xero&apos;s larger count. Bring the others in with an import or observation from your product.</span>}
    </p>
  );
}

/** Why a connection is stale: plain sentences and the one recommended action (lib/staleness/explain.ts). */
export type StaleExplanation = { reasons: Array<{ code: string; sentence: string }>; action: string | null };

/** A stale connection's reasons as sentences, then the one thing to do about it. */
export function StaleReasons({ explanation }: { explanation?: StaleExplanation }) {
  if (!explanation || explanation.reasons.length === 0) return <span className="text-slate-500">—</span>;
  return (
    <div className="text-sm">
      <ul className="list-disc space-y-1 pl-4">
        {explanation.reasons.map((r) => (
          <li key={r.code} data-reason={r.code}>
            {r.sentence}
          </li>
        ))}
      </ul>
      {explanation.action && (
        <p className="mt-1 text-xs text-soft">
          <span className="font-semibold">Recommended:</span> {explanation.action}
        </p>
      )}
    </div>
  );
}

/** A remaining budget as a meter: how much of the limit is left after the latest call. */
export function BudgetMeter({ remaining, limit, label }: { remaining: number | null; limit: number; label: string }) {
  if (remaining === null) return <span className="text-muted">—</span>;
  const ratio = Math.max(0, Math.min(1, remaining / limit));
  const tone = ratio <= 0.1 ? "bg-red-600" : ratio <= 0.3 ? "bg-amber-500" : "bg-emerald-600";
  return (
    <div className="min-w-28">
      <div
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={limit}
        aria-valuenow={remaining}
        aria-valuetext={`${remaining} of ${limit} left`}
        className="h-1.5 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <div className={`h-full ${tone}`} style={{ width: `${Math.round(ratio * 100)}%` }} />
      </div>
      <span className="text-xs tabular-nums">
        {remaining.toLocaleString()} of {limit.toLocaleString()} left
      </span>
    </div>
  );
}

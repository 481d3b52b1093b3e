import type { RankedAction } from "@/lib/diagnosis/actions-rank";

/** The fixes, best first, each with what it changes. */
export function RankedActions({ actions }: { actions: RankedAction[] }) {
  if (actions.length === 0) return null;
  return (
    <section aria-labelledby="dg-actions" className="mb-8">
      <h2 id="dg-actions" className="mb-3 text-lg font-semibold">
        What to do, best first
      </h2>
      <ol aria-label="Ranked actions" className="list-decimal space-y-2 pl-6">
        {actions.map((a) => (
          <li key={a.key}>
            <span className="font-medium">{a.title}</span>
            <span className="text-soft">: {a.effect}.</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

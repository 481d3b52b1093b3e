import { PROJECTION_WINDOW, type Projection } from "@/lib/limits/projection";
import { formatDay } from "@/components/limits/trend-chart";

const pace = (n: number) => `${n >= 0 ? "+" : ""}${n.toFixed(n !== 0 && Math.abs(n) < 0.1 ? 2 : 1)} connections a day`;

function sentence(p: Projection, appName: string): React.ReactNode {
  switch (p.kind) {
    case "uncapped":
      return `${appName}'s plan has no connection cap, so there is no date to project.`;
    case "at-cap":
      return `Already at the cap: ${p.count} of ${p.cap} connections. No new organisation can connect until a slot is freed.`;
    case "insufficient-data":
      return "Not enough data yet: each sync writes one point a day, and a projection needs at least two days.";
    case "not-growing":
      return `Not growing (${pace(p.perDay)} over the last ${PROJECTION_WINDOW} recorded days), so no date for reaching the cap is projected.`;
    case "projected":
      return (
        <>
          At {pace(p.perDay)} (a straight-line fit over the last {PROJECTION_WINDOW} recorded days), {appName} reaches its cap around{" "}
          <strong>
            <time dateTime={p.date}>{formatDay(p.date)}</time>
          </strong>
          , in {p.days} {p.days === 1 ? "day" : "days"}.
        </>
      );
  }
}

/** The projection in one sentence, with the pace it rests on. */
export function ProjectionSummary({ projection, appName }: { projection: Projection; appName: string }) {
  return (
    <p role="status" aria-label="Projection" className="text-sm">
      {sentence(projection, appName)}
    </p>
  );
}

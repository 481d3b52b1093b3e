import type { Projection, TrendPoint } from "@/lib/limits/projection";

// An app's connection count per day as an inline SVG line, with its cap and, when the app is growing,
// the projected line to the cap. Screen readers get a description and the same data as a table.

type Props = { id: string; label: string; points: TrendPoint[]; cap: number | null; from: string; today: string; projection: Projection };

const W = 640;
const H = 240;
const PAD = { top: 16, right: 56, bottom: 28, left: 40 };
/** A projected date further out than this is stated in words, not drawn: it would squash the history. */
const MAX_DRAWN_AHEAD_DAYS = 60;
const DAY_MS = 86_400_000;

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
export const formatDay = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** Up to five round values from 0 to about `max` for the y axis. */
function niceTicks(max: number): number[] {
  const rough = Math.max(1, max) / 4;
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * 10 ** Math.floor(Math.log10(rough))).find((s) => s >= rough) ?? rough);
  return Array.from({ length: Math.floor(Math.max(1, max) / step) + 1 }, (_, i) => i * step);
}

export function TrendChart({ id, label, points, cap, from, today, projection }: Props) {
  const last = points.at(-1);
  const drawProjection = projection.kind === "projected" && last && projection.days <= MAX_DRAWN_AHEAD_DAYS;
  // Start at the first point when the history is shorter than the window, so the line uses the width.
  const start = points[0] && points[0].day > from ? points[0].day : from;
  const x0 = dayNumber(start);
  const end = drawProjection && projection.date > today ? projection.date : today;
  const x1 = Math.max(dayNumber(end), x0 + 1);
  const yMax = Math.max(1, cap ?? 0, ...points.map((p) => p.count)) * 1.1;
  const x = (day: string) => PAD.left + ((dayNumber(day) - x0) / (x1 - x0)) * (W - PAD.left - PAD.right);
  const y = (count: number) => H - PAD.bottom - (count / yMax) * (H - PAD.top - PAD.bottom);
  const ticks = niceTicks(yMax / 1.1);
  const line = points.map((p) => `${x(p.day).toFixed(1)},${y(p.count).toFixed(1)}`).join(" ");
  const counts = points.map((p) => p.count);
  const description =
    points.length === 0
      ? "No daily counts recorded yet."
      : `${points.length} daily counts from ${formatDay(points[0]!.day)} to ${formatDay(last!.day)}: lowest ${Math.min(...counts)}, highest ${Math.max(...counts)}, latest ${last!.count}${cap !== null ? `, against a cap of ${cap}` : ""}.`;
  return (
    <figure aria-labelledby={`${id}-caption`}>
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full text-slate-500" role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        <title id={`${id}-title`}>{label}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <line x1={PAD.left} y1={H - PAD.bottom} x2={W - PAD.right} y2={H - PAD.bottom} stroke="currentColor" strokeWidth="1" />
        <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={H - PAD.bottom} stroke="currentColor" strokeWidth="1" />
        {ticks.map((t) => (
          <g key={t}>
            {t > 0 && <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke="currentColor" strokeOpacity="0.15" />}
            <text x={PAD.left - 6} y={y(t)} textAnchor="end" dominantBaseline="middle" className="fill-current text-[11px]">
              {t}
            </text>
          </g>
        ))}
        <text x={PAD.left} y={H - 8} className="fill-current text-[11px]">
          {formatDay(start)}
        </text>
        <text x={W - PAD.right} y={H - 8} textAnchor="end" className="fill-current text-[11px]">
          {formatDay(end)}
        </text>
        {cap !== null && (
          <g className="text-red-600 dark:text-red-400">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(cap)} y2={y(cap)} stroke="currentColor" strokeDasharray="6 4" strokeWidth="1.5" />
            <text x={W - PAD.right + 4} y={y(cap)} dominantBaseline="middle" className="fill-current text-[11px]">
              Cap {cap}
            </text>
          </g>
        )}
        {drawProjection && <line x1={x(last.day)} y1={y(last.count)} x2={x(projection.date)} y2={y(cap!)} stroke="currentColor" strokeDasharray="3 3" strokeWidth="1.5" className="text-amber-600" />}
        {points.length > 1 && <polyline points={line} fill="none" stroke="currentColor" strokeWidth="2" className="text-sky-700 dark:text-sky-400" />}
        {points.map((p) => (
          <circle key={p.day} cx={x(p.day)} cy={y(p.count)} r="3" className="fill-sky-700 dark:fill-sky-400">
            <title>{`${formatDay(p.day)}: ${p.count}`}</title>
          </circle>
        ))}
      </svg>
      <figcaption id={`${id}-caption`} className="sr-only">
        {label}
      </figcaption>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer">Show the data as a table</summary>
        <table className="mt-2 text-sm">
          <caption className="sr-only">{label}, by day</caption>
          <thead>
            <tr>
              <th scope="col" className="pr-6 text-left">
                Day
              </th>
              <th scope="col" className="text-right">
                Connections
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.day}>
                <td className="pr-6">
                  <time dateTime={p.day}>{formatDay(p.day)}</time>
                </td>
                <td className="text-right tabular-nums">{p.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

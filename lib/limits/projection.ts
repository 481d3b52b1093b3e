const DAY_MS = 86_400_000;

// Pure: when an app will reach its connection cap if it keeps growing as it has lately. A least-squares
// line through the last N daily counts gives connections per day; the date is counted from the latest
// point, so a recent jump is not averaged away.

export type TrendPoint = { day: string; count: number };
export type Projection =
  | { kind: "uncapped" }
  | { kind: "at-cap"; cap: number; count: number }
  | { kind: "insufficient-data" }
  | { kind: "not-growing"; perDay: number }
  | { kind: "projected"; perDay: number; days: number; date: string };

export const PROJECTION_WINDOW = 30;
/** Below this a slope is rounding noise, not growth (one connection in about three years). */
const FLAT = 0.001;

const dayNumber = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
const dayString = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** Connections gained per day by least squares over (day, count); null for fewer than two distinct days. */
export function slopePerDay(points: TrendPoint[]): number | null {
  const xs = points.map((p) => dayNumber(p.day));
  const n = points.length;
  if (n < 2 || new Set(xs).size < 2) return null;
  const meanX = xs.reduce((a, b) => a + b, 0) / n;
  const meanY = points.reduce((a, p) => a + p.count, 0) / n;
  let num = 0;
  let den = 0;
  points.forEach((p, i) => {
    num += (xs[i]! - meanX) * (p.count - meanY);
    den += (xs[i]! - meanX) ** 2;
  });
  return num / den;
}

export function projectCapDate(points: TrendPoint[], cap: number | null, window = PROJECTION_WINDOW): Projection {
  if (cap === null) return { kind: "uncapped" };
  const recent = [...points].sort((a, b) => a.day.localeCompare(b.day)).slice(-window);
  const latest = recent.at(-1);
  if (latest && latest.count >= cap) return { kind: "at-cap", cap, count: latest.count };
  const perDay = slopePerDay(recent);
  if (!latest || perDay === null) return { kind: "insufficient-data" };
  if (perDay < FLAT) return { kind: "not-growing", perDay };
  const days = Math.ceil((cap - latest.count) / perDay);
  return { kind: "projected", perDay, days, date: dayString(dayNumber(latest.day) + days) };
}

import { SECURITY_ASSESSMENT_AT } from "./plans";

// How close a count is to its cap, as the bars on every page show it: amber from 80 %, red at the cap.

export type CapLevel = "ok" | "warn" | "full" | "uncapped";
export type CapProgress = {
  count: number;
  cap: number | null;
  level: CapLevel;
  /** 0–100 for the bar; for uncapped apps, progress toward the security-assessment milestone. */
  percent: number;
  remaining: number | null;
  /** Uncapped apps: whether the 1,000-connection security assessment is due. */
  assessmentDue: boolean;
};

export const WARN_RATIO = 0.8;

export function capProgress(count: number, cap: number | null): CapProgress {
  if (cap === null) {
    return {
      count,
      cap,
      level: "uncapped",
      percent: Math.min(100, Math.round((count / SECURITY_ASSESSMENT_AT) * 100)),
      remaining: null,
      assessmentDue: count >= SECURITY_ASSESSMENT_AT,
    };
  }
  const level: CapLevel = count >= cap ? "full" : count >= cap * WARN_RATIO ? "warn" : "ok";
  return {
    count,
    cap,
    level,
    percent: cap === 0 ? 100 : Math.min(100, Math.round((count / cap) * 100)),
    remaining: Math.max(0, cap - count),
    assessmentDue: count >= SECURITY_ASSESSMENT_AT,
  };
}

const severity: Record<CapLevel, number> = { full: 0, warn: 1, ok: 2, uncapped: 3 };

// How much of the cap is used: beyond 1 when over it; uncapped apps by the assessment milestone. "ok" at the
// cap is a Custom Connection serving its one organisation (its normal state): nothing used up that matters.
function used(p: CapProgress): number {
  if (p.cap === null) return p.count / SECURITY_ASSESSMENT_AT;
  if (p.level === "ok" && p.count >= p.cap) return 0;
  return p.cap === 0 ? Infinity : p.count / p.cap;
}

/**
 * Sort order "closest to the cap first" (the overview's apps that need attention): at or over the cap, then
 * nearly full, then the rest, each by how much of the cap is used, then by count; uncapped apps last.
 */
export function closerToCap(a: CapProgress, b: CapProgress): number {
  if (severity[a.level] !== severity[b.level]) return severity[a.level] - severity[b.level];
  const ua = used(a);
  const ub = used(b);
  if (ua !== ub) return ua > ub ? -1 : 1;
  return b.count - a.count;
}

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

// @ts-nocheck
import { cn } from "@/components/ui/cn";
import { SECURITY_ASSESSMENT_AT } from "@/lib/limits/plans";
import type { CapProgress } from "@/lib/limits/progress";

const barTone = { ok: "bg-emerald-600", warn: "bg-amber-500", full: "bg-red-600", uncapped: "bg-sky-600" } as const;
const textTone = { ok: "", warn: "text-amber-800 dark:text-amber-300", full: "text-red-700 dark:text-red-400", uncapped: "" } as const;

/** Connections against the cap: amber from 80 %, red at the cap; uncapped plans show the assessment milestone. */
export function CapBar({ progress, label, unit = "connections" }: { progress: CapProgress; label: string; unit?: string }) {
  const { count, cap, level, percent } = progress;
  const text =
    cap === null
      ? `${count.toLocaleString()} ${unit} · no cap${progress.assessmentDue ? " · security assessment due" : ` · security assessment at ${SECURITY_ASSESSMENT_AT.toLocaleString()}`}`
      : `${count.toLocaleString()} of ${cap.toLocaleString()} ${unit}${level === "full" ? " · at the cap" : level === "warn" ? " · nearly full" : ""}`;
  return (
    <div>
      <div
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={cap ?? SECURITY_ASSESSMENT_AT}
        aria-valuenow={count}
        aria-valuetext={text}
        data-level={level}
        className="h-2 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <div className={cn("h-full rounded-full", barTone[level])} style={{ width: `${percent}%` }} />
      </div>
      <p className={cn("mt-1 text-sm", textTone[level])}>{text}</p>
    </div>
  );
}

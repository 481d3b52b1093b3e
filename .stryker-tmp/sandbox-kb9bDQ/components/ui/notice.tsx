// @ts-nocheck
import { cn } from "./cn";

const tones = {
  error: "border-red-300 bg-red-50 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200",
  success: "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
  info: "border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-200",
} as const;

/** A message about the outcome of something the user did. Errors are announced as alerts. */
export function Notice({ tone, title, children }: { tone: keyof typeof tones; title?: string; children: React.ReactNode }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} aria-label={title} className={cn("rounded-md border p-3 text-sm", tones[tone])}>
      {children}
    </div>
  );
}

import "server-only";
import { requirePermission } from "@/lib/auth/session";
import { xeroNow } from "@/lib/clock";
import { pendingRequests } from "./requests";
import { recentRuns } from "./runs";
import { interruptAbandonedRuns } from "./run-recovery";
import { readJobSettings } from "./settings";

// Settings → Jobs reads: every role may see how background work is set up and how it went.

export type JobRunView = {
  id: number;
  kind: string;
  trigger: string;
  holder: string;
  status: "running" | "ok" | "partial" | "failed" | "interrupted";
  startedAt: string;
  finishedAt: string | null;
  durationMs: number | null;
  done: number;
  total: number;
  summary: Record<string, unknown> | null;
};

export const RUNS_LIMIT = 50;

export async function listJobRuns(limit = RUNS_LIMIT): Promise<{ runs: JobRunView[]; queued: string[]; nowIso: string }> {
  await requirePermission("settings:read");
  // A run whose process died is shown as interrupted, not as running for ever.
  await interruptAbandonedRuns();
  const at = xeroNow();
  const runs = (await recentRuns(Math.min(Math.max(1, limit), RUNS_LIMIT))).map((r) => ({
    id: r.id,
    kind: r.kind,
    trigger: r.trigger,
    holder: r.holder,
    status: r.status,
    startedAt: r.startedAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
    durationMs: (r.finishedAt ?? at).getTime() - r.startedAt.getTime(),
    done: r.done,
    total: r.total,
    summary: r.summary ?? null,
  }));
  return { runs, queued: Object.keys(await pendingRequests()), nowIso: at.toISOString() };
}

export async function getJobSettings() {
  await requirePermission("settings:read");
  return readJobSettings();
}

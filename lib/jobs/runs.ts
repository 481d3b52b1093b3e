import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { jobRuns } from "@/db/schema";
import { firstRow } from "@/db/query";
import { xeroNow, xeroNowMs } from "@/lib/clock";

// System layer: the record of each background or on-demand run (sync, keep-alive), with live progress.

export type RunStatus = "running" | "ok" | "partial" | "failed" | "interrupted";

/** How long a run stays "running" without a sign of life from its owner (lib/jobs/run-recovery.ts). */
export const RUN_LEASE_MS = 2 * 60 * 1000;
const leaseEnd = () => new Date(xeroNowMs() + RUN_LEASE_MS);

/** `holder` must be the owning process (lib/jobs/owner.ts), so a crash can be told from a slow run. */
export async function startRun(kind: string, trigger: string, holder: string, total: number): Promise<number> {
  const [row] = await getDb().insert(jobRuns).values({ kind, trigger, holder, startedAt: xeroNow(), leaseExpiresAt: leaseEnd(), status: "running", total, done: 0 }).returning({ id: jobRuns.id });
  return row!.id;
}

/** Progress so far; `summary` holds the partial counts an interrupted run keeps. Also renews the lease. */
export async function reportProgress(id: number, done: number, summary?: Record<string, unknown>): Promise<void> {
  await getDb()
    .update(jobRuns)
    .set({ done, leaseExpiresAt: leaseEnd(), ...(summary ? { summary } : {}) })
    .where(and(eq(jobRuns.id, id), eq(jobRuns.status, "running")));
}

async function renewRunLease(id: number): Promise<void> {
  await getDb()
    .update(jobRuns)
    .set({ leaseExpiresAt: leaseEnd() })
    .where(and(eq(jobRuns.id, id), eq(jobRuns.status, "running")));
}

/** Renews the run's lease while one slow step works; call the returned function when the run ends. */
export function keepRunAlive(id: number): () => void {
  const timer = setInterval(() => void renewRunLease(id), RUN_LEASE_MS / 4);
  timer.unref();
  return () => clearInterval(timer);
}

export async function finishRun(id: number, status: Exclude<RunStatus, "running" | "interrupted">, summary: Record<string, unknown>): Promise<void> {
  await getDb().update(jobRuns).set({ status, summary, finishedAt: xeroNow(), leaseExpiresAt: null }).where(eq(jobRuns.id, id));
}

export async function getRun(id: number) {
  return (await firstRow(getDb().select().from(jobRuns).where(eq(jobRuns.id, id)).limit(1))) ?? null;
}

export async function recentRuns(limit = 50) {
  return getDb().select().from(jobRuns).orderBy(desc(jobRuns.startedAt), desc(jobRuns.id)).limit(limit);
}

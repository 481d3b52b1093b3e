// @ts-nocheck
import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { jobRuns } from "@/db/schema";
import { xeroNow } from "@/lib/clock";

// System layer: the record of each background or on-demand run (sync, keep-alive), with live progress.

export type RunStatus = "running" | "ok" | "partial" | "failed";

export function startRun(kind: string, trigger: string, holder: string, total: number): number {
  const row = getDb().insert(jobRuns).values({ kind, trigger, holder, startedAt: xeroNow(), status: "running", total, done: 0 }).returning({ id: jobRuns.id }).get();
  return row.id;
}

export function reportProgress(id: number, done: number, summary?: Record<string, unknown>) {
  getDb().update(jobRuns).set({ done, ...(summary ? { summary } : {}) }).where(eq(jobRuns.id, id)).run();
}

export function finishRun(id: number, status: Exclude<RunStatus, "running">, summary: Record<string, unknown>) {
  getDb().update(jobRuns).set({ status, summary, finishedAt: xeroNow() }).where(eq(jobRuns.id, id)).run();
}

export function getRun(id: number) {
  return getDb().select().from(jobRuns).where(eq(jobRuns.id, id)).get() ?? null;
}

export function recentRuns(limit = 50) {
  return getDb().select().from(jobRuns).orderBy(desc(jobRuns.startedAt), desc(jobRuns.id)).limit(limit).all();
}

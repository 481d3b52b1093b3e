import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { jobRuns } from "@/db/schema";
import { xeroNow, xeroNowMs } from "@/lib/clock";
import { isAbandoned, thisProcessProbe, type ProcessProbe } from "./owner";

// A run whose owner died (kill -9, power cut) would say "running" for ever and block the next one.
// No server-only: scripts/start.ts runs this before the server starts.

/** Before leases existed a run had none: it counted as running for 30 minutes after it started. */
const LEGACY_RUNNING_WINDOW_MS = 30 * 60 * 1000;

/** Marks runs whose owner is gone as `interrupted`, keeping their partial counts. Returns their ids. */
export async function interruptAbandonedRuns(probe: ProcessProbe = thisProcessProbe()): Promise<number[]> {
  const now = xeroNowMs();
  const running = await getDb().select().from(jobRuns).where(eq(jobRuns.status, "running"));
  const abandoned = running.filter((r) => isAbandoned({ holder: r.holder, leaseExpiresAtMs: r.leaseExpiresAt?.getTime() ?? r.startedAt.getTime() + LEGACY_RUNNING_WINDOW_MS }, now, probe));
  for (const r of abandoned) {
    const summary = { ...(r.summary ?? {}), interrupted: `The process running it (${r.holder}) stopped after ${r.done} of ${r.total}.` };
    await getDb()
      .update(jobRuns)
      .set({ status: "interrupted", finishedAt: xeroNow(), leaseExpiresAt: null, summary })
      .where(and(eq(jobRuns.id, r.id), eq(jobRuns.status, "running")));
  }
  return abandoned.map((r) => r.id);
}

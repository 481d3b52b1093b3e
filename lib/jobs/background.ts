import "server-only";
import { and, desc, eq, ne } from "drizzle-orm";
import { getDb } from "@/db/index";
import { firstRow } from "@/db/query";
import { grants, jobRuns } from "@/db/schema";
import { xeroNow, xeroNowMs } from "@/lib/clock";
import { refreshGrant } from "@/lib/grants/token-store";
import { activeGrantIds, runSync, type SyncHooks } from "@/lib/connections/sync-engine";
import { deliverDueWebhooks } from "@/lib/alerts/deliver";
import { isXeroError } from "@/lib/xero/errors";
import { logger } from "@/lib/logger";
import { grantsDueForKeepAlive } from "./keep-alive-plan";
import { pruneOldRecords } from "./retention";
import { tryAcquireLease } from "./lease";
import { env } from "@/lib/env";
import { takeRequests, type JobKind } from "./requests";
import { finishRun, keepRunAlive, reportProgress, startRun } from "./runs";
import { PROCESS_OWNER } from "./owner";
import { interruptAbandonedRuns } from "./run-recovery";
import { finishInterruptedDisconnects } from "@/lib/connections/disconnect-recovery";
import { readJobSettings } from "./settings";

// System layer: the work the server does on its own — keep-alive refreshes, scheduled syncs, webhook
// retries — done by whichever process holds the lease.

// One id per server process (lib/jobs/owner.ts): the lease holder and the owner of the runs it starts.
export const HOLDER = PROCESS_OWNER;
export const LEASE = "background";
/** How long the background lease lasts unrenewed (JOBS_LEASE_SECONDS): another instance takes over after at most this. */
export const leaseTtlMs = () => env().JOBS_LEASE_SECONDS * 1000;

export type StartedRun = { runId: number; finished: Promise<void> };

async function dueForKeepAlive() {
  const settings = await readJobSettings();
  const candidates = await getDb()
    .select({ id: grants.id, email: grants.email, refreshObtainedAt: grants.refreshObtainedAt, lastRefreshFailedAt: grants.lastRefreshFailedAt, failureCount: grants.failureCount })
    .from(grants)
    // Observed grants hold no token: the team's product keeps them alive.
    .where(and(eq(grants.status, "active"), ne(grants.source, "observed")));
  return { candidates, due: grantsDueForKeepAlive(candidates, xeroNow(), settings.keepAliveAfterDays) };
}

/**
 * Starts a keep-alive run: the run row exists when this returns; the refreshes go on in `finished`.
 * A scheduled run with nothing due records nothing, so idle ticks do not bury the runs that did work.
 */
export async function startKeepAlive(trigger: string, opts: { skipIfNothingDue?: boolean } = {}): Promise<StartedRun | null> {
  const { candidates, due } = await dueForKeepAlive();
  if (due.length === 0 && opts.skipIfNothingDue) return null;
  const runId = await startRun("keep-alive", trigger, HOLDER, due.length);
  const finished = (async () => {
    const stopHeartbeat = keepRunAlive(runId);
    const emails = new Map(candidates.map((c) => [c.id, c.email]));
    const errors: Array<{ grantId: string; email: string; error: string }> = [];
    for (const [i, id] of due.entries()) {
      try {
        await refreshGrant(id);
      } catch (error) {
        errors.push({ grantId: id, email: emails.get(id) ?? "", error: isXeroError(error) ? error.userMessage : "An unexpected error stopped this refresh." });
        if (!isXeroError(error)) logger.error("keep-alive refresh failed", { grantId: id, error: error instanceof Error ? error.message : String(error) });
      }
      await reportProgress(runId, i + 1, { refreshed: i + 1 - errors.length, failed: errors.length, errors });
    }
    const status = errors.length === 0 ? "ok" : errors.length === due.length ? "failed" : "partial";
    stopHeartbeat();
    await finishRun(runId, status, { refreshed: due.length - errors.length, failed: errors.length, errors });
  })();
  return { runId, finished };
}

export async function startScheduledSync(trigger: string, hooks?: SyncHooks): Promise<StartedRun> {
  const ids = await activeGrantIds();
  const runId = await startRun("sync", trigger, HOLDER, ids.length);
  return { runId, finished: runSync(runId, ids, hooks).then(() => undefined) };
}

export async function runScheduledSync(trigger: string): Promise<number> {
  const { runId, finished } = await startScheduledSync(trigger);
  await finished;
  return runId;
}

export const startJob = async (kind: JobKind, trigger: string): Promise<StartedRun> => (kind === "sync" ? startScheduledSync(trigger) : (await startKeepAlive(trigger))!);

/**
 * Whether a run of this kind is in progress (in any process), so a second one is not started beside it.
 * A run whose owner is gone is marked interrupted first, so it never blocks the next one.
 */
export async function isJobRunning(kind: JobKind): Promise<boolean> {
  await interruptAbandonedRuns();
  return !!(await firstRow(
    getDb()
      .select({ id: jobRuns.id })
      .from(jobRuns)
      .where(and(eq(jobRuns.kind, kind), eq(jobRuns.status, "running")))
      .limit(1),
  ));
}

async function lastScheduledSyncAt(): Promise<Date | null> {
  const row = await firstRow(
    getDb()
      .select({ at: jobRuns.startedAt })
      .from(jobRuns)
      .where(and(eq(jobRuns.kind, "sync"), eq(jobRuns.trigger, "schedule")))
      .orderBy(desc(jobRuns.startedAt))
      .limit(1),
  );
  return row?.at ?? null;
}

/** Keeps the lease while a long tick works, so no other process takes over half-way. */
async function holdingLease(work: () => Promise<void>): Promise<void> {
  const renew = setInterval(() => void tryAcquireLease(LEASE, HOLDER, leaseTtlMs()), leaseTtlMs() / 3);
  renew.unref();
  try {
    await work();
  } finally {
    clearInterval(renew);
  }
}

// Only the lease holder starts runs (other processes queue them), so "none running → start one" needs to be one
// step within this process only: the check and the start await the database, and two callers (a click and a tick)
// must not both pass the check.
const starting = globalThis as unknown as { __connectionDeskStarting?: Map<JobKind, Promise<unknown>> };

/** Starts a run of `kind` unless one is in progress; null when one is. */
export async function startJobIfIdle(kind: JobKind, trigger: string): Promise<StartedRun | null> {
  const queue = (starting.__connectionDeskStarting ??= new Map());
  const turn = (queue.get(kind) ?? Promise.resolve()).then(async () => ((await isJobRunning(kind)) ? null : startJob(kind, trigger)));
  queue.set(
    kind,
    turn.catch(() => undefined),
  );
  return turn;
}

async function runIfIdle(kind: JobKind, trigger: string) {
  await (
    await startJobIfIdle(kind, trigger)
  )?.finished;
}

/** Finishes what a dead process left half-done: its runs become interrupted, its disconnects are completed or rolled back. */
export async function recoverInterruptedWork(): Promise<void> {
  try {
    await interruptAbandonedRuns();
    await finishInterruptedDisconnects();
  } catch (error) {
    logger.error("recovering interrupted work failed", { error: error instanceof Error ? error.message : String(error) });
  }
}

/** One scheduler tick: does nothing unless this process holds (or takes) the lease. */
export async function tick(): Promise<void> {
  if (!(await tryAcquireLease(LEASE, HOLDER, leaseTtlMs()))) return;
  await holdingLease(async () => {
    await recoverInterruptedWork();
    const requested = await takeRequests();
    for (const kind of ["keep-alive", "sync"] as const) {
      const request = requested[kind];
      if (request) await runIfIdle(kind, `manual: ${request.by} (queued)`);
    }
    const settings = await readJobSettings();
    if (settings.keepAliveEnabled && !(await isJobRunning("keep-alive"))) await (await startKeepAlive("schedule", { skipIfNothingDue: true }))?.finished;
    const last = await lastScheduledSyncAt();
    if (settings.syncEnabled && (!last || xeroNowMs() - last.getTime() >= settings.syncIntervalHours * 60 * 60 * 1000)) {
      await runIfIdle("sync", "schedule");
    }
    try {
      await deliverDueWebhooks();
    } catch (error) {
      logger.error("webhook retries failed", { error: error instanceof Error ? error.message : String(error) });
    }
    try {
      await pruneOldRecords();
    } catch (error) {
      logger.error("pruning old records failed", { error: error instanceof Error ? error.message : String(error) });
    }
  });
}

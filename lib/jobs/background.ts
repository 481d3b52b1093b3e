import "server-only";
import crypto from "node:crypto";
import os from "node:os";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { grants, jobRuns } from "@/db/schema";
import { now } from "@/lib/clock";
import { refreshGrant } from "@/lib/grants/token-store";
import { activeGrantIds, runSync } from "@/lib/connections/sync-engine";
import { isXeroError } from "@/lib/xero/errors";
import { grantsDueForKeepAlive } from "./keep-alive-plan";
import { tryAcquireLease } from "./lease";
import { finishRun, reportProgress, startRun } from "./runs";
import { readJobSettings } from "./settings";

// System layer: the work the server does on its own — keep-alive refreshes and scheduled syncs —
// done by whichever process holds the lease.

export const HOLDER = `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString("hex")}`;
const LEASE = "background";
const LEASE_TTL_MS = 5 * 60 * 1000;

export async function runKeepAlive(trigger: string): Promise<number> {
  const settings = readJobSettings();
  const candidates = getDb()
    .select({ id: grants.id, refreshObtainedAt: grants.refreshObtainedAt, lastRefreshFailedAt: grants.lastRefreshFailedAt, failureCount: grants.failureCount })
    .from(grants)
    .where(eq(grants.status, "active"))
    .all();
  const due = grantsDueForKeepAlive(candidates, now(), settings.keepAliveAfterDays);
  const runId = startRun("keep-alive", trigger, HOLDER, due.length);
  const errors: Array<{ grantId: string; error: string }> = [];
  for (const [i, id] of due.entries()) {
    try {
      await refreshGrant(id);
    } catch (error) {
      errors.push({ grantId: id, error: isXeroError(error) ? error.userMessage : String(error) });
    }
    reportProgress(runId, i + 1);
  }
  finishRun(runId, errors.length === 0 ? "ok" : errors.length === due.length ? "failed" : "partial", { refreshed: due.length - errors.length, failed: errors.length, errors });
  return runId;
}

export async function runScheduledSync(trigger: string): Promise<number> {
  const ids = activeGrantIds();
  const runId = startRun("sync", trigger, HOLDER, ids.length);
  await runSync(runId, ids);
  return runId;
}

function lastScheduledSyncAt(): Date | null {
  const row = getDb().select({ at: jobRuns.startedAt }).from(jobRuns).where(and(eq(jobRuns.kind, "sync"), eq(jobRuns.trigger, "schedule"))).orderBy(desc(jobRuns.startedAt)).limit(1).get();
  return row?.at ?? null;
}

/** One scheduler tick: does nothing unless this process holds (or takes) the lease. */
export async function tick(): Promise<void> {
  if (!tryAcquireLease(LEASE, HOLDER, LEASE_TTL_MS)) return;
  const settings = readJobSettings();
  if (settings.keepAliveEnabled) await runKeepAlive("schedule");
  const last = lastScheduledSyncAt();
  if (settings.syncEnabled && (!last || now().getTime() - last.getTime() >= settings.syncIntervalHours * 60 * 60 * 1000)) {
    await runScheduledSync("schedule");
  }
}

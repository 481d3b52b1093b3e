import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import { transact } from "@/db/steps";
import { auditStep, recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { HOLDER, isJobRunning, LEASE, leaseTtlMs, startJobIfIdle } from "./background";
import { tryAcquireLease } from "./lease";
import { JOB_KINDS, requestRunStep, type JobKind } from "./requests";
import { readJobSettings, writeJobSettingsStep, type JobSettings } from "./settings";

// Settings → Jobs changes: admins change the settings ("settings:manage"); whoever may sync
// ("connections:sync") may start a run now. The server actions in app/(dashboard)/settings/jobs check
// the permission and parse the input through defineAction.

export async function updateJobSettings(next: JobSettings, user: SessionUser): Promise<{ changed: boolean }> {
  const before = await readJobSettings();
  const changes = (Object.keys(next) as Array<keyof JobSettings>).filter((k) => before[k] !== next[k]);
  if (changes.length === 0) return { changed: false };
  await transact(function* (tx) {
    yield* writeJobSettingsStep(tx, next, user.email);
    yield* auditStep(tx, {
      actor: { id: user.id, email: user.email },
      action: "settings.updated",
      target: { type: "settings", id: "jobs", label: "Background jobs" },
      details: Object.fromEntries(changes.map((k) => [k, { from: before[k], to: next[k] }])),
    });
  });
  return { changed: true };
}

export const jobKindSchema = z.enum(JOB_KINDS, { message: "Choose keep-alive or sync." });
const kindLabel = { "keep-alive": "keep-alive", sync: "sync" } as const;

/**
 * Starts a keep-alive or sync run. The process holding the background lease runs it at once; any other
 * process queues it for the holder's next tick, so two processes never refresh the same grant.
 */
export async function runJobNow(kind: JobKind, user: SessionUser): Promise<{ runId: number | null; queued: boolean }> {
  const running = () => new AppError("conflict", `A ${kindLabel[kind]} run is already in progress. Follow it in the list of runs.`);
  if (await isJobRunning(kind)) throw running();
  const actor = { id: user.id, email: user.email };
  if (!(await tryAcquireLease(LEASE, HOLDER, leaseTtlMs()))) {
    await transact(
      function* (tx) {
        yield* requestRunStep(tx, kind, user.email);
        yield* auditStep(tx, { actor, action: "job.run", target: { type: "job", id: kind, label: kindLabel[kind] }, details: { queued: true } });
      },
      { immediate: true },
    );
    return { runId: null, queued: true };
  }
  const started = await startJobIfIdle(kind, `manual: ${user.email}`);
  if (!started) throw running();
  const { runId, finished } = started;
  await recordAudit({ actor, action: "job.run", target: { type: "job", id: kind, label: kindLabel[kind] }, details: { runId } });
  // Runs after the response; the page follows it through GET /api/jobs.
  finished.catch((error: unknown) => logger.error("manual job failed", { kind, runId, error: error instanceof Error ? error.message : String(error) }));
  return { runId, queued: false };
}

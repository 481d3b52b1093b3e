// @ts-nocheck
import "server-only";
import { requirePermission } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { getApp } from "@/lib/apps/queries";
import { getRun, startRun } from "@/lib/jobs/runs";
import { AppError } from "@/lib/errors";
import { activeGrantIds, runSync } from "./sync-engine";

/** "Sync now" on an app: starts reconciling every active grant and returns the run to follow. */
export async function startAppSync(appId: string): Promise<{ runId: number; total: number }> {
  const user = await requirePermission("connections:sync");
  const app = await getApp(appId);
  const ids = activeGrantIds(app.id);
  const runId = startRun("sync", `manual: ${app.name}`, `user:${user.email}`, ids.length);
  recordAudit({ actor: user, action: "sync.run", target: { type: "app", id: app.id, label: app.name }, details: { grants: ids.length, runId } });
  // Runs after the response; the page follows it through GET /api/jobs/{id}.
  void runSync(runId, ids);
  return { runId, total: ids.length };
}

export async function getSyncRun(id: number) {
  await requirePermission("connections:read");
  const run = getRun(id);
  if (!run) throw new AppError("not_found", "That run was not found.");
  return { id: run.id, status: run.status, total: run.total, done: run.done, summary: run.summary, startedAt: run.startedAt, finishedAt: run.finishedAt };
}

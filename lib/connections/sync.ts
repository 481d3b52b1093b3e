import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { firstRow } from "@/db/query";
import { grants, xeroApps } from "@/db/schema";
import type { Environment } from "@/lib/apps/environments";
import { requirePermission } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { getRun, startRun } from "@/lib/jobs/runs";
import { PROCESS_OWNER } from "@/lib/jobs/owner";
import { AppError, notFound } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { activeGrantIds, runSync } from "./sync-engine";

/** A run left going after the response: a failure (the database gone away) is logged, never an unhandled rejection. */
function inBackground(runId: number, run: Promise<unknown>) {
  run.catch((error: unknown) => logger.error("sync run failed", { runId, error: error instanceof Error ? error.message : String(error) }));
}

/** The app a sync names. Needs only the sync permission: an API key with `write` alone may sync. */
export async function syncTarget(appId: string): Promise<{ id: string; name: string; environment: Environment }> {
  await requirePermission("connections:sync");
  const app = await firstRow(getDb().select({ id: xeroApps.id, name: xeroApps.name, environment: xeroApps.environment }).from(xeroApps).where(eq(xeroApps.id, appId)).limit(1));
  if (!app) throw notFound("That app");
  return app;
}

/** "Sync now" on an app: starts reconciling every active grant and returns the run to follow. */
export async function startAppSync(appId: string): Promise<{ runId: number; total: number }> {
  const user = await requirePermission("connections:sync");
  const app = await syncTarget(appId);
  const ids = await activeGrantIds(app.id);
  // The owner is this process (the user is in the audit entry), so a crash here can be recognised.
  const runId = await startRun("sync", `manual: ${app.name}`, PROCESS_OWNER, ids.length);
  await recordAudit({ actor: user, action: "sync.run", target: { type: "app", id: app.id, label: app.name }, details: { grants: ids.length, runId } });
  // Runs after the response; the page follows it through GET /api/jobs/{id}.
  inBackground(runId, runSync(runId, ids, {}, app.id));
  return { runId, total: ids.length };
}

/** Sync every app in one environment, or every app: one run over all their active grants (REST API). */
export async function startSyncAll(environment?: Environment): Promise<{ runId: number; total: number }> {
  const user = await requirePermission("connections:sync");
  const ids = (
    await getDb()
      .select({ id: grants.id })
      .from(grants)
      .innerJoin(xeroApps, eq(xeroApps.id, grants.appId))
      .where(and(eq(grants.status, "active"), environment ? eq(xeroApps.environment, environment) : undefined))
  ).map((g) => g.id);
  const label = environment ? `every ${environment} app` : "every app";
  const runId = await startRun("sync", `manual: ${label}`, `user:${user.email}`, ids.length);
  await recordAudit({ actor: user, action: "sync.run", target: { type: "app", id: environment ?? "all", label }, details: { grants: ids.length, runId } });
  inBackground(runId, runSync(runId, ids));
  return { runId, total: ids.length };
}

export async function getSyncRun(id: number) {
  await requirePermission("connections:read");
  const run = await getRun(id);
  if (!run) throw new AppError("not_found", "That run was not found.");
  return { id: run.id, status: run.status, total: run.total, done: run.done, summary: run.summary, startedAt: run.startedAt, finishedAt: run.finishedAt, startedBy: run.holder.replace(/^user:/, "") };
}

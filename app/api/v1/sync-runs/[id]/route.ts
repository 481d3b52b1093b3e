// GET /api/v1/sync-runs/{id} – a sync's progress and result (API key: read)
import { apiRoute } from "@/lib/api/handle";
import { getSyncRunEndpoint } from "@/lib/api/endpoints/operations";
import { ApiProblem } from "@/lib/api/errors";
import { getSyncRun } from "@/lib/connections/sync";

export const dynamic = "force-dynamic";

export const GET = apiRoute(getSyncRunEndpoint, async ({ params, key }) => {
  const run = await getSyncRun(params.id);
  // Runs are not tied to an environment: a key limited to one sees only the runs it started itself.
  if (key.environment !== "all" && run.startedBy !== `API key ${key.prefix}`) throw new ApiProblem(404, "not_found", "That run was not found.");
  return { ...run, startedAt: run.startedAt.toISOString(), finishedAt: run.finishedAt?.toISOString() ?? null, summary: run.summary ?? null };
});

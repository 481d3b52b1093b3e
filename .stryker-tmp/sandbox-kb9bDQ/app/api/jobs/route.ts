// @ts-nocheck
// GET /api/jobs?limit=50 – the latest background and manual runs with live progress (admin, developer, support)
import { listJobRuns, RUNS_LIMIT } from "@/lib/jobs/queries";
import { toPublicError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const limit = Number(new URL(request.url).searchParams.get("limit") ?? RUNS_LIMIT);
    return Response.json(await listJobRuns(Number.isInteger(limit) ? limit : RUNS_LIMIT));
  } catch (error) {
    const e = toPublicError(error);
    return Response.json({ error: e.message }, { status: e.status });
  }
}

// @ts-nocheck
// GET /api/jobs/{id} – progress and result of a sync run, polled by "Sync now" (admin, developer, support)
import { getSyncRun } from "@/lib/connections/sync";
import { toPublicError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const id = Number((await params).id);
    if (!Number.isInteger(id) || id < 1) return Response.json({ error: "That run id is not valid." }, { status: 400 });
    return Response.json(await getSyncRun(id));
  } catch (error) {
    const e = toPublicError(error);
    return Response.json({ error: e.message }, { status: e.status });
  }
}

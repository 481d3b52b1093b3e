// GET /api/health – liveness, database check, engine and whether this instance runs the background jobs
// (public; reveals no data, paths or errors)
import { databaseEngine } from "@/db/engine";
import { databaseHealth } from "@/db/health";
import { HOLDER, LEASE } from "@/lib/jobs/background";
import { holdsLease } from "@/lib/jobs/lease";
import pkg from "@/package.json";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await databaseHealth();
  const engine = databaseEngine();
  if (health.ok) return Response.json({ status: "ok", db: "ok", engine, backgroundLease: await holdsLease(LEASE, HOLDER), version: pkg.version });
  return Response.json({ status: "degraded", db: "error", engine, reason: health.reason, version: pkg.version }, { status: 503 });
}

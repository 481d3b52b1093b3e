// GET /api/health – liveness and database check (public; reveals no data, paths or errors)
import { databaseHealth } from "@/db/health";
import pkg from "@/package.json";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = databaseHealth();
  if (health.ok) return Response.json({ status: "ok", db: "ok", version: pkg.version });
  return Response.json({ status: "degraded", db: "error", reason: health.reason, version: pkg.version }, { status: 503 });
}

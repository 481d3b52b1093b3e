// @ts-nocheck
// GET /api/health – liveness and database check (public; reveals no data)
import { sql } from "drizzle-orm";
import { getDb } from "@/db/index";
import pkg from "@/package.json";

export const dynamic = "force-dynamic";

export async function GET() {
  let db: "ok" | "error" = "ok";
  try {
    getDb().get(sql`select 1`);
  } catch {
    db = "error";
  }
  return Response.json({ status: db === "ok" ? "ok" : "degraded", db, version: pkg.version }, { status: db === "ok" ? 200 : 503 });
}

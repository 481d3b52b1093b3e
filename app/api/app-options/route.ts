// GET /api/app-options[?only=stale] – the apps' names for the dashboard's app filter menus (AppFilterSelect), as JSON.
// The menus load them after the page so a page does not carry thousands of <option>s (twice: HTML and RSC payload).
import type { NextRequest } from "next/server";
import { listAppOptions } from "@/lib/apps/queries";
import { toPublicError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  try {
    const options = await listAppOptions(request.nextUrl.searchParams.get("only") === "stale" ? "stale" : undefined);
    // Not cached: an app created, renamed or deleted a moment ago must show as it is now (one indexed read of names).
    return Response.json(options, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    const e = toPublicError(error);
    return Response.json({ error: e.message }, { status: e.status });
  }
}

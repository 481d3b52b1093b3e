// GET /api/app-options[?only=stale] – the apps' names for the dashboard's app filter menus (AppFilterSelect), as JSON.
// The menus load them after the page so a page does not carry thousands of <option>s (twice: HTML and RSC payload).
import type { NextRequest } from "next/server";
import { listAppOptions } from "@/lib/apps/queries";
import { toPublicError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  try {
    const options = await listAppOptions(request.nextUrl.searchParams.get("only") === "stale" ? "stale" : undefined);
    // Private: the list follows the signed-in user's permissions. A minute is enough for a page or two of filtering.
    return Response.json(options, { headers: { "cache-control": "private, max-age=60" } });
  } catch (error) {
    const e = toPublicError(error);
    return Response.json({ error: e.message }, { status: e.status });
  }
}

import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { auth } from "@/lib/auth/auth";
import { refuseBadPageBody } from "@/lib/http/action-body-guard";

// Sends signed-out visitors of dashboard pages to /sign-in and back afterwards (callbacks.authorized in
// lib/auth/auth.ts), and re-issues the session cookie on activity so a session expires only when idle.
// It only redirects: every data function checks the role itself. Before that, page POSTs (server
// actions, sign-in's included) with an oversized or malformed body are refused (413/400).
type Middleware = (request: NextRequest, event: NextFetchEvent) => Promise<Response>;

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  const refused = await refuseBadPageBody(request);
  if (refused) return refused;
  if (request.nextUrl.pathname.startsWith("/sign-in")) return NextResponse.next();
  // next-auth's types miss the (request, event) middleware call that its runtime supports.
  return (auth as unknown as Middleware)(request, event);
}

export const config = {
  // Everything except APIs (they answer 401 themselves), the Xero sandbox and static files.
  matcher: ["/((?!api/|sandbox/|_next/|favicon.ico|.*\\.(?:png|svg|ico|txt)$).*)"],
};

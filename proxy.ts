import type { NextFetchEvent, NextRequest } from "next/server";
import { auth } from "@/lib/auth/auth";

// Sends signed-out visitors of dashboard pages to /sign-in and back afterwards (callbacks.authorized in
// lib/auth/auth.ts), and re-issues the session cookie on activity so a session expires only when idle.
// It only redirects: every data function checks the role itself.
type Middleware = (request: NextRequest, event: NextFetchEvent) => Promise<Response>;

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  // next-auth's types miss the (request, event) middleware call that its runtime supports.
  return (auth as unknown as Middleware)(request, event);
}

export const config = {
  // Everything except the sign-in page, APIs (they answer 401 themselves), the Xero sandbox, the public
  // connect-session pages (the team's customers have no dashboard account) and static files.
  matcher: ["/((?!sign-in|api/|sandbox/|connect/|_next/|favicon.ico|.*\\.(?:png|svg|ico|txt)$).*)"],
};

import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { auth } from "@/lib/auth/auth";
import { refuseBadPageBody } from "@/lib/http/action-body-guard";
import { newNonce } from "@/lib/security/headers";
import { dashboardHeaders } from "@/lib/security/page-headers";

// Two jobs. 1) Security headers on every response, with a fresh CSP nonce per request: Next reads it
// from the request's CSP header and puts it on its own scripts (pages are dynamically rendered).
// 2) Sends signed-out visitors of dashboard pages to /sign-in and back afterwards (callbacks.authorized
// in lib/auth/auth.ts), and re-issues the session cookie on activity so a session expires only when
// idle. It only redirects: every data function checks the role itself. Before that, page POSTs
// (server actions, sign-in's included) with an oversized or malformed body are refused (413/400).
type Middleware = (request: NextRequest, event: NextFetchEvent) => Promise<Response>;
// With a lazily built config (NextAuth(() => config)), auth(handler) resolves to the middleware.
type Wrapped = (handler: (request: NextRequest) => Response) => Promise<Middleware>;

// Answered without a dashboard session: the sign-in page, the APIs (they answer 401 themselves) and the
// public connect-session pages (the team's customers have no dashboard account).
const PUBLIC = /^\/(?:sign-in(?:\/|$)|api\/|connect\/)/;

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  const nonce = newNonce();
  const headers = dashboardHeaders(nonce, request.headers.get("x-forwarded-proto"));
  // API routes read (and cap) their own bodies; reading one here would consume it.
  const refused = request.nextUrl.pathname.startsWith("/api/") ? null : await refuseBadPageBody(request);
  if (refused) {
    for (const [name, value] of Object.entries(headers)) refused.headers.set(name, value);
    return refused;
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  const next = () => NextResponse.next({ request: { headers: requestHeaders } });
  // next-auth's types miss the wrapped middleware's (request, event) call that its runtime supports.
  const response = PUBLIC.test(request.nextUrl.pathname) ? next() : await (await (auth as unknown as Wrapped)(next))(request, event);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything except the Xero sandbox (it sets the same headers itself) and static files.
  matcher: ["/((?!sandbox/|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|txt)$).*)"],
};

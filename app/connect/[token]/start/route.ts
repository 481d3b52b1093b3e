// POST /connect/{token}/start – the end user continues to Xero: uses the link up, then redirects to Xero's
// consent (public: the token is the credential; same-origin only).
import { env } from "@/lib/env";
import { startSession } from "@/lib/connect-sessions/flow";
import { isCrossSiteRequest } from "@/lib/security/same-origin";

export const dynamic = "force-dynamic";

export async function POST(request: Request, context: { params: Promise<{ token: string }> }) {
  const { token } = await context.params;
  if (isCrossSiteRequest(request)) return new Response("This form must be sent from Connection Desk's own page.", { status: 403 });
  const authorizeUrl = await startSession(token);
  // A link that cannot be used (any more) goes back to its page, which says why.
  return Response.redirect(authorizeUrl ?? new URL(`/connect/${encodeURIComponent(token)}`, env().appUrl), 303);
}

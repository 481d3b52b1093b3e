import { isCrossSiteRequest } from "@/lib/security/same-origin";
import { html, problem } from "@/lib/xero-sandbox/http/respond";
import { messagePage } from "@/lib/xero-sandbox/pages/html";

// Who may use the sandbox's controls (developer portal, Connected apps, Xero users, clock, faults).
// The sandbox knows nothing of dashboard sessions: whoever serves it passes a check in (the Next route
// asks the dashboard for a session with sandbox:use; tests pass their own).

export type PortalAccess = "allowed" | "signed-out" | "forbidden";
export type PortalAccessCheck = (request: Request) => Promise<PortalAccess>;

export type SandboxOptions = {
  portalAccess: PortalAccessCheck;
  /** Where a signed-out browser is sent to sign in; `callbackUrl` brings it back. */
  signInPath?: string;
};

/** In-process tests and the benchmark stand in for a signed-in developer. */
export const asSignedInDeveloper: PortalAccessCheck = async () => "allowed";

const wantsHtml = (request: Request) => (request.headers.get("accept") ?? "").includes("text/html");

/** null when the request may go on to the portal; otherwise the refusal to send. */
export async function guardPortal(request: Request, options: SandboxOptions): Promise<Response | null> {
  const reading = request.method === "GET" || request.method === "HEAD";
  if (!reading && isCrossSiteRequest(request)) return refuseCrossSite(request);
  const access = await options.portalAccess(request);
  if (access === "allowed") return null;
  if (access === "signed-out") {
    const url = new URL(request.url);
    const signIn = `${options.signInPath ?? "/sign-in"}?callbackUrl=${encodeURIComponent(`${url.pathname}${url.search}`)}`;
    if (reading) return new Response(null, { status: 303, headers: { Location: signIn, "Cache-Control": "no-store" } });
    return refuse(request, 401, "Sign in to the dashboard", "The sandbox's controls need a Connection Desk session.", signIn);
  }
  return refuse(request, 403, "Not allowed", "Your role cannot use the Xero sandbox controls (admins and developers can).");
}

export const refuseCrossSite = (request: Request) => refuse(request, 403, "Cross-site request refused", "This form can only be sent from the sandbox's own pages.");

function refuse(request: Request, status: 401 | 403, title: string, detail: string, signIn?: string): Response {
  if (!wantsHtml(request)) return problem(status, title, detail);
  return html(messagePage(title, detail, signIn ? { href: signIn, label: "Sign in to Connection Desk" } : null), status);
}

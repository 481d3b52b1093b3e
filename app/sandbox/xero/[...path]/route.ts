// ALL /sandbox/xero/* – the Xero sandbox (identity, login, api, portal); 404 unless XERO_MODE=sandbox.
// Xero's public protocol stays public; the portal's controls need a dashboard session with sandbox:use.
import { dashboardSandboxAccess } from "@/lib/auth/sandbox-access";
import { handleSandboxRequest } from "@/lib/xero-sandbox/http/handle";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const serve = (request: Request) => handleSandboxRequest(request, { portalAccess: dashboardSandboxAccess, signInPath: "/sign-in" });

export const GET = serve;
export const POST = serve;
export const DELETE = serve;

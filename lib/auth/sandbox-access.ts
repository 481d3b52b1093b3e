import "server-only";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { hasSandboxServiceKey } from "@/lib/auth/service-key";
import type { PortalAccess } from "@/lib/xero-sandbox/http/access";

// The dashboard's answer to "may this request use the sandbox's controls?": a session whose role has
// sandbox:use, or this server itself creating an app for "Create in sandbox" (that one endpoint only).

const SERVICE_PATH = /\/sandbox\/xero\/portal\/api\/apps$/;

export async function dashboardSandboxAccess(request: Request): Promise<PortalAccess> {
  if (request.method === "POST" && SERVICE_PATH.test(new URL(request.url).pathname) && hasSandboxServiceKey(request)) return "allowed";
  const user = await getCurrentUser();
  if (!user) return "signed-out";
  return can(user.role, "sandbox:use") ? "allowed" : "forbidden";
}

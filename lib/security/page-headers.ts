import { env } from "@/lib/env";
import { baseSecurityHeaders, contentSecurityPolicy, isHttps } from "@/lib/security/headers";

// The dashboard's headers for one response, given the nonce proxy.ts put on the request.
// Forms post to the dashboard itself; "Connect organisation" may also land on Xero's login.
const FORM_TARGETS = ["'self'", "https://login.xero.com"];

export function dashboardHeaders(nonce: string, forwardedProto: string | null): Record<string, string> {
  const { appUrl, NODE_ENV } = env();
  const https = isHttps(appUrl, forwardedProto);
  const csp = contentSecurityPolicy({ nonce, inlineStyles: true, formAction: FORM_TARGETS, dev: NODE_ENV === "development", https: isHttps(appUrl) });
  return { "Content-Security-Policy": csp, ...baseSecurityHeaders(https) };
}

import { env } from "@/lib/env";

// Xero's three hosts mapped onto path prefixes of whichever origin the request came to, so the sandbox
// works on any host and port. With SANDBOX_XERO_HOSTNAMES it names Xero's own hosts instead, for a TLS
// front that maps https://identity.xero.com/*, https://login.xero.com/* and https://api.xero.com/* onto
// /sandbox/xero/identity/*, /login/* and /api/*. The developer portal is not a Xero host: it stays here.

export const SANDBOX_PREFIX = "/sandbox/xero";

export type SandboxUrls = { base: string; issuer: string; login: string; api: string; portal: string };

/** The hosts real Xero uses (docs/xero.md#endpoints). */
export const XERO_HOSTS = { issuer: "https://identity.xero.com", login: "https://login.xero.com", api: "https://api.xero.com" } as const;

/** Next gives route handlers a request.url on "localhost" whichever host was asked for; the Host header says which. */
function originOf(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get("host");
  return host ? `${url.protocol}//${host}` : url.origin;
}

export function sandboxUrls(request: Request): SandboxUrls {
  const base = `${originOf(request)}${SANDBOX_PREFIX}`;
  const portal = `${base}/portal`;
  if (env().SANDBOX_XERO_HOSTNAMES) return { base, ...XERO_HOSTS, portal };
  return { base, issuer: `${base}/identity`, login: `${base}/login`, api: `${base}/api`, portal };
}

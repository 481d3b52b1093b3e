// @ts-nocheck
// Xero's three hosts mapped onto path prefixes of whichever origin the request came to, so the sandbox
// works on any host and port.

export const SANDBOX_PREFIX = "/sandbox/xero";

export type SandboxUrls = { base: string; issuer: string; login: string; api: string; portal: string };

/** Next gives route handlers a request.url on "localhost" whichever host was asked for; the Host header says which. */
function originOf(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get("host");
  return host ? `${url.protocol}//${host}` : url.origin;
}

export function sandboxUrls(request: Request): SandboxUrls {
  const origin = originOf(request);
  const base = `${origin}${SANDBOX_PREFIX}`;
  return { base, issuer: `${base}/identity`, login: `${base}/login`, api: `${base}/api`, portal: `${base}/portal` };
}

// Xero's three hosts mapped onto path prefixes of whichever origin the request came to, so the sandbox
// works on any host and port.

export const SANDBOX_PREFIX = "/sandbox/xero";

export type SandboxUrls = { base: string; issuer: string; login: string; api: string; portal: string };

export function sandboxUrls(request: Request): SandboxUrls {
  const origin = new URL(request.url).origin;
  const base = `${origin}${SANDBOX_PREFIX}`;
  return { base, issuer: `${base}/identity`, login: `${base}/login`, api: `${base}/api`, portal: `${base}/portal` };
}

import { resetEnvForTests } from "@/lib/env";

// Test-only: what the TLS front in front of a SANDBOX_XERO_HOSTNAMES sandbox does, so clients that know
// only Xero's real URLs (openid-client after discovery, xero-node's fixed URLs) reach the sandbox.

const PREFIX_OF_HOST: Record<string, string> = { "identity.xero.com": "identity", "login.xero.com": "login", "api.xero.com": "api" };

/** https://<Xero host>/<path> → <sandbox base>/<prefix>/<path>; anything else is a test bug. */
export function throughXeroFront(sandboxBaseUrl: string, url: string | URL): string {
  const u = new URL(url);
  const prefix = PREFIX_OF_HOST[u.host];
  if (u.protocol !== "https:" || !prefix) throw new Error(`not a Xero host: ${u.href}`);
  return `${sandboxBaseUrl}/${prefix}${u.pathname}${u.search}`;
}

/** Turns SANDBOX_XERO_HOSTNAMES on (or back off) for the rest of this test file. */
export function useXeroHostnames(on: boolean): void {
  if (on) process.env.SANDBOX_XERO_HOSTNAMES = "true";
  else delete process.env.SANDBOX_XERO_HOSTNAMES;
  resetEnvForTests();
}

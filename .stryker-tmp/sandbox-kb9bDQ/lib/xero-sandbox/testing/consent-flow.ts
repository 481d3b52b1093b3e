// @ts-nocheck
import { SANDBOX_PASSWORD } from "@/lib/xero-sandbox/pages/login-pages";

// Drives the sandbox's sign-in and consent forms over HTTP as a browser would, for tests and the benchmark.

export type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

export type ConsentInput = {
  baseUrl: string;
  clientId: string;
  redirectUri: string;
  email: string;
  tenantIds: string[];
  scope?: string;
  state?: string;
  codeChallenge?: string;
  nonce?: string;
  decision?: "allow" | "cancel";
  fetch?: Fetch;
};

/** Returns the response to the final form post: a 303 to the redirect URI, the limit screen, or an error page. */
export async function submitConsent(input: ConsentInput): Promise<Response> {
  const f = input.fetch ?? ((url, init) => fetch(url, init));
  const q = new URLSearchParams({
    response_type: "code",
    client_id: input.clientId,
    redirect_uri: input.redirectUri,
    scope: input.scope ?? "openid profile email accounting.settings offline_access",
    state: input.state ?? "state-123",
  });
  if (input.codeChallenge) {
    q.set("code_challenge", input.codeChallenge);
    q.set("code_challenge_method", "S256");
  }
  if (input.nonce) q.set("nonce", input.nonce);
  const url = `${input.baseUrl}/login/identity/connect/authorize?${q}`;
  const signIn = await f(url, { method: "POST", body: new URLSearchParams({ step: "signin", email: input.email, password: SANDBOX_PASSWORD }), redirect: "manual" });
  const page = await signIn.text();
  const ticket = /name="ticket" value="([^"]+)"/.exec(page)?.[1];
  if (!ticket) throw new Error(`Sign-in failed (${signIn.status}): ${page.slice(0, 300)}`);
  const form = new URLSearchParams({ step: "consent", ticket, decision: input.decision ?? "allow" });
  for (const t of input.tenantIds) form.append("tenant", t);
  return f(url, { method: "POST", body: form, redirect: "manual" });
}

/** Runs the consent and returns the code and state from the callback URL (throws if there was no redirect). */
export async function consentForCode(input: ConsentInput): Promise<{ code: string; state: string | null; location: URL }> {
  const response = await submitConsent(input);
  const location = response.headers.get("location");
  if (response.status !== 303 || !location) throw new Error(`Expected a redirect, got ${response.status}: ${(await response.text()).slice(0, 300)}`);
  const url = new URL(location);
  const code = url.searchParams.get("code");
  if (!code) throw new Error(`No code in ${location}`);
  return { code, state: url.searchParams.get("state"), location: url };
}

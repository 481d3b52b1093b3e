// @ts-nocheck
import { handleSandboxRequest } from "@/lib/xero-sandbox/http/handle";
import { createSandboxApp, type CreateAppInput } from "@/lib/xero-sandbox/store/apps";
import { consentForCode, type Fetch } from "@/lib/xero-sandbox/testing/consent-flow";

// In-process helpers for the sandbox's own tests: requests go straight to handleSandboxRequest.

export const BASE = "http://sandbox.test/sandbox/xero";
export const REDIRECT = "http://localhost:3999/api/xero/callback";

export const call: Fetch = (url, init) => handleSandboxRequest(new Request(url.startsWith("http") ? url : `${BASE}${url}`, init));

let n = 0;
export function makeApp(overrides: Partial<CreateAppInput> = {}) {
  n += 1;
  return createSandboxApp({ name: `Test App ${n}`, plan: "core", redirectUris: [REDIRECT], ...overrides });
}

export const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`;

export async function postToken(form: Record<string, string>, auth?: { id: string; secret: string }) {
  const headers: Record<string, string> = { "Content-Type": "application/x-www-form-urlencoded" };
  if (auth) headers.Authorization = basic(auth.id, auth.secret);
  const response = await call("/identity/connect/token", { method: "POST", headers, body: new URLSearchParams(form) });
  return { status: response.status, body: (await response.json()) as Record<string, string | number> };
}

/** Consent + code exchange in one step; returns the token response body. */
export async function connect(app: { clientId: string }, secret: string, email: string, tenantIds: string[]) {
  const { code } = await consentForCode({ baseUrl: BASE, clientId: app.clientId, redirectUri: REDIRECT, email, tenantIds, fetch: call });
  const res = await postToken({ grant_type: "authorization_code", code, redirect_uri: REDIRECT }, { id: app.clientId, secret });
  if (res.status !== 200) throw new Error(`token exchange failed: ${JSON.stringify(res.body)}`);
  return res.body as { access_token: string; refresh_token: string; id_token: string; scope: string };
}

export async function getConnections(accessToken: string, query = "") {
  const response = await call(`/api/connections${query}`, { headers: { Authorization: `Bearer ${accessToken}` } });
  return { response, body: response.status === 200 ? ((await response.json()) as Record<string, string>[]) : null };
}

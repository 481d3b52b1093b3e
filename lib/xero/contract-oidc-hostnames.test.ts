import fs from "node:fs";
import path from "node:path";
import * as oidc from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeJwt } from "jose";
import { env, resetEnvForTests } from "@/lib/env";
import { startSandboxServer } from "@/lib/xero-sandbox/test-server";

// Contract, SANDBOX_XERO_HOSTNAMES mode: openid-client discovers https://identity.xero.com and runs the
// code flow through a stand-in for the TLS front that maps Xero's three hosts onto the sandbox.

type Seed = { xeroUserPassword: string; users: { email: string; xeroUserId: string }[]; organisations: { tenantId: string }[]; apps: { name: string; clientId: string; clientSecret: string | null; redirectUri: string | null }[] };

let server: { baseUrl: string; close(): Promise<void> };
let seed: Seed;
beforeAll(async () => {
  process.env.SANDBOX_XERO_HOSTNAMES = "true";
  resetEnvForTests();
  server = await startSandboxServer();
  seed = JSON.parse(fs.readFileSync(path.join(env().dataDir, "sandbox-seed.json"), "utf8")) as Seed;
});
afterAll(async () => {
  delete process.env.SANDBOX_XERO_HOSTNAMES;
  resetEnvForTests();
  await server.close();
});

const FRONT: Record<string, string> = { "identity.xero.com": "identity", "login.xero.com": "login", "api.xero.com": "api" };

/** What the TLS front does: https://<xero host>/<path> → the sandbox's /sandbox/xero/<prefix>/<path>. */
function viaFront(url: string | URL): string {
  const u = new URL(url);
  const prefix = FRONT[u.host];
  if (u.protocol !== "https:" || !prefix) throw new Error(`not a Xero host: ${u.href}`);
  return `${server.baseUrl}/${prefix}${u.pathname}${u.search}`;
}

const frontFetch: oidc.CustomFetch = (url, options) => fetch(viaFront(url), options as RequestInit);

async function consent(authorizeUrl: URL, email: string, tenantIds: string[]): Promise<URL> {
  const page = await (await fetch(viaFront(authorizeUrl))).text();
  // The sign-in form posts to login.xero.com, not to the sandbox's own path.
  const action = /<form[^>]+action="([^"]+)"/.exec(page)![1]!.replaceAll("&amp;", "&");
  expect(action.startsWith("https://login.xero.com/identity/connect/authorize?")).toBe(true);
  const signIn = await fetch(viaFront(action), { method: "POST", body: new URLSearchParams({ step: "signin", email, password: seed.xeroUserPassword }) });
  const ticket = /name="ticket" value="([^"]+)"/.exec(await signIn.text())?.[1];
  if (!ticket) throw new Error(`sign-in failed with ${signIn.status}`);
  const form = new URLSearchParams({ step: "consent", ticket, decision: "allow" });
  for (const t of tenantIds) form.append("tenant", t);
  const done = await fetch(viaFront(action), { method: "POST", body: form, redirect: "manual" });
  const location = done.headers.get("location");
  if (done.status !== 303 || !location) throw new Error(`consent did not redirect (${done.status})`);
  return new URL(location);
}

describe("openid-client against the sandbox under Xero's hostnames", () => {
  it("discovers https://identity.xero.com, validates the id_token and calls api.xero.com", async () => {
    const app = seed.apps.find((a) => a.name.startsWith("Acme Payroll Bridge"))!;
    const issuer = new URL("https://identity.xero.com");
    const config = await oidc.discovery(issuer, app.clientId, app.clientSecret!, oidc.ClientSecretBasic(app.clientSecret!), { [oidc.customFetch]: frontFetch });
    const meta = config.serverMetadata();
    expect(meta).toMatchObject({
      issuer: "https://identity.xero.com",
      authorization_endpoint: "https://login.xero.com/identity/connect/authorize",
      token_endpoint: "https://identity.xero.com/connect/token",
      jwks_uri: "https://identity.xero.com/.well-known/openid-configuration/jwks",
    });

    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: app.redirectUri!,
      scope: "openid profile email accounting.settings offline_access",
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: "S256",
      state,
      nonce,
    });
    expect(url.origin).toBe("https://login.xero.com");
    const user = seed.users.find((u) => u.email.startsWith("tom."))!;
    const callback = await consent(url, user.email, [seed.organisations[5]!.tenantId]);

    const tokens = await oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: codeVerifier, expectedState: state, expectedNonce: nonce, idTokenExpected: true });
    expect(tokens.claims()).toMatchObject({ iss: "https://identity.xero.com", aud: app.clientId, xero_userid: user.xeroUserId });
    expect(decodeJwt(tokens.access_token)).toMatchObject({ iss: "https://identity.xero.com", aud: "https://identity.xero.com/resources" });

    const connections = await oidc.fetchProtectedResource(config, tokens.access_token, new URL("https://api.xero.com/connections"), "GET");
    expect(connections.status).toBe(200);
    expect(((await connections.json()) as { tenantId: string }[]).map((c) => c.tenantId)).toContain(seed.organisations[5]!.tenantId);

    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
    expect(refreshed.claims()?.iss).toBe("https://identity.xero.com");
  });
});

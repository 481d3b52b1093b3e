import fs from "node:fs";
import path from "node:path";
import * as oidc from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeJwt } from "jose";
import { env } from "@/lib/env";
import { createSandboxApp } from "@/lib/xero-sandbox/store/apps";
import { startSandboxServer } from "@/lib/xero-sandbox/test-server";
import { throughXeroFront, useXeroHostnames } from "@/lib/testing/xero-front";

// Contract: an independent, certified OpenID Connect client (openid-client) runs discovery, the code
// flow with PKCE, id_token validation, refresh, userinfo and revocation against the sandbox. Nothing
// from lib/xero is used here, so a bug shared by our client and the sandbox cannot hide.

type Seed = {
  xeroUserPassword: string;
  users: { email: string; xeroUserId: string }[];
  organisations: { tenantId: string }[];
  apps: { name: string; clientId: string; clientSecret: string | null; redirectUri: string | null }[];
};

let server: { baseUrl: string; close(): Promise<void> };
let seed: Seed;
beforeAll(async () => {
  server = await startSandboxServer();
  seed = JSON.parse(fs.readFileSync(path.join(env().dataDir, "sandbox-seed.json"), "utf8")) as Seed;
});
afterAll(() => server.close());

/** Answers the sandbox's sign-in and consent forms like a browser; returns the callback URL. */
async function consent(authorizeUrl: URL, email: string, tenantIds: string[], route: (url: URL) => string = String): Promise<URL> {
  const target = route(authorizeUrl);
  const signIn = await fetch(target, { method: "POST", body: new URLSearchParams({ step: "signin", email, password: seed.xeroUserPassword }) });
  const ticket = /name="ticket" value="([^"]+)"/.exec(await signIn.text())?.[1];
  if (!ticket) throw new Error(`sign-in failed with ${signIn.status}`);
  const form = new URLSearchParams({ step: "consent", ticket, decision: "allow" });
  for (const t of tenantIds) form.append("tenant", t);
  const done = await fetch(target, { method: "POST", body: form, redirect: "manual" });
  const location = done.headers.get("location");
  if (done.status !== 303 || !location) throw new Error(`consent did not redirect (${done.status})`);
  return new URL(location);
}

const insecure = { execute: [oidc.allowInsecureRequests] };

/** The authorize URL of a code flow with PKCE, state and nonce, and the values the callback is checked against. */
async function startCodeFlow(config: oidc.Configuration, redirectUri: string, scope = "openid profile email accounting.settings offline_access") {
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    state,
    nonce,
  });
  return { url, codeVerifier, state, nonce };
}

describe("openid-client against the sandbox", () => {
  it("discovers the issuer, runs the code flow with PKCE and validates the id_token", async () => {
    const app = seed.apps.find((a) => a.name.startsWith("Acme Payroll Bridge"))!;
    const issuer = new URL(`${server.baseUrl}/identity`);
    const config = await oidc.discovery(issuer, app.clientId, app.clientSecret!, oidc.ClientSecretBasic(app.clientSecret!), insecure);
    const meta = config.serverMetadata();
    expect(meta.issuer).toBe(issuer.href);
    expect(meta.supportsPKCE()).toBe(true);

    const { url: authorizeUrl, codeVerifier, state, nonce } = await startCodeFlow(config, app.redirectUri!);
    const user = seed.users.find((u) => u.email.startsWith("tom."))!;
    const callback = await consent(authorizeUrl, user.email, [seed.organisations[5]!.tenantId]);

    const tokens = await oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: codeVerifier, expectedState: state, expectedNonce: nonce, idTokenExpected: true });
    expect(tokens.token_type.toLowerCase()).toBe("bearer");
    expect(tokens.expires_in).toBe(1800);
    const claims = tokens.claims()!;
    expect(claims).toMatchObject({ iss: issuer.href, aud: app.clientId, xero_userid: user.xeroUserId, email: user.email });
    expect(claims.exp - (claims.nbf as number)).toBe(300);

    const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
    expect(info.sub).toBe(claims.sub);

    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
    expect(refreshed.claims()?.sub).toBe(claims.sub);

    await oidc.tokenRevocation(config, refreshed.refresh_token!);
    await expect(oidc.refreshTokenGrant(config, refreshed.refresh_token!)).rejects.toMatchObject({ error: "invalid_grant" });
  });

  it("rejects a reused code with invalid_grant (client_secret_post this time)", async () => {
    const app = seed.apps.find((a) => a.name.startsWith("Acme Payroll Bridge"))!;
    const config = await oidc.discovery(new URL(`${server.baseUrl}/identity`), app.clientId, app.clientSecret!, oidc.ClientSecretPost(app.clientSecret!), insecure);
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: app.redirectUri!,
      scope: "openid email accounting.settings",
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: "S256",
      state,
    });
    const callback = await consent(url, seed.users.find((u) => u.email.startsWith("tom."))!.email, [seed.organisations[6]!.tenantId]);
    await oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: codeVerifier, expectedState: state });
    await expect(oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: codeVerifier, expectedState: state })).rejects.toMatchObject({ error: "invalid_grant" });
  });

  it("runs the code flow as a public PKCE client with no secret", async () => {
    const redirectUri = "http://localhost:3000/api/xero/callback";
    const { app } = createSandboxApp({ name: "Contract PKCE", plan: "legacy-certified", certified: true, authType: "pkce", redirectUris: [redirectUri] });
    const config = await oidc.discovery(new URL(`${server.baseUrl}/identity`), app.clientId, undefined, oidc.None(), insecure);
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: "openid profile offline_access accounting.settings",
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: "S256",
      state,
    });
    const callback = await consent(url, seed.users.find((u) => u.email.startsWith("tom."))!.email, [seed.organisations[2]!.tenantId]);
    const tokens = await oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: codeVerifier, expectedState: state, idTokenExpected: true });
    expect(tokens.claims()?.aud).toBe(app.clientId);
    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
    expect(refreshed.access_token).not.toBe(tokens.access_token);
  });
});

// SANDBOX_XERO_HOSTNAMES: discovery of https://identity.xero.com and the code flow through a stand-in for
// the TLS front that maps Xero's three hosts onto the sandbox.
describe("openid-client against the sandbox under Xero's hostnames", () => {
  beforeAll(() => useXeroHostnames(true));
  afterAll(() => useXeroHostnames(false));
  const front = (url: string | URL) => throughXeroFront(server.baseUrl, url);

  it("discovers https://identity.xero.com, validates the id_token and calls api.xero.com", async () => {
    const app = seed.apps.find((a) => a.name.startsWith("Acme Payroll Bridge"))!;
    const frontFetch: oidc.CustomFetch = (url, options) => fetch(front(url), options as RequestInit);
    const config = await oidc.discovery(new URL("https://identity.xero.com"), app.clientId, app.clientSecret!, oidc.ClientSecretBasic(app.clientSecret!), { [oidc.customFetch]: frontFetch });
    expect(config.serverMetadata()).toMatchObject({
      issuer: "https://identity.xero.com",
      authorization_endpoint: "https://login.xero.com/identity/connect/authorize",
      token_endpoint: "https://identity.xero.com/connect/token",
      jwks_uri: "https://identity.xero.com/.well-known/openid-configuration/jwks",
    });

    const { url, codeVerifier, state, nonce } = await startCodeFlow(config, app.redirectUri!);
    expect(url.origin).toBe("https://login.xero.com");
    // The sign-in form posts back to login.xero.com, not to the sandbox's own path.
    const page = await (await fetch(front(url))).text();
    expect(/<form[^>]+action="([^"]+)"/.exec(page)![1]!).toMatch(/^https:\/\/login\.xero\.com\/identity\/connect\/authorize\?/);
    const user = seed.users.find((u) => u.email.startsWith("tom."))!;
    const callback = await consent(url, user.email, [seed.organisations[36]!.tenantId], front);

    const tokens = await oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: codeVerifier, expectedState: state, expectedNonce: nonce, idTokenExpected: true });
    expect(tokens.claims()).toMatchObject({ iss: "https://identity.xero.com", aud: app.clientId, xero_userid: user.xeroUserId });
    expect(decodeJwt(tokens.access_token)).toMatchObject({ iss: "https://identity.xero.com", aud: "https://identity.xero.com/resources" });

    const connections = await oidc.fetchProtectedResource(config, tokens.access_token, new URL("https://api.xero.com/connections"), "GET");
    expect(connections.status).toBe(200);
    expect(((await connections.json()) as { tenantId: string }[]).map((c) => c.tenantId)).toContain(seed.organisations[36]!.tenantId);

    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
    expect(refreshed.claims()?.iss).toBe("https://identity.xero.com");
  });
});

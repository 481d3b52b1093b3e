// @ts-nocheck
import fs from "node:fs";
import path from "node:path";
import * as oidc from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { createSandboxApp } from "@/lib/xero-sandbox/store/apps";
import { startSandboxServer } from "@/lib/xero-sandbox/test-server";

// Contract: an independent, certified OpenID Connect client (openid-client) runs discovery, the code
// flow with PKCE, id_token validation, refresh, userinfo and revocation against the sandbox. Nothing
// from lib/xero is used here, so a bug shared by our client and the sandbox cannot hide.

type Seed = { xeroUserPassword: string; users: { email: string; xeroUserId: string }[]; organisations: { tenantId: string }[]; apps: { name: string; clientId: string; clientSecret: string | null; redirectUri: string | null }[] };

let server: { baseUrl: string; close(): Promise<void> };
let seed: Seed;
beforeAll(async () => {
  server = await startSandboxServer();
  seed = JSON.parse(fs.readFileSync(path.join(env().dataDir, "sandbox-seed.json"), "utf8")) as Seed;
});
afterAll(() => server.close());

/** Answers the sandbox's sign-in and consent forms like a browser; returns the callback URL. */
async function consent(authorizeUrl: URL, email: string, tenantIds: string[]): Promise<URL> {
  const signIn = await fetch(authorizeUrl, { method: "POST", body: new URLSearchParams({ step: "signin", email, password: seed.xeroUserPassword }) });
  const ticket = /name="ticket" value="([^"]+)"/.exec(await signIn.text())?.[1];
  if (!ticket) throw new Error(`sign-in failed with ${signIn.status}`);
  const form = new URLSearchParams({ step: "consent", ticket, decision: "allow" });
  for (const t of tenantIds) form.append("tenant", t);
  const done = await fetch(authorizeUrl, { method: "POST", body: form, redirect: "manual" });
  const location = done.headers.get("location");
  if (done.status !== 303 || !location) throw new Error(`consent did not redirect (${done.status})`);
  return new URL(location);
}

const insecure = { execute: [oidc.allowInsecureRequests] };

describe("openid-client against the sandbox", () => {
  it("discovers the issuer, runs the code flow with PKCE and validates the id_token", async () => {
    const app = seed.apps.find((a) => a.name.startsWith("Acme Payroll Bridge"))!;
    const issuer = new URL(`${server.baseUrl}/identity`);
    const config = await oidc.discovery(issuer, app.clientId, app.clientSecret!, oidc.ClientSecretBasic(app.clientSecret!), insecure);
    const meta = config.serverMetadata();
    expect(meta.issuer).toBe(issuer.href);
    expect(meta.supportsPKCE()).toBe(true);

    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const authorizeUrl = oidc.buildAuthorizationUrl(config, {
      redirect_uri: app.redirectUri!,
      scope: "openid profile email accounting.settings offline_access",
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: "S256",
      state,
      nonce,
    });
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

// @ts-nocheck
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandboxApp } from "@/lib/xero-sandbox/store/apps";
import { decodeAccessToken } from "./access-token";
import { buildAuthorizeUrl, parseAuthorizeCallback } from "./authorize";
import { deleteConnection, listConnections } from "./connections";
import { XeroApiError, XeroOAuthError } from "./errors";
import { verifyIdToken } from "./id-token";
import { getOrganisation } from "./organisation";
import { consentCallback, startSandbox, submitConsent, type Sandbox } from "./testing/sandbox-kit";
import { clientCredentials, exchangeCode, refreshTokens, revokeToken } from "./tokens";
import type { ResponseInfo } from "./types";

// lib/xero against the sandbox over real HTTP: the connect flow end to end, and each OAuth and API error.

let sb: Sandbox;
beforeAll(async () => {
  sb = await startSandbox();
});
afterAll(() => sb.close());

const SCOPES = ["openid", "profile", "email", "accounting.settings", "offline_access"];

async function connect(app: { clientId: string; clientSecret?: string | null; redirectUri: string }, email: string, tenantIds: string[]) {
  const { url, state, codeVerifier } = buildAuthorizeUrl({ endpoints: sb.endpoints, clientId: app.clientId, redirectUri: app.redirectUri, scopes: SCOPES, nonce: "nonce-1" });
  const query = await consentCallback({ authorizeUrl: url, email, password: sb.seed.xeroUserPassword, tenantIds });
  const { code } = parseAuthorizeCallback(query, state);
  const input = { endpoints: sb.endpoints, clientId: app.clientId, ...(app.clientSecret ? { clientSecret: app.clientSecret } : {}), code, redirectUri: app.redirectUri, codeVerifier };
  return { input, tokens: await exchangeCode(input) };
}

describe("connect flow (web app with a secret)", () => {
  it("authorizes, exchanges the code, verifies the id_token and finds the just-authorised tenants", async () => {
    const app = sb.app("Acme Payroll Bridge");
    const tom = sb.user("tom.");
    const { input, tokens } = await connect({ ...app, redirectUri: app.redirectUri! }, tom.email, [sb.org(3), sb.org(4)]);
    expect(tokens.refreshToken).toBeTruthy();
    expect(tokens.scope).toEqual(expect.arrayContaining(SCOPES));
    expect(tokens.expiresAt.getTime() - Date.now()).toBeGreaterThan(29 * 60_000);

    const who = await verifyIdToken(tokens.idToken!, { endpoints: sb.endpoints, clientId: app.clientId, nonce: "nonce-1" });
    expect(who).toMatchObject({ xero_userid: tom.xeroUserId, email: tom.email, given_name: "Tom" });
    const access = decodeAccessToken(tokens.accessToken);
    expect(access).toMatchObject({ client_id: app.clientId, xero_userid: tom.xeroUserId });
    expect(access.authentication_event_id).toMatch(/^[0-9a-f-]{36}$/);

    const justNow = await listConnections({ endpoints: sb.endpoints, accessToken: tokens.accessToken, authEventId: access.authentication_event_id });
    expect(justNow.connections.map((c) => c.tenantId).sort()).toEqual([sb.org(3), sb.org(4)].sort());
    expect(justNow.connections[0]?.createdDateUtc).toBeInstanceOf(Date);
    expect(justNow.rateLimit.appMinRemaining).toBeGreaterThan(0);

    const seen: ResponseInfo[] = [];
    const org = await getOrganisation({ endpoints: sb.endpoints, accessToken: tokens.accessToken, tenantId: sb.org(3) }, { onResponse: (i) => seen.push(i) });
    expect(org.organisation.OrganisationID).toBe(sb.org(3));
    expect(org.organisation.Name).toBe(sb.seed.organisations[3]?.name);
    expect(org.rateLimit).toMatchObject({ minRemaining: expect.any(Number), dayRemaining: expect.any(Number), appMinRemaining: expect.any(Number) });
    expect(seen).toEqual([expect.objectContaining({ operation: "getOrganisation", status: 200, tenantId: sb.org(3), rateLimit: org.rateLimit })]);

    // A code works once.
    await expect(exchangeCode(input)).rejects.toMatchObject({ category: "oauth", code: "invalid_grant" });
  });

  it("turns a cancelled consent into access_denied", async () => {
    const app = sb.app("Acme Payroll Bridge");
    const { url, state } = buildAuthorizeUrl({ endpoints: sb.endpoints, clientId: app.clientId, redirectUri: app.redirectUri!, scopes: SCOPES });
    const query = await consentCallback({ authorizeUrl: url, email: sb.user("tom.").email, password: sb.seed.xeroUserPassword, tenantIds: [], decision: "cancel" });
    const error = (() => {
      try {
        return parseAuthorizeCallback(query, state);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(XeroOAuthError);
    expect(error).toMatchObject({ code: "access_denied" });
  });

  it("shows the limit screen instead of redirecting when the app is at its cap", async () => {
    const app = sb.app("Acme Ledger Sync (dev)");
    const { url } = buildAuthorizeUrl({ endpoints: sb.endpoints, clientId: app.clientId, redirectUri: app.redirectUri!, scopes: SCOPES });
    // Starter: 4 of 5 used; two more organisations would pass the cap.
    const response = await submitConsent({ authorizeUrl: url, email: sb.user("ben.").email, password: sb.seed.xeroUserPassword, tenantIds: [sb.org(38), sb.org(39)] });
    expect(new URL(response.headers.get("location") ?? "http://x/").pathname).toMatch(/\/connectionLimit$/);
  });
});

describe("PKCE app (no secret)", () => {
  it("exchanges with client_id and code_verifier, refreshes and revokes without a secret", async () => {
    const redirectUri = "http://localhost:3000/api/xero/callback";
    const { app } = createSandboxApp({ name: "PKCE desktop", plan: "legacy-certified", certified: true, authType: "pkce", redirectUris: [redirectUri] });
    const { input, tokens } = await connect({ clientId: app.clientId, redirectUri }, sb.user("tom.").email, [sb.org(36)]);
    expect(input.codeVerifier).toHaveLength(43);
    const next = await refreshTokens({ endpoints: sb.endpoints, clientId: app.clientId, refreshToken: tokens.refreshToken! });
    expect(next.refreshToken).not.toBe(tokens.refreshToken);
    await revokeToken({ endpoints: sb.endpoints, clientId: app.clientId, token: next.refreshToken! });
    await expect(refreshTokens({ endpoints: sb.endpoints, clientId: app.clientId, refreshToken: next.refreshToken! })).rejects.toMatchObject({ code: "invalid_grant" });
  });

  it("rejects a wrong code_verifier with invalid_grant", async () => {
    const redirectUri = "http://localhost:3000/api/xero/callback";
    const { app } = createSandboxApp({ name: "PKCE desktop 2", plan: "legacy-certified", certified: true, authType: "pkce", redirectUris: [redirectUri] });
    const { url, state } = buildAuthorizeUrl({ endpoints: sb.endpoints, clientId: app.clientId, redirectUri, scopes: SCOPES });
    const query = await consentCallback({ authorizeUrl: url, email: sb.user("tom.").email, password: sb.seed.xeroUserPassword, tenantIds: [sb.org(37)] });
    const { code } = parseAuthorizeCallback(query, state);
    const wrong = exchangeCode({ endpoints: sb.endpoints, clientId: app.clientId, code, redirectUri, codeVerifier: "w".repeat(43) });
    await expect(wrong).rejects.toMatchObject({ code: "invalid_grant" });
  });
});

describe("OAuth errors", () => {
  it("invalid_client for a wrong secret, unauthorized_client for client credentials on a web app", async () => {
    const app = sb.app("Acme Ledger Sync (prod)");
    const refreshToken = app.consents[0]!.refreshToken;
    const bad = await refreshTokens({ endpoints: sb.endpoints, clientId: app.clientId, clientSecret: "x".repeat(48), refreshToken }).catch((e) => e);
    expect(bad).toBeInstanceOf(XeroOAuthError);
    expect(bad).toMatchObject({ code: "invalid_client", status: 400 });
    expect(bad.userMessage).toMatch(/client id or secret/);
    const cc = await clientCredentials({ endpoints: sb.endpoints, clientId: app.clientId, clientSecret: app.clientSecret! }).catch((e) => e);
    expect(cc).toMatchObject({ category: "oauth", code: "unauthorized_client" });
  });
});

describe("Custom Connection", () => {
  it("gets a token with no refresh token and reads its one organisation without a tenant header", async () => {
    const app = sb.app("Acme Bank Feed");
    const tokens = await clientCredentials({ endpoints: sb.endpoints, clientId: app.clientId, clientSecret: app.clientSecret!, scopes: ["accounting.settings"] });
    expect(tokens.refreshToken).toBeUndefined();
    expect(tokens.idToken).toBeUndefined();
    const { organisation } = await getOrganisation({ endpoints: sb.endpoints, accessToken: tokens.accessToken });
    expect(organisation.OrganisationID).toBe(app.customConnection!.tenantId);
  });
});

describe("disconnect and revoke", () => {
  it("deletes by connection id (204), then the tenant answers 403 and the id 404; a tenant id is refused with 403", async () => {
    const app = sb.app("Acme Ledger Sync (prod)");
    const consent = app.consents.find((c) => c.email.startsWith("chen."))!;
    const tokens = await refreshTokens({ endpoints: sb.endpoints, clientId: app.clientId, clientSecret: app.clientSecret!, refreshToken: consent.refreshToken });
    const { connections } = await listConnections({ endpoints: sb.endpoints, accessToken: tokens.accessToken });
    const target = connections[0]!;
    const asTenant = await deleteConnection({ endpoints: sb.endpoints, accessToken: tokens.accessToken, connectionId: target.tenantId }).catch((e) => e);
    expect(asTenant).toMatchObject({ category: "api", status: 403, reason: "AuthenticationUnsuccessful" });

    const done = await deleteConnection({ endpoints: sb.endpoints, accessToken: tokens.accessToken, connectionId: target.id });
    expect(done.rateLimit).toBeDefined();
    const gone = await getOrganisation({ endpoints: sb.endpoints, accessToken: tokens.accessToken, tenantId: target.tenantId }).catch((e) => e);
    expect(gone).toBeInstanceOf(XeroApiError);
    expect(gone).toMatchObject({ status: 403, title: "Forbidden", reason: "AuthenticationUnsuccessful" });
    expect(gone.userMessage).toMatch(/no longer connected/);
    const again = await deleteConnection({ endpoints: sb.endpoints, accessToken: tokens.accessToken, connectionId: target.id }).catch((e) => e);
    expect(again).toMatchObject({ status: 404 });
    const after = await listConnections({ endpoints: sb.endpoints, accessToken: tokens.accessToken });
    expect(after.connections.map((c) => c.id)).not.toContain(target.id);
    expect(after.connections).toHaveLength(connections.length - 1);
  });

  it("revocation removes the user's connections and kills the refresh token", async () => {
    const app = sb.app("Acme Ledger Sync (staging)");
    const consent = app.consents[0]!;
    const auth = { endpoints: sb.endpoints, clientId: app.clientId, clientSecret: app.clientSecret! };
    const tokens = await refreshTokens({ ...auth, refreshToken: consent.refreshToken });
    await revokeToken({ ...auth, token: tokens.refreshToken! });
    expect((await listConnections({ endpoints: sb.endpoints, accessToken: tokens.accessToken })).connections).toEqual([]);
    const error = await refreshTokens({ ...auth, refreshToken: tokens.refreshToken! }).catch((e) => e);
    expect(error).toMatchObject({ code: "invalid_grant" });
    expect(error.userMessage).toMatch(/connect again/);
  });
});

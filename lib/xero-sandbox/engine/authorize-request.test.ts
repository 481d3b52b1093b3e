import { beforeAll, describe, expect, it } from "vitest";
import { prepareSandbox } from "@/lib/xero-sandbox/prepare";
import { orgId, userId } from "@/lib/xero-sandbox/seed-data";
import { makeApp, REDIRECT } from "@/lib/xero-sandbox/testing/harness";
import { needsOrganisations, parseAuthorizeRequest } from "./consent";

// The authorize request's parameter checks: each bad parameter has its own message (shown inside
// "Xero", never redirected); a good request comes back whole.

beforeAll(async () => {
  await prepareSandbox();
});

const query = (over: Record<string, string | null>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ response_type: "code", redirect_uri: REDIRECT, scope: "openid accounting.settings", state: "s1", ...over })) if (v !== null) q.set(k, v);
  return q;
};
const message = (q: URLSearchParams) => {
  const r = parseAuthorizeRequest(q);
  return r.ok ? "ok" : r.message;
};

describe("parseAuthorizeRequest", () => {
  it("accepts a good request and returns what the consent needs", () => {
    const { app } = makeApp();
    const r = parseAuthorizeRequest(query({ client_id: app.clientId, scope: "  openid   accounting.settings ", nonce: "n1" }));
    expect(r).toMatchObject({ ok: true, request: { redirectUri: REDIRECT, scopes: ["openid", "accounting.settings"], state: "s1", codeChallenge: null, nonce: "n1" } });
    expect(r.ok && r.request.app.clientId).toBe(app.clientId);
    expect(parseAuthorizeRequest(query({ client_id: app.clientId, state: null }))).toMatchObject({ ok: true, request: { state: null } });
  });

  it("names each bad parameter", () => {
    const { app } = makeApp();
    const id = app.clientId;
    expect(message(query({ client_id: null }))).toBe("Unknown client_id.");
    expect(message(query({ client_id: "nope" }))).toBe("Unknown client_id.");
    expect(message(query({ client_id: id, redirect_uri: "http://evil.example/cb" }))).toMatch(/^The redirect_uri does not match/);
    expect(message(query({ client_id: id, redirect_uri: null }))).toMatch(/^The redirect_uri does not match/);
    expect(message(query({ client_id: id, response_type: "token" }))).toBe("response_type must be code.");
    expect(message(query({ client_id: id, scope: "   " }))).toBe("No scope was requested.");
    expect(message(query({ client_id: id, scope: null }))).toBe("No scope was requested.");
    expect(message(query({ client_id: id, scope: "openid accounting.everything! email" }))).toBe("Invalid scope: accounting.everything!");
    expect(message(query({ client_id: id, code_challenge: "abc", code_challenge_method: "plain" }))).toMatch(/^PKCE needs code_challenge/);
    expect(message(query({ client_id: id, code_challenge_method: "S256" }))).toMatch(/^PKCE needs code_challenge/);
    expect(message(query({ client_id: id, code_challenge: "abc" }))).toMatch(/^PKCE needs code_challenge/);
    expect(message(query({ client_id: id, code_challenge: "abc", code_challenge_method: "S256" }))).toBe("ok");
  });

  it("requires PKCE of a public client and refuses Custom Connections", () => {
    const pkce = makeApp({ authType: "pkce" }).app;
    expect(message(query({ client_id: pkce.clientId }))).toBe("This app uses PKCE: code_challenge is required.");
    expect(message(query({ client_id: pkce.clientId, code_challenge: "abc", code_challenge_method: "S256" }))).toBe("ok");
    const custom = makeApp({ plan: "custom-connection", redirectUris: [], customOrgId: orgId(1), customUserId: userId("priya") }).app;
    expect(message(query({ client_id: custom.clientId }))).toMatch(/^Custom Connections are authorised from the developer portal/);
  });
});

describe("needsOrganisations", () => {
  it("is true once any scope is not an OpenID one", () => {
    expect(needsOrganisations(["openid", "profile", "email", "offline_access"])).toBe(false);
    expect(needsOrganisations(["openid", "accounting.settings"])).toBe(true);
    expect(needsOrganisations([])).toBe(false);
  });
});

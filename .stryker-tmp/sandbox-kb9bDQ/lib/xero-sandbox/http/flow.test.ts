// @ts-nocheck
import { beforeAll, describe, expect, it } from "vitest";
import { decodeJwt, decodeProtectedHeader } from "jose";
import { prepareSandbox } from "@/lib/xero-sandbox/prepare";
import { orgId, userId } from "@/lib/xero-sandbox/seed-data";
import { BASE, call, connect, getConnections, makeApp, postToken, REDIRECT } from "@/lib/xero-sandbox/testing/harness";
import { consentForCode, submitConsent } from "@/lib/xero-sandbox/testing/consent-flow";

beforeAll(async () => {
  await prepareSandbox();
});

describe("authorization code flow", () => {
  it("serves discovery derived from the request origin", async () => {
    const res = await call("/identity/.well-known/openid-configuration");
    const body = (await res.json()) as Record<string, string>;
    expect(body.issuer).toBe(`${BASE}/identity`);
    expect(body.authorization_endpoint).toBe(`${BASE}/login/identity/connect/authorize`);
    expect(body.jwks_uri).toBe(`${BASE}/identity/.well-known/openid-configuration/jwks`);
    const jwks = (await (await call(body.jwks_uri!)).json()) as { keys: { kid: string; kty: string }[] };
    expect(jwks.keys[0]!.kid).toMatch(/^[0-9A-F]{40}$/);
  });

  it("issues Xero-shaped tokens and lists the consented organisations", async () => {
    const { app, clientSecret } = makeApp();
    const tokens = await connect(app, clientSecret!, "ben.hogan@example.com", [orgId(10), orgId(11)]);
    expect(tokens.scope).toBe("openid profile email accounting.settings offline_access");
    const access = decodeJwt(tokens.access_token);
    expect(decodeProtectedHeader(tokens.access_token)).toMatchObject({ alg: "RS256", typ: "JWT" });
    expect(access.aud).toBe(`${BASE}/identity/resources`);
    expect(access.iss).toBe(`${BASE}/identity`);
    expect(access.exp! - access.nbf!).toBe(1800);
    expect(access.scope).toEqual(["openid", "profile", "email", "accounting.settings", "offline_access"]);
    expect(access.xero_userid).toBe(userId("ben"));
    expect(access.client_id).toBe(app.clientId);
    expect(String(access.sub)).toMatch(/^[0-9a-f]{32}$/);
    const id = decodeJwt(tokens.id_token);
    expect(id.aud).toBe(app.clientId);
    expect(id.exp! - id.nbf!).toBe(300);
    expect(id.sid).toBe(access.global_session_id);
    expect(id.authentication_event_id).toBeUndefined();
    expect(id).toMatchObject({ email: "ben.hogan@example.com", given_name: "Ben", family_name: "Hogan", preferred_username: "ben.hogan@example.com" });
    const { response, body } = await getConnections(tokens.access_token, `?authEventId=${String(access.authentication_event_id)}`);
    expect(response.status).toBe(200);
    expect(body!.map((c) => c.tenantId).sort()).toEqual([orgId(10), orgId(11)].sort());
    expect(body![0]!.createdDateUtc).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}$/);
    expect(response.headers.get("x-appminlimit-remaining")).toBe("9999");
    expect(response.headers.get("x-minlimit-remaining")).toBeNull();
  });

  it("cancel redirects with access_denied and no code", async () => {
    const { app } = makeApp();
    const res = await submitConsent({ baseUrl: BASE, clientId: app.clientId, redirectUri: REDIRECT, email: "ana.silva@example.com", tenantIds: [], decision: "cancel", fetch: call });
    const location = new URL(res.headers.get("location")!);
    expect(location.searchParams.get("error")).toBe("access_denied");
    expect(location.searchParams.get("state")).toBe("state-123");
    expect(location.searchParams.has("code")).toBe(false);
  });

  it("shows an error page, not a redirect, for a redirect_uri mismatch", async () => {
    const { app } = makeApp();
    const res = await call(`/login/identity/connect/authorize?response_type=code&client_id=${app.clientId}&redirect_uri=${encodeURIComponent("http://localhost:1/evil")}&scope=openid`);
    expect(res.status).toBe(400);
    expect(res.headers.get("location")).toBeNull();
  });

  it("codes work once", async () => {
    const { app, clientSecret } = makeApp();
    const { code } = await consentForCode({ baseUrl: BASE, clientId: app.clientId, redirectUri: REDIRECT, email: "ana.silva@example.com", tenantIds: [orgId(20)], fetch: call });
    expect(code).toMatch(/^[a-z0-9_-]{43}$/);
    const form = { grant_type: "authorization_code", code, redirect_uri: REDIRECT, client_id: app.clientId, client_secret: clientSecret! };
    expect((await postToken(form)).status).toBe(200);
    expect(await postToken(form)).toEqual({ status: 400, body: { error: "invalid_grant" } });
  });
});

describe("outside sandbox mode", () => {
  it("answers 404 on every sandbox path", async () => {
    const { resetEnvForTests } = await import("@/lib/env");
    process.env.XERO_MODE = "live";
    resetEnvForTests();
    try {
      for (const path of ["/identity/.well-known/openid-configuration", "/portal", "/api/connections"]) expect((await call(path)).status).toBe(404);
    } finally {
      process.env.XERO_MODE = "sandbox";
      resetEnvForTests();
    }
  });
});

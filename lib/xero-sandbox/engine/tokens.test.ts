import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { decodeJwt } from "jose";
import { advanceClock, DAY_MS } from "@/lib/clock";
import { prepareSandbox } from "@/lib/xero-sandbox/prepare";
import { seedFilePath } from "@/lib/xero-sandbox/seed";
import { orgId } from "@/lib/xero-sandbox/seed-data";
import { s256 } from "@/lib/xero-sandbox/rules/pkce";
import { consentForCode } from "@/lib/xero-sandbox/testing/consent-flow";
import { BASE, basic, call, connect, getConnections, makeApp, postToken, REDIRECT } from "@/lib/xero-sandbox/testing/harness";

beforeAll(async () => {
  await prepareSandbox();
});

const MIN = 60_000;

describe("refresh_token grant", () => {
  // First: later tests advance the clock past the seeded tokens' idle lifetime.
  it("works for the seeded consents listed in sandbox-seed.json", async () => {
    const seed = JSON.parse(fs.readFileSync(seedFilePath(), "utf8")) as { apps: { clientId: string; clientSecret: string; consents: { refreshToken: string }[] }[] };
    expect((fs.statSync(seedFilePath()).mode & 0o777).toString(8)).toBe("600");
    const app = seed.apps[0]!;
    const res = await postToken({ grant_type: "refresh_token", refresh_token: app.consents[0]!.refreshToken }, { id: app.clientId, secret: app.clientSecret });
    expect(res.status).toBe(200);
    const { body } = await getConnections(String(res.body.access_token));
    expect(body).toHaveLength(13);
  });
  it("rotates on every use and accepts the previous token for 30 minutes", async () => {
    const { app, clientSecret } = makeApp();
    const auth = { id: app.clientId, secret: clientSecret! };
    const first = await connect(app, clientSecret!, "ben.hogan@example.com", [orgId(12)]);
    const r1 = await postToken({ grant_type: "refresh_token", refresh_token: first.refresh_token }, auth);
    expect(r1.status).toBe(200);
    expect(r1.body.refresh_token).not.toBe(first.refresh_token);
    expect(r1.body.id_token).toBeTruthy();
    // A lost response: retry with the old token inside the grace window.
    advanceClock(29 * MIN);
    const retry = await postToken({ grant_type: "refresh_token", refresh_token: first.refresh_token }, auth);
    expect(retry.status).toBe(200);
    advanceClock(2 * MIN);
    expect(await postToken({ grant_type: "refresh_token", refresh_token: first.refresh_token }, auth)).toEqual({ status: 400, body: { error: "invalid_grant" } });
    // auth_time keeps the original login time after a refresh.
    expect(decodeJwt(String(retry.body.access_token)).auth_time).toBe(decodeJwt(first.access_token).auth_time);
  });

  it("expires a refresh token left unused for 60 days", async () => {
    const { app, clientSecret } = makeApp();
    const auth = { id: app.clientId, secret: clientSecret! };
    const a = await connect(app, clientSecret!, "ana.silva@example.com", [orgId(16)]);
    const b = await connect(app, clientSecret!, "chen.wei@example.com", [orgId(30)]);
    advanceClock(59 * DAY_MS);
    expect((await postToken({ grant_type: "refresh_token", refresh_token: a.refresh_token }, auth)).status).toBe(200);
    advanceClock(2 * DAY_MS);
    expect((await postToken({ grant_type: "refresh_token", refresh_token: b.refresh_token }, auth)).body).toEqual({ error: "invalid_grant" });
  });

  it("rejects a wrong secret and another app's token", async () => {
    const one = makeApp();
    const two = makeApp();
    const tokens = await connect(one.app, one.clientSecret!, "ben.hogan@example.com", [orgId(13)]);
    expect((await postToken({ grant_type: "refresh_token", refresh_token: tokens.refresh_token }, { id: one.app.clientId, secret: "wrong" })).body).toEqual({ error: "invalid_client" });
    expect((await postToken({ grant_type: "refresh_token", refresh_token: tokens.refresh_token }, { id: two.app.clientId, secret: two.clientSecret! })).body).toEqual({ error: "invalid_grant" });
    expect((await postToken({ grant_type: "password" }, { id: one.app.clientId, secret: one.clientSecret! })).body).toEqual({ error: "unsupported_grant_type" });
  });
});

describe("authorization_code details", () => {
  it("PKCE: no secret, verifier must match", async () => {
    const { app } = makeApp({ authType: "pkce" });
    const verifier = "v".repeat(20) + "-._~" + "x".repeat(30);
    const { code } = await consentForCode({
      baseUrl: BASE,
      clientId: app.clientId,
      redirectUri: REDIRECT,
      email: "tom.walker@example.com",
      tenantIds: [orgId(4)],
      codeChallenge: s256(verifier),
      fetch: call,
    });
    const form = { grant_type: "authorization_code", client_id: app.clientId, code, redirect_uri: REDIRECT };
    expect((await postToken({ ...form, code_verifier: "w".repeat(50) })).body).toEqual({ error: "invalid_grant" });
    const ok = await postToken({ ...form, code_verifier: verifier });
    expect(ok.status).toBe(200);
    const refreshed = await postToken({ grant_type: "refresh_token", client_id: app.clientId, refresh_token: String(ok.body.refresh_token) });
    expect(refreshed.status).toBe(200);
  });

  it("a web app without a secret and without PKCE is rejected", async () => {
    const { app } = makeApp();
    const { code } = await consentForCode({ baseUrl: BASE, clientId: app.clientId, redirectUri: REDIRECT, email: "tom.walker@example.com", tenantIds: [orgId(5)], fetch: call });
    expect((await postToken({ grant_type: "authorization_code", client_id: app.clientId, code, redirect_uri: REDIRECT })).body).toEqual({ error: "invalid_client" });
  });

  it("codes expire after 5 minutes", async () => {
    const { app, clientSecret } = makeApp();
    const { code } = await consentForCode({ baseUrl: BASE, clientId: app.clientId, redirectUri: REDIRECT, email: "tom.walker@example.com", tenantIds: [orgId(6)], fetch: call });
    advanceClock(5 * MIN + 1000);
    expect((await postToken({ grant_type: "authorization_code", code, redirect_uri: REDIRECT }, { id: app.clientId, secret: clientSecret! })).body).toEqual({ error: "invalid_grant" });
  });

  it("codes are case-sensitive and bound to the redirect URI", async () => {
    const { app, clientSecret } = makeApp({ redirectUris: [REDIRECT, "http://127.0.0.1:3999/api/xero/callback"] });
    const auth = { id: app.clientId, secret: clientSecret! };
    const { code } = await consentForCode({ baseUrl: BASE, clientId: app.clientId, redirectUri: REDIRECT, email: "tom.walker@example.com", tenantIds: [orgId(3)], fetch: call });
    expect((await postToken({ grant_type: "authorization_code", code: code.toUpperCase(), redirect_uri: REDIRECT }, auth)).body).toEqual({ error: "invalid_grant" });
    expect((await postToken({ grant_type: "authorization_code", code, redirect_uri: "http://127.0.0.1:3999/api/xero/callback" }, auth)).body).toEqual({ error: "invalid_grant" });
  });
});

describe("client_credentials", () => {
  it("is for Custom Connections only", async () => {
    const web = makeApp();
    expect((await postToken({ grant_type: "client_credentials" }, { id: web.app.clientId, secret: web.clientSecret! })).body).toEqual({ error: "unauthorized_client" });
    const seed = JSON.parse(fs.readFileSync(seedFilePath(), "utf8")) as { apps: { plan: string; clientId: string; clientSecret: string; customConnection: { tenantId: string } | null }[] };
    const custom = seed.apps.find((a) => a.plan === "custom-connection")!;
    const res = await postToken({ grant_type: "client_credentials", scope: "accounting.settings" }, { id: custom.clientId, secret: custom.clientSecret });
    expect(res.status).toBe(200);
    expect(res.body.refresh_token).toBeUndefined();
    expect(res.body.id_token).toBeUndefined();
    const { body } = await getConnections(String(res.body.access_token));
    expect(body!.map((c) => c.tenantId)).toEqual([custom.customConnection!.tenantId]);
    // No tenant header needed for a Custom Connection.
    const org = await call("/api/api.xro/2.0/Organisation", { headers: { Authorization: `Bearer ${String(res.body.access_token)}` } });
    expect(org.status).toBe(200);
  });
});

describe("revocation", () => {
  it("removes all of the user's connections for the app and kills the token", async () => {
    const { app, clientSecret } = makeApp();
    const tokens = await connect(app, clientSecret!, "priya.patel@example.com", [orgId(35), orgId(36)]);
    const other = await connect(app, clientSecret!, "chen.wei@example.com", [orgId(36)]);
    const res = await call("/identity/connect/revocation", {
      method: "POST",
      headers: { Authorization: basic(app.clientId, clientSecret!) },
      body: new URLSearchParams({ token: tokens.refresh_token }),
    });
    expect(res.status).toBe(200);
    expect((await getConnections(tokens.access_token)).body).toEqual([]);
    expect((await getConnections(other.access_token)).body).toHaveLength(1);
    expect((await postToken({ grant_type: "refresh_token", refresh_token: tokens.refresh_token }, { id: app.clientId, secret: clientSecret! })).body).toEqual({ error: "invalid_grant" });
  });
});

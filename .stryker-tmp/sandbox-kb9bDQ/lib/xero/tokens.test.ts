// @ts-nocheck
import { afterEach, describe, expect, it } from "vitest";
import { advanceClock, DAY_MS, xeroNowMs } from "@/lib/clock";
import { sandboxEndpoints } from "./config";
import { XeroApiError, XeroOAuthError } from "./errors";
import { sendJson, startTestServer } from "./testing/http-server";
import { clientCredentials, exchangeCode, refreshGrantOnce, refreshTokens, revokeToken } from "./tokens";

// What the token calls put on the wire, checked against a scripted server (the sandbox tests cover behaviour).

type Seen = { path: string; authorization?: string; form: URLSearchParams };
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function fakeToken(reply: (seen: Seen) => { status: number; body: unknown }) {
  const seen: Seen[] = [];
  const server = await startTestServer((req, body, res) => {
    const s = { path: req.url ?? "", authorization: req.headers.authorization, form: new URLSearchParams(body) };
    seen.push(s);
    const { status, body: out } = reply(s);
    sendJson(res, status, out);
  });
  close = server.close;
  return { seen, endpoints: sandboxEndpoints(server.url), server };
}

const ok = { access_token: "a.b.c", refresh_token: "r2", id_token: "i.d.t", expires_in: 1800, token_type: "Bearer", scope: "openid offline_access" };

describe("token calls", () => {
  it("exchanges a code with Basic auth when the app has a secret", async () => {
    const { seen, endpoints } = await fakeToken(() => ({ status: 200, body: ok }));
    const before = xeroNowMs();
    const set = await exchangeCode({ endpoints, clientId: "CID", clientSecret: "s3cret", code: "abc", redirectUri: "http://l/cb" });
    expect(seen[0]?.path).toBe("/sandbox/xero/identity/connect/token");
    expect(seen[0]?.authorization).toBe(`Basic ${Buffer.from("CID:s3cret").toString("base64")}`);
    expect(Object.fromEntries(seen[0]!.form)).toEqual({ grant_type: "authorization_code", code: "abc", redirect_uri: "http://l/cb" });
    expect(set).toMatchObject({ accessToken: "a.b.c", refreshToken: "r2", idToken: "i.d.t", scope: ["openid", "offline_access"] });
    expect(set.expiresAt.getTime() - before).toBeGreaterThanOrEqual(1_799_000);
    expect(set.expiresAt.getTime() - before).toBeLessThanOrEqual(1_800_500);
  });

  it("sends client_id and code_verifier (no secret) for PKCE apps", async () => {
    const { seen, endpoints } = await fakeToken(() => ({ status: 200, body: ok }));
    await exchangeCode({ endpoints, clientId: "CID", code: "abc", redirectUri: "http://l/cb", codeVerifier: "v".repeat(43) });
    expect(seen[0]?.authorization).toBeUndefined();
    expect(seen[0]?.form.get("client_id")).toBe("CID");
    expect(seen[0]?.form.get("code_verifier")).toBe("v".repeat(43));
    expect(seen[0]?.form.has("client_secret")).toBe(false);
  });

  it("computes expiry from lib/clock time, so an advanced sandbox clock moves it", async () => {
    const { endpoints } = await fakeToken(() => ({ status: 200, body: ok }));
    advanceClock(DAY_MS);
    const set = await refreshTokens({ endpoints, clientId: "CID", refreshToken: "r1" });
    expect(set.expiresAt.getTime()).toBeGreaterThan(Date.now() + DAY_MS);
  });

  it("refreshes, runs client credentials and revokes with the right forms", async () => {
    const { seen, endpoints } = await fakeToken((s) => ({ status: 200, body: s.path.endsWith("/revocation") ? undefined : { access_token: "x", expires_in: 1800 } }));
    const cc = await clientCredentials({ endpoints, clientId: "CID", clientSecret: "s", scopes: ["accounting.settings.read"] });
    expect(cc.refreshToken).toBeUndefined();
    expect(cc.scope).toEqual([]);
    await refreshTokens({ endpoints, clientId: "CID", refreshToken: "r1" });
    await revokeToken({ endpoints, clientId: "CID", token: "r1" });
    expect(seen.map((s) => Object.fromEntries(s.form))).toEqual([
      { grant_type: "client_credentials", scope: "accounting.settings.read" },
      { grant_type: "refresh_token", refresh_token: "r1", client_id: "CID" },
      { token: "r1", client_id: "CID" },
    ]);
    expect(seen[2]?.path).toBe("/sandbox/xero/identity/connect/revocation");
  });

  it("raises OAuth errors by code, and 5xx as API errors", async () => {
    const { endpoints } = await fakeToken((s) => (s.form.get("refresh_token") === "boom" ? { status: 500, body: { Title: "Internal" } } : { status: 400, body: { error: "invalid_grant" } }));
    await expect(refreshTokens({ endpoints, clientId: "C", refreshToken: "old" })).rejects.toMatchObject({ code: "invalid_grant", status: 400 });
    await expect(refreshTokens({ endpoints, clientId: "C", refreshToken: "old" })).rejects.toBeInstanceOf(XeroOAuthError);
    await expect(refreshTokens({ endpoints, clientId: "C", refreshToken: "boom" })).rejects.toBeInstanceOf(XeroApiError);
  });

  it("makes one token call for concurrent refreshes of one grant", async () => {
    const { seen, endpoints } = await fakeToken(() => ({ status: 200, body: ok }));
    const sets = await Promise.all(Array.from({ length: 20 }, () => refreshGrantOnce("g1", { endpoints, clientId: "C", refreshToken: "r1" })));
    expect(seen).toHaveLength(1);
    expect(new Set(sets).size).toBe(1);
  });
});

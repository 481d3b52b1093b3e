// @ts-nocheck
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from "jose";
import { advanceClock } from "@/lib/clock";
import { decodeAccessToken } from "./access-token";
import { sandboxEndpoints, type XeroEndpoints } from "./config";
import { XeroIdTokenError, XeroProtocolError } from "./errors";
import { clearIdTokenCaches, verifyIdToken } from "./id-token";
import { sendJson, startTestServer } from "./testing/http-server";

// id_token checks against a scripted issuer with its own key, so every failure can be produced on purpose.

let endpoints: XeroEndpoints;
let issuer: string;
let key: CryptoKey;
let stranger: CryptoKey;
let close: () => Promise<void>;

beforeAll(async () => {
  const pair = await generateKeyPair("RS256");
  key = pair.privateKey;
  stranger = (await generateKeyPair("RS256")).privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: "K1", use: "sig", alg: "RS256" };
  const server = await startTestServer((req, _body, res) => {
    if (req.url?.endsWith("/.well-known/openid-configuration"))
      return sendJson(res, 200, { issuer, authorization_endpoint: `${issuer}/x`, token_endpoint: `${issuer}/connect/token`, jwks_uri: `${issuer}/.well-known/openid-configuration/jwks` });
    if (req.url?.endsWith("/jwks")) return sendJson(res, 200, { keys: [jwk] });
    sendJson(res, 404, {});
  });
  close = server.close;
  endpoints = sandboxEndpoints(server.url);
  issuer = endpoints.identityBase;
});
afterAll(() => close());
beforeEach(() => clearIdTokenCaches());

function idToken(overrides: { iss?: string; aud?: string; expSeconds?: number; signWith?: CryptoKey; nonce?: string } = {}) {
  const nonce = overrides.nonce ? { nonce: overrides.nonce } : {};
  return new SignJWT({ xero_userid: "u-1", email: "ann@example.com", given_name: "Ann", sid: "s1", global_session_id: "s1", ...nonce })
    .setProtectedHeader({ alg: "RS256", kid: "K1", typ: "JWT" })
    .setIssuer(overrides.iss ?? issuer)
    .setAudience(overrides.aud ?? "CLIENT")
    .setSubject("0123456789abcdef0123456789abcdef")
    .setIssuedAt()
    .setNotBefore("0s")
    .setExpirationTime(`${overrides.expSeconds ?? 300}s`)
    .sign(overrides.signWith ?? key);
}

describe("verifyIdToken", () => {
  it("returns the claims of a good token", async () => {
    const claims = await verifyIdToken(await idToken(), { endpoints, clientId: "CLIENT" });
    expect(claims).toMatchObject({ xero_userid: "u-1", email: "ann@example.com", sub: "0123456789abcdef0123456789abcdef" });
  });
  it.each([
    ["audience", () => idToken({ aud: "OTHER" })],
    ["issuer", () => idToken({ iss: "https://identity.xero.com" })],
    ["signature", () => idToken({ signWith: stranger })],
  ] as const)("rejects a bad %s", async (reason, make) => {
    const error = await verifyIdToken(await make(), { endpoints, clientId: "CLIENT" }).catch((e) => e);
    expect(error).toBeInstanceOf(XeroIdTokenError);
    expect(error.reason).toBe(reason);
    expect(error.userMessage).toMatch(/could not be verified/);
  });
  it("checks the nonce when one was sent", async () => {
    await expect(verifyIdToken(await idToken({ nonce: "n1" }), { endpoints, clientId: "CLIENT", nonce: "n1" })).resolves.toMatchObject({ nonce: "n1" });
    await expect(verifyIdToken(await idToken({ nonce: "n2" }), { endpoints, clientId: "CLIENT", nonce: "n1" })).rejects.toMatchObject({ reason: "malformed" });
  });
  it("rejects garbage as malformed and an unreachable issuer as discovery", async () => {
    await expect(verifyIdToken("not-a-jwt", { endpoints, clientId: "CLIENT" })).rejects.toMatchObject({ reason: "malformed" });
    const gone = sandboxEndpoints("http://127.0.0.1:1");
    await expect(verifyIdToken(await idToken(), { endpoints: gone, clientId: "CLIENT" })).rejects.toMatchObject({ reason: "discovery" });
  });
  it("judges expiry by lib/clock time", async () => {
    const token = await idToken();
    await expect(verifyIdToken(token, { endpoints, clientId: "CLIENT" })).resolves.toBeTruthy();
    advanceClock(10 * 60 * 1000);
    await expect(verifyIdToken(token, { endpoints, clientId: "CLIENT" })).rejects.toMatchObject({ reason: "expired" });
  });
});

describe("decodeAccessToken", () => {
  it("reads the routing claims without verifying", async () => {
    const token = await new SignJWT({ client_id: "CID", xero_userid: "u-1", authentication_event_id: "e-1", scope: ["openid", "email"] })
      .setProtectedHeader({ alg: "RS256", kid: "K1" })
      .setIssuer(issuer)
      .setAudience(`${issuer}/resources`)
      .setExpirationTime("30m")
      .sign(key);
    expect(decodeAccessToken(token)).toMatchObject({ client_id: "CID", xero_userid: "u-1", authentication_event_id: "e-1", scope: ["openid", "email"] });
  });
  it("rejects tokens that are not JWTs", () => {
    expect(() => decodeAccessToken("opaque")).toThrow(XeroProtocolError);
  });
});

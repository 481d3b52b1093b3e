// @ts-nocheck
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildAuthorizeUrl, parseAuthorizeCallback } from "./authorize";
import { liveEndpoints, sandboxEndpoints } from "./config";
import { XeroOAuthError } from "./errors";
import { codeChallengeS256, createCodeVerifier, isValidCodeVerifier } from "./pkce";

describe("PKCE", () => {
  it("creates verifiers of 43 characters from the allowed alphabet", () => {
    const v = createCodeVerifier();
    expect(v).toHaveLength(43);
    expect(isValidCodeVerifier(v)).toBe(true);
    expect(isValidCodeVerifier(createCodeVerifier(96))).toBe(true);
  });
  it("computes the RFC 7636 S256 challenge", () => {
    // The example from RFC 7636 appendix B.
    expect(codeChallengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")).toBe("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
  });
  it("refuses verifiers outside 43–128 characters", () => {
    expect(() => codeChallengeS256("short")).toThrow();
    expect(() => codeChallengeS256("a".repeat(129))).toThrow();
    expect(isValidCodeVerifier("a".repeat(42) + "!")).toBe(false);
  });
});

describe("buildAuthorizeUrl", () => {
  const base = { clientId: "ABC", redirectUri: "http://localhost:3000/api/xero/callback", scopes: ["openid", "profile", "email", "offline_access"] };

  it("points at Xero's login host with every parameter and an S256 challenge", () => {
    const { url, state, codeVerifier } = buildAuthorizeUrl({ ...base, endpoints: liveEndpoints });
    const u = new URL(url);
    expect(`${u.origin}${u.pathname}`).toBe("https://login.xero.com/identity/connect/authorize");
    expect(u.searchParams.get("response_type")).toBe("code");
    expect(u.searchParams.get("client_id")).toBe("ABC");
    expect(u.searchParams.get("redirect_uri")).toBe(base.redirectUri);
    expect(u.searchParams.get("scope")).toBe("openid profile email offline_access");
    expect(u.searchParams.get("state")).toBe(state);
    expect(state.length).toBeGreaterThanOrEqual(32);
    expect(u.searchParams.get("code_challenge_method")).toBe("S256");
    const expected = crypto.createHash("sha256").update(codeVerifier!).digest("base64url");
    expect(u.searchParams.get("code_challenge")).toBe(expected);
  });
  it("uses the sandbox's login prefix, a given state and verifier, or no PKCE", () => {
    const endpoints = sandboxEndpoints("http://127.0.0.1:4000/");
    const verifier = "x".repeat(64);
    const withPkce = buildAuthorizeUrl({ ...base, endpoints, state: "s1", pkce: { codeVerifier: verifier } });
    expect(withPkce.url.startsWith("http://127.0.0.1:4000/sandbox/xero/login/identity/connect/authorize?")).toBe(true);
    expect(withPkce).toMatchObject({ state: "s1", codeVerifier: verifier });
    const without = buildAuthorizeUrl({ ...base, endpoints, pkce: false });
    expect(without.codeVerifier).toBeUndefined();
    expect(new URL(without.url).searchParams.has("code_challenge")).toBe(false);
  });
});

describe("parseAuthorizeCallback", () => {
  it("returns the code and scope when the state matches", () => {
    expect(parseAuthorizeCallback("https://x/cb?code=abc&state=s1&scope=openid%20email", "s1")).toEqual({ code: "abc", state: "s1", scope: ["openid", "email"] });
  });
  it("turns a cancel into access_denied", () => {
    const error = (() => {
      try {
        parseAuthorizeCallback(new URLSearchParams("error=access_denied&state=s1"), "s1");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(XeroOAuthError);
    expect((error as XeroOAuthError).code).toBe("access_denied");
    expect((error as XeroOAuthError).userMessage).toMatch(/cancelled/);
  });
  it("rejects a state mismatch or a missing code", () => {
    expect(() => parseAuthorizeCallback("code=abc&state=other", "s1")).toThrow(/state/);
    expect(() => parseAuthorizeCallback("state=s1", "s1")).toThrow(XeroOAuthError);
  });
});

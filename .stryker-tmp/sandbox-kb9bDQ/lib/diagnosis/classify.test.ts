// @ts-nocheck
import { describe, expect, it } from "vitest";
import { classify } from "./classify";
import { explain } from "./explain";

describe("classify: the app's connection cap", () => {
  it("recognises the legacy wording and extracts the app name", () => {
    expect(classify("Acme Ledger Sync (prod) needs to complete certification before they can connect to more Xero organisations")).toEqual({
      kind: "app_cap",
      regime: "legacy",
      appName: "Acme Ledger Sync (prod)",
      clientId: null,
    });
  });
  it("accepts the forum's title without a name, American spelling and a pasted prefix", () => {
    expect(classify("Login error: needs to complete certification before they can connect to more Xero organisations")).toMatchObject({ kind: "app_cap", regime: "legacy", appName: null });
    expect(classify('Error: "My App" needs to complete certification before they can connect to more Xero organizations.')).toMatchObject({ appName: "My App" });
  });
  it("recognises the tiers wording and extracts the app name after Sorry!", () => {
    const text = "Sorry! Acme Ledger Sync (dev) has reached their Xero connection limit, please let them know so they can connect more Xero organisations";
    expect(classify(text)).toEqual({ kind: "app_cap", regime: "tiers", appName: "Acme Ledger Sync (dev)", clientId: null });
  });
  it("recognises Xero's /connectionLimit URL and the sandbox's, with its client id", () => {
    expect(classify("https://authorize.xero.com/connectionLimit")).toEqual({ kind: "app_cap", regime: "unknown", appName: null, clientId: null });
    expect(classify("http://127.0.0.1:3000/sandbox/xero/login/connectionLimit?client_id=ABCDEF0123456789ABCDEF0123456789")).toMatchObject({ kind: "app_cap", clientId: "ABCDEF0123456789ABCDEF0123456789" });
  });
  it("falls back to the cap for a vaguer mention of the connection limit", () => {
    expect(classify("users see a connection limit screen")).toMatchObject({ kind: "app_cap", regime: "unknown" });
  });
});

describe("classify: other limits", () => {
  it("recognises the organisation's uncertified-apps cap", () => {
    expect(classify("This organisation is already connected to the maximum number of allowed uncertified apps")).toEqual({ kind: "org_cap" });
  });
  it("recognises a Custom Connection bound to one organisation", () => {
    expect(classify("A custom connection can only be connected to a single organisation")).toEqual({ kind: "custom_connection" });
    expect(classify("Custom Connections are authorised from the developer portal, not through a redirect.")).toEqual({ kind: "custom_connection" });
  });
  it.each([
    ["HTTP 429 X-Rate-Limit-Problem: minute Retry-After: 12", "minute", 12],
    ["429 Too Many Requests\nx-rate-limit-problem: day\nretry-after: 3600", "day", 3600],
    ['{"Title":"Too Many Requests","Status":429,"Detail":"Rate limit exceeded: appminute"}', "app_minute", null],
    ["Rate limit exceeded: concurrent", "concurrent", null],
    ["429 x-daylimit-remaining: 0", "day", null],
    ["429 x-minlimit-remaining: 0 x-daylimit-remaining: 4000", "minute", null],
    ["X-Rate-Limit-Problem: Daily", "day", null],
    ["429 Too Many Requests", "unknown", null],
  ])("reads the rate limit from %j", (text, scope, retry) => {
    expect(classify(text)).toEqual({ kind: "rate_limit", scope, retryAfterSeconds: retry });
  });
});

describe("classify: tokens, organisations and consent", () => {
  it("recognises a dead refresh token", () => {
    expect(classify('{"error":"invalid_grant"}')).toEqual({ kind: "refresh_token_dead" });
  });
  it("recognises an expired access token and keeps the time", () => {
    expect(classify('{"Title":"Unauthorized","Status":401,"Detail":"TokenExpired: token expired at 03/03/2020 09:46:07"}')).toEqual({ kind: "access_token_expired", expiredAt: "03/03/2020 09:46:07" });
  });
  it("recognises a gone organisation (403 AuthenticationUnsuccessful) apart from a missing scope", () => {
    expect(classify('{"Title":"Forbidden","Status":403,"Detail":"AuthenticationUnsuccessful"}')).toEqual({ kind: "organisation_gone" });
    expect(classify('{"Title":"Unauthorized","Status":401,"Detail":"AuthorizationUnsuccessful"}')).toEqual({ kind: "not_permitted" });
  });
  it("recognises a cancelled consent, as text or as the callback URL", () => {
    expect(classify("error=access_denied")).toEqual({ kind: "consent_cancelled" });
    expect(classify("https://app.example.com/api/xero/callback?error=access_denied&state=abc")).toEqual({ kind: "consent_cancelled" });
  });
  it("recognises the token endpoint's client errors", () => {
    expect(classify('{"error":"invalid_client"}')).toEqual({ kind: "client_rejected", code: "invalid_client" });
    expect(classify('{"error":"unauthorized_client"}')).toEqual({ kind: "client_rejected", code: "unauthorized_client" });
    expect(classify("invalid_scope")).toEqual({ kind: "client_rejected", code: "invalid_scope" });
  });
  it("reads the dashboard's own connect_error codes from a pasted app URL", () => {
    expect(classify("http://localhost:3000/apps/1?connect_error=cancelled")).toEqual({ kind: "consent_cancelled" });
  });
  it("reads bare statuses", () => {
    expect(classify("GET /Organisation returned 403")).toEqual({ kind: "organisation_gone" });
    expect(classify("401 Unauthorized")).toEqual({ kind: "access_token_expired", expiredAt: null });
  });
});

describe("classify: nothing and the unknown", () => {
  it("says there is nothing to classify for an empty input", () => {
    expect(classify("   ")).toEqual({ kind: "none" });
    expect(classify(undefined)).toEqual({ kind: "none" });
  });
  it("says so plainly for a message it does not recognise", () => {
    const c = classify("Something went wrong, please try again later");
    expect(c).toEqual({ kind: "unrecognised" });
    expect(explain(c).title).toBe("We do not recognise this message");
  });
});

describe("explain", () => {
  it("names the cap and the rule in force", () => {
    const e = explain({ kind: "app_cap", regime: "legacy", appName: "Acme", clientId: null });
    expect(e.title).toBe("The app's connection cap");
    expect(e.explanation).toContain("Acme has");
    expect(e.explanation).toContain("25 connections");
  });
  it("passes Retry-After on for rate limits", () => {
    expect(explain({ kind: "rate_limit", scope: "minute", retryAfterSeconds: 30 }).explanation).toContain("wait 30 seconds");
  });
});

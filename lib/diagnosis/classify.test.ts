import { describe, expect, it } from "vitest";
import { isConnectErrorCode } from "@/lib/connections/connect-errors";
import { classify, FROM_CONNECT_ERROR } from "./classify";
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
    expect(classify("http://127.0.0.1:3000/sandbox/xero/login/connectionLimit?client_id=ABCDEF0123456789ABCDEF0123456789")).toMatchObject({
      kind: "app_cap",
      clientId: "ABCDEF0123456789ABCDEF0123456789",
    });
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

describe("classify: the app name in Xero's wording", () => {
  const legacyName = (text: string) => {
    const c = classify(text);
    return c.kind === "app_cap" ? c.appName : "not an app cap";
  };
  const LEGACY_TAIL = "needs to complete certification before they can connect to more Xero organisations";

  it("strips a pasted prefix, quotes and 'Sorry!', keeping only the last line before the wording", () => {
    expect(legacyName(`Error: Acme Ledger ${LEGACY_TAIL}`)).toBe("Acme Ledger");
    expect(legacyName(`Xero says - "Acme Ledger" ${LEGACY_TAIL}`)).toBe("Acme Ledger");
    expect(legacyName(`The screen shows: ‘Acme Ledger’ ${LEGACY_TAIL}`)).toBe("Acme Ledger");
    expect(legacyName(`first line\r\nAcme Ledger ${LEGACY_TAIL}`)).toBe("Acme Ledger");
    expect(legacyName(`first line\nAcme Ledger ${LEGACY_TAIL}`)).toBe("Acme Ledger");
    expect(legacyName(`Sorry! Acme Ledger ${LEGACY_TAIL}`)).toBe("Acme Ledger");
    expect(legacyName(`  sorry Acme Ledger ${LEGACY_TAIL}`)).toBe("Acme Ledger");
    expect(legacyName(`Errorless Books ${LEGACY_TAIL}`)).toBe("Errorless Books");
  });

  it("gives no name when none is written or it is implausibly long", () => {
    expect(legacyName(LEGACY_TAIL)).toBeNull();
    expect(legacyName(`${"A".repeat(120)} ${LEGACY_TAIL}`)).toBe("A".repeat(120));
    expect(legacyName(`${"A".repeat(121)} ${LEGACY_TAIL}`)).toBeNull();
  });

  it("reads the tiered plans' wording too", () => {
    expect(classify("Sorry! Acme Payroll has reached their Xero connection limit, please let them know")).toEqual({ kind: "app_cap", regime: "tiers", appName: "Acme Payroll", clientId: null });
  });
});

describe("classify: addresses", () => {
  it("reads Xero's /connectionLimit page with its client id, even after other words", () => {
    expect(classify("it sent me to https://login.xero.com/identity/connectionLimit?client_id=ABC123")).toEqual({ kind: "app_cap", regime: "unknown", appName: null, clientId: "ABC123" });
    expect(classify("/identity/ConnectionLimit")).toMatchObject({ kind: "app_cap", clientId: null });
  });

  it.each([
    ["error=access_denied", { kind: "consent_cancelled" }],
    ["connect_error=cancelled", { kind: "consent_cancelled" }],
    ["error=invalid_grant", { kind: "refresh_token_dead" }],
    ["connect_error=code_rejected", { kind: "refresh_token_dead" }],
    ["error=invalid_client", { kind: "client_rejected", code: "invalid_client" }],
    ["connect_error=client_rejected", { kind: "client_rejected", code: "invalid_client" }],
    ["error=unauthorized_client", { kind: "client_rejected", code: "unauthorized_client" }],
    ["connect_error=not_custom", { kind: "client_rejected", code: "unauthorized_client" }],
    ["error=invalid_scope", { kind: "client_rejected", code: "invalid_scope" }],
    ["connect_error=scope_rejected", { kind: "client_rejected", code: "invalid_scope" }],
    ["connect_error=rate_limited", { kind: "rate_limit", scope: "unknown", retryAfterSeconds: null }],
  ])("reads a callback address with %s", (query, expected) => {
    expect(classify(`http://localhost:3000/apps/1?${query}`)).toEqual(expected);
  });

  it("falls through to the words when an address says nothing it knows", () => {
    expect(classify("https://example.com/somewhere?error=other")).toEqual({ kind: "unrecognised" });
    expect(classify("see /apps/1 — 429 Too Many Requests")).toMatchObject({ kind: "rate_limit" });
  });
});

describe("classify: rate limits", () => {
  const scope = (text: string) => {
    const c = classify(text);
    return c.kind === "rate_limit" ? c.scope : c.kind;
  };

  it("believes X-Rate-Limit-Problem first, in any spelling Xero or a log uses", () => {
    expect(scope("429 X-Rate-Limit-Problem: minute X-DayLimit-Remaining: 0")).toBe("minute");
    expect(scope('429 x-rate-limit-problem = "day"')).toBe("day");
    expect(scope("429 X-Rate-Limit-Problem:appminute")).toBe("app_minute");
    expect(scope("429 X-Rate-Limit-Problem: app_min")).toBe("app_minute");
    expect(scope("429 X-Rate-Limit-Problem: concurrent")).toBe("concurrent");
    expect(scope("429 X-Rate-Limit-Problem: daily")).toBe("day");
    expect(scope("Rate limit exceeded: min")).toBe("minute");
    expect(scope("429 X-Rate-Limit-Problem: weekly")).toBe("unknown");
  });

  it("then the *-Remaining header that reached 0", () => {
    expect(scope("429 X-AppMinLimit-Remaining: 0 X-DayLimit-Remaining: 0")).toBe("app_minute");
    expect(scope('429 x-appminlimit-remaining="0"')).toBe("app_minute");
    expect(scope("429 X-AppMinLimit-Remaining: 05")).toBe("unknown");
    expect(scope("429 X-DayLimit-Remaining : 0, X-MinLimit-Remaining: 12")).toBe("day");
    expect(scope("429 X-MinLimit-Remaining:0")).toBe("minute");
    expect(scope("429 X-MinLimit-Remaining: 10")).toBe("unknown");
  });

  it("then the words", () => {
    expect(scope("rate limit hit app-wide")).toBe("app_minute");
    expect(scope("rate limit hit appwide")).toBe("app_minute");
    expect(scope("rate limit across all organizations")).toBe("app_minute");
    expect(scope("rate limit across all tenants")).toBe("app_minute");
    expect(scope("ratelimit: too many concurrent calls")).toBe("concurrent");
    expect(scope("too many requests today: daily limit")).toBe("day");
    expect(scope("rate limit for the day")).toBe("day");
    expect(scope("too many requests this minute")).toBe("minute");
    expect(scope("too many requests")).toBe("unknown");
  });

  it("reads Retry-After in header or log form", () => {
    const retry = (text: string) => {
      const c = classify(text);
      return c.kind === "rate_limit" ? c.retryAfterSeconds : "not a rate limit";
    };
    expect(retry("429 Retry-After: 42")).toBe(42);
    expect(retry('429 retry-after="7"')).toBe(7);
    expect(retry("429 Retry-After 30")).toBe(30);
    expect(retry("429 Too Many Requests")).toBeNull();
  });
});

describe("classify: tokens, consent and statuses", () => {
  it("takes the expiry time out of TokenExpired", () => {
    expect(classify('{"Detail":"TokenExpired: token expired at 05/01/2026 10:00:00","Status":401}')).toEqual({ kind: "access_token_expired", expiredAt: "05/01/2026 10:00:00" });
    expect(classify("TokenExpired")).toEqual({ kind: "access_token_expired", expiredAt: null });
  });

  it("names the client rejection from the error code in the text", () => {
    expect(classify("token endpoint said INVALID_CLIENT")).toEqual({ kind: "client_rejected", code: "invalid_client" });
    expect(classify("unauthorized_client")).toEqual({ kind: "client_rejected", code: "unauthorized_client" });
    expect(classify("error: invalid_scope")).toEqual({ kind: "client_rejected", code: "invalid_scope" });
  });

  it("reads bare statuses and words", () => {
    expect(classify("403")).toEqual({ kind: "organisation_gone" });
    expect(classify("Forbidden")).toEqual({ kind: "organisation_gone" });
    expect(classify("got a 401")).toEqual({ kind: "access_token_expired", expiredAt: null });
    expect(classify("Unauthorised")).toEqual({ kind: "access_token_expired", expiredAt: null });
    expect(classify("unauthorized")).toEqual({ kind: "access_token_expired", expiredAt: null });
    expect(classify("14013")).toEqual({ kind: "unrecognised" });
    expect(classify("hit the connection limit")).toEqual({ kind: "app_cap", regime: "unknown", appName: null, clientId: null });
    expect(classify("access_denied")).toEqual({ kind: "consent_cancelled" });
    expect(classify("AuthorizationUnsuccessful")).toEqual({ kind: "not_permitted" });
  });

  it("needs both words for a Custom Connection", () => {
    expect(classify("This Custom Connection is bound to another organisation")).toEqual({ kind: "custom_connection" });
    expect(classify("This custom connection failed")).toEqual({ kind: "unrecognised" });
    expect(classify("bound to one organisation")).toEqual({ kind: "unrecognised" });
  });

  it("ignores blank input", () => {
    expect(classify(null)).toEqual({ kind: "none" });
    expect(classify(undefined)).toEqual({ kind: "none" });
    expect(classify("   \n ")).toEqual({ kind: "none" });
  });
});

describe("classify: our own connect_error codes", () => {
  it("only knows codes the connect flow can actually send", () => {
    for (const code of Object.keys(FROM_CONNECT_ERROR)) expect(isConnectErrorCode(code)).toBe(true);
  });

  it("reads every mapped code from a pasted app URL", () => {
    for (const [code, expected] of Object.entries(FROM_CONNECT_ERROR)) expect(classify(`https://desk.example/apps/1?connect_error=${code}`)).toEqual(expected);
  });

  it("does not treat an inherited property name as a code", () => {
    expect(classify("https://desk.example/apps/1?connect_error=toString").kind).not.toBe("consent_cancelled");
  });
});

import { describe, expect, it } from "vitest";
import { mapErrorResponse } from "./error-mapping";
import { XeroApiError, XeroNetworkError, XeroOAuthError, XeroRateLimitError, isXeroError } from "./errors";

describe("mapErrorResponse", () => {
  it("maps token-endpoint errors by code", () => {
    for (const code of ["invalid_grant", "invalid_client", "unauthorized_client", "invalid_scope", "access_denied"] as const) {
      const e = mapErrorResponse("oauth", 400, JSON.stringify({ error: code }), {});
      expect(e).toBeInstanceOf(XeroOAuthError);
      expect((e as XeroOAuthError).code).toBe(code);
      expect(e.userMessage.length).toBeGreaterThan(20);
    }
    const other = mapErrorResponse("oauth", 400, JSON.stringify({ error: "unsupported_grant_type", error_description: "nope" }), {});
    expect(other).toMatchObject({ code: "other", rawCode: "unsupported_grant_type", description: "nope", status: 400 });
    expect(other.userMessage).toContain("unsupported_grant_type");
  });

  it("reads Xero's PascalCase problem details", () => {
    const body = { Type: null, Title: "Unauthorized", Status: 401, Detail: "TokenExpired: token expired at 03/03/2020 09:46:07", Instance: "abc", Extensions: {} };
    const e = mapErrorResponse("api", 401, JSON.stringify(body), { appMinRemaining: 5 }) as XeroApiError;
    expect(e).toBeInstanceOf(XeroApiError);
    expect(e).toMatchObject({ status: 401, title: "Unauthorized", instance: "abc", reason: "TokenExpired", rateLimit: { appMinRemaining: 5 } });
    expect(e.userMessage).toMatch(/expired/);

    const forbidden = mapErrorResponse("api", 403, JSON.stringify({ Title: "Forbidden", Status: 403, Detail: "AuthenticationUnsuccessful" }), {}) as XeroApiError;
    expect(forbidden.reason).toBe("AuthenticationUnsuccessful");
    expect(forbidden.userMessage).toMatch(/no longer connected/);
  });

  it("handles empty, HTML and server-error bodies as API errors", () => {
    const notFound = mapErrorResponse("api", 404, "", {}) as XeroApiError;
    expect(notFound).toMatchObject({ status: 404, detail: undefined, reason: "other" });
    expect(notFound.userMessage).toMatch(/could not find/);
    const html = mapErrorResponse("oauth", 500, "<html><body><h1>Oops</h1></body></html>", {}) as XeroApiError;
    expect(html).toBeInstanceOf(XeroApiError);
    expect(html.detail).toBe("Oops");
    expect(html.userMessage).toMatch(/HTTP 500/);
  });

  it("gives every error class a category and a plain message", () => {
    const rate = new XeroRateLimitError("minute", 42, { problem: "minute", retryAfterSeconds: 42, minRemaining: 0 }, { tenantId: "t-1" });
    expect(rate).toMatchObject({ category: "rate_limit", status: 429, rateLimit: { minRemaining: 0 } });
    expect(rate.userMessage).toBe("This organisation used up Xero's limit of 60 calls a minute per organisation for this app. Try again in 42 seconds.");
    expect(new XeroRateLimitError("day", 7200, {}).userMessage).toMatch(/about 2 hours/);
    const timeout = new XeroNetworkError("timeout", "http://x", 15_000);
    expect(timeout).toMatchObject({ category: "network", kind: "timeout" });
    expect(timeout.userMessage).toMatch(/15 seconds/);
    expect(isXeroError(timeout)).toBe(true);
    expect(isXeroError(new Error("x"))).toBe(false);
  });
});

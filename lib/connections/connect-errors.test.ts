import { describe, expect, it } from "vitest";
import { XeroApiError, XeroIdTokenError, XeroNetworkError, XeroOAuthError, XeroProtocolError, XeroRateLimitError } from "@/lib/xero/errors";
import { connectErrorCode, connectErrors, isConnectErrorCode } from "./connect-errors";

// Each way a consent can fail maps to the code the app page explains; unknown failures stay generic.

const oauth = (code: string) => new XeroOAuthError(code, undefined, 400);

describe("connectErrorCode", () => {
  it.each([
    ["access_denied", "cancelled"],
    ["invalid_grant", "code_rejected"],
    ["invalid_client", "client_rejected"],
    ["unauthorized_client", "not_custom"],
    ["invalid_scope", "scope_rejected"],
    ["server_error", "xero_error"],
  ])("maps OAuth %s to %s", (raw, code) => {
    expect(connectErrorCode(oauth(raw))).toBe(code);
  });

  it("tells a consent refused at a cap (the limit screen's way back) from a Cancel", () => {
    const refused = (description: string) => connectErrorCode(new XeroOAuthError("access_denied", description, undefined));
    expect(refused("Acme needs to complete certification before they can connect to more Xero organisations")).toBe("cap_reached");
    expect(refused("Sorry! Acme has reached their Xero connection limit, please let them know so they can connect more Xero organisations")).toBe("cap_reached");
    expect(refused("This organisation is already connected to the maximum number of allowed uncertified apps")).toBe("org_cap");
    expect(refused("The user cancelled")).toBe("cancelled");
  });

  it("maps the other Xero failures by category", () => {
    expect(connectErrorCode(new XeroIdTokenError("signature", "bad signature"))).toBe("identity");
    expect(connectErrorCode(new XeroRateLimitError("minute", 60, {}))).toBe("rate_limited");
    expect(connectErrorCode(new XeroNetworkError("timeout", "http://x", 10_000))).toBe("unavailable");
    expect(connectErrorCode(new XeroApiError(500, "Error", undefined, undefined, {}))).toBe("unavailable");
    expect(connectErrorCode(new XeroProtocolError("http://x", 200, "not JSON"))).toBe("unavailable");
  });

  it("never blames Xero's protocol for an error that is not Xero's", () => {
    expect(connectErrorCode(new Error("boom"))).toBe("xero_error");
    expect(connectErrorCode("a string")).toBe("xero_error");
  });
});

describe("isConnectErrorCode", () => {
  it("accepts exactly the known codes", () => {
    for (const code of Object.keys(connectErrors)) expect(isConnectErrorCode(code)).toBe(true);
    expect(isConnectErrorCode("nope")).toBe(false);
    expect(isConnectErrorCode(undefined)).toBe(false);
    expect(isConnectErrorCode(1)).toBe(false);
  });
});

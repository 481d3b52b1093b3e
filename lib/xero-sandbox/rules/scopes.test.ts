import { describe, expect, it } from "vitest";
import { customScopesProblem, grantCustomScopes, parseScopeList, tokenMayCall } from "@/lib/xero-sandbox/rules/scopes";

describe("endpoint scopes", () => {
  it("Organisation needs accounting.settings or accounting.settings.read", () => {
    expect(tokenMayCall("GET /api.xro/2.0/Organisation", ["accounting.contacts", "openid"])).toBe(false);
    expect(tokenMayCall("GET /api.xro/2.0/Organisation", ["accounting.settings.read"])).toBe(true);
    expect(tokenMayCall("GET /api.xro/2.0/Organisation", ["accounting.settings"])).toBe(true);
  });
});

describe("client_credentials scopes", () => {
  const configured = ["accounting.settings.read", "accounting.contacts"];
  it("reads spaces and xero-node's commas", () => {
    expect(parseScopeList("accounting.settings.read,accounting.contacts")).toEqual(configured);
    expect(parseScopeList(" accounting.settings.read  accounting.contacts, accounting.contacts ")).toEqual(configured);
    expect(parseScopeList(null)).toEqual([]);
  });
  it("grants what was asked within the configuration, all of it when nothing was asked, else invalid_scope", () => {
    expect(grantCustomScopes(["accounting.contacts"], configured)).toEqual({ ok: true, scopes: ["accounting.contacts"] });
    expect(grantCustomScopes([], configured)).toEqual({ ok: true, scopes: configured });
    expect(grantCustomScopes(["openid", "offline_access"], configured)).toEqual({ ok: true, scopes: configured });
    expect(grantCustomScopes(["accounting.contacts", "accounting.transactions"], configured)).toEqual({ ok: false, error: "invalid_scope" });
  });
  it("the portal accepts API scopes only", () => {
    expect(customScopesProblem([])).toMatch(/at least one/);
    expect(customScopesProblem(["accounting.settings", "bogus"])).toMatch(/Unknown scope: bogus/);
    expect(customScopesProblem(["openid"])).toMatch(/does not apply/);
    expect(customScopesProblem(["accounting.invoices.read", "accounting.settings"])).toBeNull();
  });
});

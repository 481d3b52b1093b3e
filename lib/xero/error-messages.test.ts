import { describe, expect, it } from "vitest";
import { PLAN_RULES, planRule } from "@/lib/limits/plans";
import { oauthMessage, rateLimitMessage, rateLimitScopeLabel } from "./error-messages";
import { XeroRateLimitError } from "./errors";

// Issue 10: a 429 is worded by who was refused (one organisation, or the app itself) and by the app's plan.

describe("rateLimitMessage", () => {
  it("never blames an organisation for a 429 on a call without one", () => {
    for (const problem of ["minute", "day", "concurrent"] as const) {
      const text = rateLimitMessage(problem, 60, { tenantScoped: false });
      expect(text).not.toMatch(/This organisation/);
      expect(text).toContain(`Xero answered 429 (${rateLimitScopeLabel(problem)}) to a call this app made without an organisation`);
    }
  });

  it("blames the organisation when the refused call was about one", () => {
    expect(rateLimitMessage("minute", 60, { tenantScoped: true })).toBe("This organisation used up Xero's limit of 60 calls a minute per organisation for this app. Try again in 60 seconds.");
    expect(rateLimitMessage("concurrent", 1, { tenantScoped: true })).toMatch(/^Too many calls to this organisation were in progress at once \(Xero's limit of 5 calls/);
  });

  it("names the plan's own day limit: a Legacy app is not held to the Starter number", () => {
    const legacy = rateLimitMessage("day", 3600, { tenantScoped: true, dayLimit: planRule("legacy-uncertified").dayLimit });
    expect(legacy).toBe("This organisation used up Xero's limit of 5,000 calls a day per organisation for this app. Try again in about 60 minutes.");
    expect(legacy).not.toMatch(/Starter|1,000/);
    const starter = rateLimitMessage("day", 3600, { tenantScoped: true, dayLimit: PLAN_RULES.starter.dayLimit });
    expect(starter).toContain("limit of 1,000 calls a day");
    expect(rateLimitMessage("day", 3600, { tenantScoped: false, dayLimit: 5000 })).toContain("citing its limit of 5,000 calls a day per organisation");
  });

  it("says nothing about a plan it does not know", () => {
    expect(rateLimitMessage("day", undefined, { tenantScoped: true })).toBe("This organisation used up Xero's daily call limit per organisation for this app. Try again in a little while.");
  });

  it("words the app-wide minute limit the same whatever the call", () => {
    expect(rateLimitMessage("appminute", 5, { tenantScoped: false })).toBe("This app used up Xero's limit of 10,000 calls a minute across all organisations. Try again in 5 seconds.");
  });

  it("the error carries its scope and the plan's day limit into its message", () => {
    const appLevel = new XeroRateLimitError("day", 3600, { problem: "day" }, { dayLimit: 5000 });
    expect(appLevel.userMessage).toMatch(/^Xero answered 429 \(day limit\) to a call this app made without an organisation/);
    const tenant = new XeroRateLimitError("day", 3600, { problem: "day" }, { tenantId: "t-1", dayLimit: 1000 });
    expect(tenant.userMessage).toMatch(/^This organisation used up Xero's limit of 1,000 calls a day/);
  });
});

describe("oauthMessage", () => {
  it("dates the granular-scope rule from the tier start constant", () => {
    expect(oauthMessage("invalid_scope", "invalid_scope")).toContain("apps created since 2 March 2026 must use granular scopes");
  });
});

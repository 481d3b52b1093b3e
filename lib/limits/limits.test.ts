import { describe, expect, it } from "vitest";
import { countsAsUncertified, effectiveCap, limitScreenMessage, planRule } from "./plans";
import { capProgress } from "./progress";

describe("plans", () => {
  it("gives each plan its cap", () => {
    expect(effectiveCap({ plan: "legacy-uncertified" })).toBe(25);
    expect(effectiveCap({ plan: "starter" })).toBe(5);
    expect(effectiveCap({ plan: "core" })).toBe(50);
    expect(effectiveCap({ plan: "plus" })).toBe(1000);
    expect(effectiveCap({ plan: "advanced" })).toBe(10000);
    expect(effectiveCap({ plan: "enterprise" })).toBeNull();
    expect(effectiveCap({ plan: "legacy-certified" })).toBeNull();
    expect(effectiveCap({ plan: "custom-connection" })).toBe(1);
  });

  it("lets a cap override win over the plan", () => {
    expect(effectiveCap({ plan: "legacy-uncertified", capOverride: 100 })).toBe(100);
    expect(effectiveCap({ plan: "enterprise", capOverride: 20 })).toBe(20);
  });

  it("counts uncertified apps toward an organisation's two slots, never Custom Connections", () => {
    expect(countsAsUncertified({ plan: "legacy-uncertified", certified: false })).toBe(true);
    expect(countsAsUncertified({ plan: "legacy-uncertified", certified: true })).toBe(true);
    expect(countsAsUncertified({ plan: "starter", certified: false })).toBe(true);
    expect(countsAsUncertified({ plan: "starter", certified: true })).toBe(false);
    expect(countsAsUncertified({ plan: "core", certified: false })).toBe(true);
    expect(countsAsUncertified({ plan: "plus", certified: false })).toBe(false);
    expect(countsAsUncertified({ plan: "legacy-certified", certified: true })).toBe(false);
    expect(countsAsUncertified({ plan: "custom-connection", certified: false })).toBe(false);
  });

  it("words the limit screen by regime", () => {
    expect(limitScreenMessage({ name: "Acme", plan: "legacy-uncertified" })).toBe("Acme needs to complete certification before they can connect to more Xero organisations");
    expect(limitScreenMessage({ name: "Acme", plan: "starter" })).toMatch(/^Sorry! Acme has reached their Xero connection limit/);
  });

  it("falls back to starter for an unknown plan", () => {
    expect(planRule("nonsense").cap).toBe(5);
    expect(effectiveCap({ plan: "nonsense" })).toBe(5);
    expect(countsAsUncertified({ plan: "nonsense", certified: false })).toBe(false);
  });

  it("takes an override of 0 at its word and ignores a missing one", () => {
    expect(effectiveCap({ plan: "core", capOverride: 0 })).toBe(0);
    expect(effectiveCap({ plan: "core", capOverride: null })).toBe(50);
  });

  it("words the limit screen in full for tiered plans and Custom Connections", () => {
    const tiers = "Sorry! Acme has reached their Xero connection limit, please let them know so they can connect more Xero organisations";
    expect(limitScreenMessage({ name: "Acme", plan: "core" })).toBe(tiers);
    expect(limitScreenMessage({ name: "Acme", plan: "custom-connection" })).toBe(tiers);
    expect(limitScreenMessage({ name: "Acme", plan: "legacy-certified" })).toMatch(/^Acme needs to complete certification/);
  });
});

describe("capProgress", () => {
  it("is ok below 80 %, amber from 80 %, red at the cap", () => {
    expect(capProgress(3, 5).level).toBe("ok");
    expect(capProgress(4, 5).level).toBe("warn");
    expect(capProgress(20, 25).level).toBe("warn");
    expect(capProgress(19, 25).level).toBe("ok");
    expect(capProgress(5, 5)).toMatchObject({ level: "full", percent: 100, remaining: 0 });
    expect(capProgress(7, 5)).toMatchObject({ level: "full", percent: 100, remaining: 0 });
  });

  it("shows uncapped plans against the security-assessment milestone", () => {
    expect(capProgress(500, null)).toMatchObject({ level: "uncapped", percent: 50, assessmentDue: false, remaining: null });
    expect(capProgress(1000, null).assessmentDue).toBe(true);
    expect(capProgress(999, null)).toMatchObject({ assessmentDue: false, percent: 100 });
    expect(capProgress(994, null).percent).toBe(99);
    expect(capProgress(2500, null).percent).toBe(100);
  });

  it("gives the bar's percent and the slots remaining below the cap", () => {
    expect(capProgress(3, 5)).toEqual({ count: 3, cap: 5, level: "ok", percent: 60, remaining: 2, assessmentDue: false });
    expect(capProgress(1, 3).percent).toBe(33);
    expect(capProgress(2, 3).percent).toBe(67);
    expect(capProgress(0, 0)).toMatchObject({ level: "full", percent: 100, remaining: 0 });
  });

  it("flags the security assessment on capped plans too", () => {
    expect(capProgress(1000, 10000)).toMatchObject({ level: "ok", percent: 10, assessmentDue: true });
    expect(capProgress(999, 10000).assessmentDue).toBe(false);
    expect(capProgress(8000, 10000).level).toBe("warn");
    expect(capProgress(7999, 10000).level).toBe("ok");
  });
});

import { describe, expect, it } from "vitest";
import { DAY_MS } from "@/lib/clock";
import { countedPairs, customConnectionAllows, orgAtUncertifiedCap, wouldExceedAppCap, type CapApp } from "@/lib/xero-sandbox/rules/caps";
import { codeProblem, refreshProblem, REFRESH_GRACE_MS } from "@/lib/xero-sandbox/rules/lifetimes";
import { pkceMatches, s256 } from "@/lib/xero-sandbox/rules/pkce";
import { remainingIn, takeFromWindow } from "@/lib/xero-sandbox/rules/rate-limit";
import { capFor, countsAsUncertified, limitScreenMessage } from "@/lib/xero-sandbox/plans";

const app = (plan: string, certified = false, id = "app"): CapApp => ({ id, plan, certified, countDemo: false });
const pairs = (n: number, user = "u1") => Array.from({ length: n }, (_, i) => ({ userId: user, orgId: `o${i}`, isDemo: false }));

describe("app caps by plan", () => {
  it("caps follow the plan table", () => {
    expect([capFor("legacy-uncertified"), capFor("starter"), capFor("core"), capFor("plus"), capFor("advanced")]).toEqual([25, 5, 50, 1000, 10000]);
    expect([capFor("legacy-certified"), capFor("enterprise")]).toEqual([null, null]);
    expect(capFor("custom-connection")).toBe(1);
  });

  it("counts (user, organisation) pairs and excludes demo companies", () => {
    const existing = [...pairs(3, "u1"), { userId: "u2", orgId: "o0", isDemo: false }, { userId: "u1", orgId: "demo", isDemo: true }];
    expect(countedPairs(app("starter"), existing)).toBe(4);
    expect(countedPairs({ ...app("starter"), countDemo: true }, existing)).toBe(5);
  });

  it("blocks the consent that would pass the cap, but not re-consent or demo companies", () => {
    const existing = pairs(4);
    const starter = app("starter");
    expect(wouldExceedAppCap(starter, existing, "u2", [{ id: "x", isDemo: false }])).toBe(false);
    expect(
      wouldExceedAppCap(starter, existing, "u2", [
        { id: "x", isDemo: false },
        { id: "y", isDemo: false },
      ]),
    ).toBe(true);
    expect(
      wouldExceedAppCap(starter, existing, "u1", [
        { id: "o0", isDemo: false },
        { id: "o1", isDemo: false },
      ]),
    ).toBe(false);
    // Another user's connection to the same organisation is a new pair: it takes a slot.
    expect(wouldExceedAppCap(starter, pairs(5, "u1"), "u2", [{ id: "o0", isDemo: false }])).toBe(true);
    expect(wouldExceedAppCap(starter, pairs(5), "u1", [{ id: "demo", isDemo: true }])).toBe(false);
    expect(wouldExceedAppCap(app("legacy-uncertified"), pairs(24), "u3", [{ id: "z", isDemo: false }])).toBe(false);
    expect(wouldExceedAppCap(app("legacy-uncertified"), pairs(25), "u3", [{ id: "z", isDemo: false }])).toBe(true);
    expect(wouldExceedAppCap(app("enterprise"), pairs(100000), "u3", [{ id: "z", isDemo: false }])).toBe(false);
  });

  it("lets a cap override win over the plan's cap", () => {
    const z = [{ id: "z", isDemo: false }];
    expect(wouldExceedAppCap(app("starter"), pairs(5), "u3", z, 6)).toBe(false);
    expect(wouldExceedAppCap(app("enterprise"), pairs(3), "u3", z, 3)).toBe(true);
    expect(wouldExceedAppCap(app("starter"), pairs(5), "u3", z, null)).toBe(true);
  });

  it("counts demo companies toward the cap of an app that counts them", () => {
    const counting = { ...app("starter"), countDemo: true };
    expect(wouldExceedAppCap(counting, pairs(5), "u1", [{ id: "demo", isDemo: true }])).toBe(true);
  });

  it("uses the regime's wording on the limit screen", () => {
    expect(limitScreenMessage({ name: "A", plan: "legacy-uncertified" })).toBe("A needs to complete certification before they can connect to more Xero organisations");
    expect(limitScreenMessage({ name: "B", plan: "starter" })).toBe("Sorry! B has reached their Xero connection limit, please let them know so they can connect more Xero organisations");
  });
});

describe("organisation cap: two uncertified apps", () => {
  const two = [
    { appId: "a1", plan: "legacy-uncertified", certified: false },
    { appId: "a2", plan: "core", certified: false },
  ];
  it("classifies plans", () => {
    expect(countsAsUncertified({ plan: "legacy-uncertified", certified: false })).toBe(true);
    expect(countsAsUncertified({ plan: "starter", certified: true })).toBe(false);
    expect(countsAsUncertified({ plan: "core", certified: false })).toBe(true);
    expect(countsAsUncertified({ plan: "custom-connection", certified: false })).toBe(false);
    expect(countsAsUncertified({ plan: "plus", certified: false })).toBe(false);
  });
  it("greys out a third uncertified app only", () => {
    expect(orgAtUncertifiedCap(app("starter"), two)).toBe(true);
    expect(orgAtUncertifiedCap(app("starter", true), two)).toBe(false);
    expect(orgAtUncertifiedCap(app("custom-connection"), two)).toBe(false);
    expect(orgAtUncertifiedCap(app("core", false, "a2"), two)).toBe(false);
    expect(orgAtUncertifiedCap(app("starter"), [two[0]!, { appId: "cc", plan: "custom-connection", certified: false }])).toBe(false);
  });
  it("binds a Custom Connection to one organisation", () => {
    expect(customConnectionAllows(null, "o1")).toBe(true);
    expect(customConnectionAllows("o1", "o1")).toBe(true);
    expect(customConnectionAllows("o1", "o2")).toBe(false);
  });
});

describe("lifetimes", () => {
  it("codes expire after 5 minutes and work once", () => {
    expect(codeProblem({ issuedAt: 0, usedAt: null }, 5 * 60 * 1000)).toBeNull();
    expect(codeProblem({ issuedAt: 0, usedAt: null }, 5 * 60 * 1000 + 1)).toBe("expired");
    expect(codeProblem({ issuedAt: 0, usedAt: 10 }, 20)).toBe("used");
    expect(codeProblem({ issuedAt: 1_000_000, usedAt: null }, 1_000_000 + 5 * 60 * 1000)).toBeNull();
    expect(codeProblem({ issuedAt: 1_000_000, usedAt: null }, 1_000_001 + 5 * 60 * 1000)).toBe("expired");
  });
  it("refresh tokens: 30-minute grace after rotation, 60 days idle", () => {
    expect(refreshProblem({ issuedAt: 0, rotatedAt: 1000, revokedAt: null }, 1000 + REFRESH_GRACE_MS)).toBeNull();
    expect(refreshProblem({ issuedAt: 0, rotatedAt: 1000, revokedAt: null }, 1001 + REFRESH_GRACE_MS)).toBe("rotated");
    expect(refreshProblem({ issuedAt: 0, rotatedAt: null, revokedAt: null }, 60 * DAY_MS)).toBeNull();
    expect(refreshProblem({ issuedAt: 0, rotatedAt: null, revokedAt: null }, 60 * DAY_MS + 1)).toBe("expired");
    expect(refreshProblem({ issuedAt: 0, rotatedAt: null, revokedAt: 5 }, 6)).toBe("revoked");
    const later = 10 * DAY_MS;
    expect(refreshProblem({ issuedAt: later, rotatedAt: null, revokedAt: null }, later + 60 * DAY_MS)).toBeNull();
    expect(refreshProblem({ issuedAt: later, rotatedAt: null, revokedAt: null }, later + 60 * DAY_MS + 1)).toBe("expired");
  });
});

describe("PKCE S256", () => {
  const verifier = "a".repeat(43);
  it("matches only the right verifier", () => {
    expect(pkceMatches(s256(verifier), verifier)).toBe(true);
    expect(pkceMatches(s256(verifier), "b".repeat(43))).toBe(false);
    expect(pkceMatches(s256("short"), "short")).toBe(false);
    expect(pkceMatches(s256(verifier), null)).toBe(false);
    expect(pkceMatches(s256(verifier), "")).toBe(false);
    // base64url of a SHA-256: 43 characters, no padding.
    expect(s256(verifier)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(pkceMatches(`${s256(verifier)}x`, verifier)).toBe(false);
  });
  it("accepts verifiers of 43 to 128 unreserved characters only", () => {
    const longest = "Az09-._~".repeat(16);
    expect(pkceMatches(s256(longest), longest)).toBe(true);
    expect(pkceMatches(s256(`${longest}a`), `${longest}a`)).toBe(false);
    expect(pkceMatches(s256("a".repeat(42)), "a".repeat(42))).toBe(false);
    expect(pkceMatches(s256(`${"a".repeat(42)}!`), `${"a".repeat(42)}!`)).toBe(false);
    expect(pkceMatches(s256(verifier).slice(1), verifier)).toBe(false);
  });
});

describe("rate-limit windows", () => {
  it("allows the limit per fixed window, then reports the wait", () => {
    let w;
    for (let i = 0; i < 60; i++) {
      const r = takeFromWindow(w, 1000 + i, 60_000, 60);
      expect(r.result.ok).toBe(true);
      w = r.window;
    }
    const blocked = takeFromWindow(w, 31_000, 60_000, 60);
    expect(blocked.result).toEqual({ ok: false, remaining: 0, retryAfterSeconds: 30 });
    const reopened = takeFromWindow(blocked.window, 61_000, 60_000, 60);
    expect(reopened.result).toEqual({ ok: true, remaining: 59 });
  });

  it("opens a new window exactly when the old one ends, and never asks to wait under a second", () => {
    const full = { start: 0, count: 60 };
    expect(takeFromWindow(full, 59_999, 60_000, 60).result).toEqual({ ok: false, remaining: 0, retryAfterSeconds: 1 });
    expect(takeFromWindow(full, 58_500, 60_000, 60).result).toEqual({ ok: false, remaining: 0, retryAfterSeconds: 2 });
    expect(takeFromWindow(full, 60_000, 60_000, 60)).toEqual({ window: { start: 60_000, count: 1 }, result: { ok: true, remaining: 59 } });
    // The caller's window is not changed in place.
    const w = { start: 0, count: 1 };
    expect(takeFromWindow(w, 10, 60_000, 60).window).toEqual({ start: 0, count: 2 });
    expect(w.count).toBe(1);
  });

  it("reports what remains without taking from the window", () => {
    expect(remainingIn(undefined, 0, 60_000, 60)).toBe(60);
    expect(remainingIn({ start: 0, count: 45 }, 59_999, 60_000, 60)).toBe(15);
    expect(remainingIn({ start: 0, count: 45 }, 60_000, 60_000, 60)).toBe(60);
    expect(remainingIn({ start: 0, count: 70 }, 10, 60_000, 60)).toBe(0);
  });
});

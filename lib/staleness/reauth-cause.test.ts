import { describe, expect, it } from "vitest";
import { reauthCause, reauthReason, reauthSummarySentence, summariseReauth } from "./reauth-cause";

const now = new Date("2026-12-01T12:00:00Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * 24 * 60 * 60 * 1000);

describe("why a grant needs re-authorisation", () => {
  it("names Xero's 60-day limit when the token in force went unused past it", () => {
    const grant = { status: "needs_reauth" as const, refreshObtainedAt: daysAgo(63) };
    expect(reauthCause(grant, now)).toBe("idle");
    expect(reauthReason(grant, now)).toBe("Refresh token unused for 63 days: Xero expires refresh tokens after 60 days unused.");
  });

  it("says invalid_grant for a recent token, revoked for a revoked grant, and nothing for a working one", () => {
    expect(reauthCause({ status: "needs_reauth", refreshObtainedAt: daysAgo(3) }, now)).toBe("refused");
    expect(reauthCause({ status: "needs_reauth", refreshObtainedAt: null }, now)).toBe("refused");
    expect(reauthReason({ status: "revoked", refreshObtainedAt: daysAgo(90) }, now)).toMatch(/revoked/);
    expect(reauthReason({ status: "active", refreshObtainedAt: daysAgo(90) }, now)).toBeNull();
  });

  it("sums dead grants by cause into the Sync now sentence", () => {
    const dead = [61, 62, 70].map((d) => ({ status: "needs_reauth" as const, refreshObtainedAt: daysAgo(d) }));
    expect(reauthSummarySentence(summariseReauth([...dead, { status: "active", refreshObtainedAt: now }], now))).toBe("3 grants need re-authorisation (refresh token unused for more than 60 days).");
    const mixed = summariseReauth([...dead, { status: "revoked", refreshObtainedAt: null }], now);
    expect(reauthSummarySentence(mixed)).toBe("4 grants need re-authorisation (3: refresh token unused for more than 60 days; 1: authorisation revoked).");
    expect(reauthSummarySentence(summariseReauth([dead[0]!], now))).toBe("1 grant needs re-authorisation (refresh token unused for more than 60 days).");
    expect(reauthSummarySentence(summariseReauth([], now))).toBeNull();
    expect(reauthSummarySentence(undefined)).toBeNull();
  });
});

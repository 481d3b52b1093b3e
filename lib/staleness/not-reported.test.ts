import { describe, expect, it } from "vitest";
import { earlierSignIn, evaluateStaleness, idle, notReported, type ConnectionFacts, type StaleContext } from "./rules";
import { reasonInfo, recommendedAction } from "./reasons";

// Observed connections (the team's product holds the tokens) are confirmed only by its reports.

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date("2026-05-01T12:00:00Z");
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const ctx: StaleContext = { now: NOW, idleDays: 30, observedStaleDays: 14 };

function observed(lastObservedAt: Date, over: Partial<ConnectionFacts> = {}): ConnectionFacts {
  return {
    id: "c1",
    tenantName: "Kowhai Plumbing Ltd",
    status: "active",
    authEventId: "ev-elsewhere",
    xeroUpdatedAt: ago(40 * DAY),
    lastSeenAt: lastObservedAt,
    lastOkCallAt: null,
    lastForbiddenAt: null,
    disconnectedBy: null,
    app: { plan: "legacy-uncertified" },
    ...over,
    grant: { status: "active", name: "Xero user 1a2b3c4d", email: "", refreshObtainedAt: null, authEventIds: [], source: "observed", lastObservedAt },
  };
}

describe("notReported", () => {
  it("is quiet until exactly N days have passed since the last report", () => {
    expect(notReported(observed(ago(14 * DAY - 1)), ctx)).toBeNull();
    const r = notReported(observed(ago(14 * DAY)), ctx);
    expect(r?.code).toBe("not_reported");
    expect(r?.sentence).toMatch(/^Not reported by your product for 14 days \(last report on 2026-04-17; the limit is 14 days\)/);
  });

  it("follows the configured number of days, 14 by default", () => {
    expect(notReported(observed(ago(20 * DAY)), { ...ctx, observedStaleDays: 21 })).toBeNull();
    expect(notReported(observed(ago(14 * DAY)), { now: NOW, idleDays: 30 })?.code).toBe("not_reported");
  });

  it("judges only live observed connections", () => {
    const held = observed(ago(100 * DAY));
    expect(notReported({ ...held, grant: { ...held.grant, source: "import" } }, ctx)).toBeNull();
    expect(notReported(observed(ago(100 * DAY), { status: "disconnected" }), ctx)).toBeNull();
  });

  it("replaces idle and earlier-sign-in for observed connections: no token of ours confirms them", () => {
    const old = observed(ago(100 * DAY));
    expect(idle(old, ctx)).toBeNull();
    expect(earlierSignIn(old, ctx)).toBeNull();
    expect(evaluateStaleness(old, [], ctx).map((r) => r.code)).toEqual(["not_reported"]);
    expect(evaluateStaleness(observed(ago(DAY)), [], ctx)).toEqual([]);
  });

  it("recommends reporting again, never a dashboard disconnect", () => {
    expect(reasonInfo.not_reported.disconnect).toBe(false);
    expect(recommendedAction(["not_reported"])).toMatch(/POST \/api\/v1\/observations/);
  });
});

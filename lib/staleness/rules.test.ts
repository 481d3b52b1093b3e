import { describe, expect, it } from "vitest";
import { duplicate, earlierSignIn, evaluateStaleness, idle, needsReauth, organisationForbidden, pickKeeper, refreshExpiry, vanished, type ConnectionFacts, type StaleContext } from "./rules";
import { recommendedAction, reasonInfo } from "./reasons";

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date("2026-05-01T12:00:00Z");
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);
const ctx: StaleContext = { now: NOW, idleDays: 30 };

function facts(over: Partial<ConnectionFacts> = {}, grant: Partial<ConnectionFacts["grant"]> = {}): ConnectionFacts {
  return {
    id: "c1",
    tenantName: "Kowhai Plumbing Ltd",
    status: "active",
    authEventId: "ev-1",
    xeroUpdatedAt: ago(10),
    lastSeenAt: ago(0),
    lastOkCallAt: null,
    lastForbiddenAt: null,
    disconnectedBy: null,
    app: { plan: "legacy-uncertified" },
    ...over,
    grant: { status: "active", name: "Ben Hogan", email: "ben.hogan@example.com", refreshObtainedAt: ago(1), authEventIds: ["ev-1"], ...grant },
  };
}

describe("a healthy connection", () => {
  it("has no reasons", () => {
    expect(evaluateStaleness(facts(), [], ctx)).toEqual([]);
  });
});

describe("needsReauth", () => {
  it("names Xero's 60-day limit when the refresh token went unused past it", () => {
    const r = needsReauth(facts({}, { status: "needs_reauth", refreshObtainedAt: ago(61) }), ctx);
    expect(r?.sentence).toContain("unused for 61 days: Xero expires refresh tokens after 60 days unused");
    expect(needsReauth(facts({}, { status: "needs_reauth", refreshObtainedAt: ago(10) }), ctx)?.sentence).not.toContain("60 days");
    expect(needsReauth(facts({}, { status: "needs_reauth", refreshObtainedAt: null }), ctx)?.sentence).toContain("invalid_grant");
  });
  it("flags a grant Xero refused to refresh, naming the user", () => {
    const r = needsReauth(facts({}, { status: "needs_reauth" }), ctx);
    expect(r?.code).toBe("needs_reauth");
    expect(r?.sentence).toContain("Ben Hogan (ben.hogan@example.com)");
    expect(r?.sentence).toContain("invalid_grant");
  });
  it("says so plainly when the grant was revoked", () => {
    expect(needsReauth(facts({}, { status: "revoked" }), ctx)?.sentence).toContain("revoked");
  });
  it("ignores active grants and disconnected connections", () => {
    expect(needsReauth(facts(), ctx)).toBeNull();
    expect(needsReauth(facts({ status: "disconnected" }, { status: "needs_reauth" }), ctx)).toBeNull();
  });
});

describe("refreshExpiry", () => {
  it("is quiet while more than 7 days remain", () => {
    expect(refreshExpiry(facts({}, { refreshObtainedAt: ago(52) }), ctx)).toBeNull();
  });
  it("warns within 7 days of the 60-day idle expiry, with the date", () => {
    const r = refreshExpiry(facts({}, { refreshObtainedAt: ago(55) }), ctx);
    expect(r).toEqual({ code: "refresh_expiring", sentence: expect.stringContaining("expires on 2026-05-06 (in 5 days)") });
  });
  it("warns exactly at 7 days left", () => {
    expect(refreshExpiry(facts({}, { refreshObtainedAt: ago(53) }), ctx)?.code).toBe("refresh_expiring");
  });
  it("reports an expired token after 60 days", () => {
    const r = refreshExpiry(facts({}, { refreshObtainedAt: ago(61) }), ctx);
    expect(r?.code).toBe("refresh_expired");
    expect(r?.sentence).toContain("not used for 60 days");
  });
  it("honours a configured lifetime and warning window", () => {
    expect(refreshExpiry(facts({}, { refreshObtainedAt: ago(25) }), { ...ctx, refreshLifetimeDays: 30 })?.code).toBe("refresh_expiring");
    expect(refreshExpiry(facts({}, { refreshObtainedAt: ago(50) }), { ...ctx, expiryWarningDays: 14 })?.code).toBe("refresh_expiring");
  });
  it("skips Custom Connections, condemned grants and unknown obtained dates", () => {
    expect(refreshExpiry(facts({ app: { plan: "custom-connection" } }, { refreshObtainedAt: ago(90) }), ctx)).toBeNull();
    expect(refreshExpiry(facts({}, { status: "needs_reauth", refreshObtainedAt: ago(90) }), ctx)).toBeNull();
    expect(refreshExpiry(facts({}, { refreshObtainedAt: null }), ctx)).toBeNull();
  });
});

describe("vanished", () => {
  it("flags a connection Xero stopped listing", () => {
    const r = vanished(facts({ status: "disconnected", disconnectedBy: "Xero (disconnected outside this dashboard)" }), ctx);
    expect(r?.code).toBe("vanished");
    expect(r?.sentence).toContain("Kowhai Plumbing Ltd");
  });
  it("does not flag one a dashboard user disconnected, nor a live one", () => {
    expect(vanished(facts({ status: "disconnected", disconnectedBy: "dev@example.com" }), ctx)).toBeNull();
    expect(vanished(facts(), ctx)).toBeNull();
  });
});

describe("organisationForbidden", () => {
  it("flags an organisation whose latest answer was 403", () => {
    const r = organisationForbidden(facts({ lastForbiddenAt: ago(2) }), ctx);
    expect(r?.code).toBe("org_forbidden");
    expect(r?.sentence).toMatch(/403 AuthenticationUnsuccessful on 2026-04-29.*deleted or its trial ended/);
  });
  it("clears once a later call succeeded", () => {
    expect(organisationForbidden(facts({ lastForbiddenAt: ago(2), lastOkCallAt: ago(1) }), ctx)).toBeNull();
  });
  it("stays when the success came before the 403", () => {
    expect(organisationForbidden(facts({ lastForbiddenAt: ago(1), lastOkCallAt: ago(2) }), ctx)?.code).toBe("org_forbidden");
  });
});

describe("earlierSignIn", () => {
  it("flags a connection from an auth event the grant never held", () => {
    const r = earlierSignIn(facts({ authEventId: "0a1b2c3d-ffff-4000-8000-000000000000" }), ctx);
    expect(r?.code).toBe("earlier_sign_in");
    expect(r?.sentence).toContain("auth event 0a1b2c3d…");
    expect(r?.sentence).toContain("logged out and in again");
  });
  it("accepts any auth event the grant has seen, not only the latest", () => {
    expect(earlierSignIn(facts({ authEventId: "ev-old" }, { authEventIds: ["ev-old", "ev-new"] }), ctx)).toBeNull();
  });
  it("cannot judge without an auth event id, and never flags Custom Connections", () => {
    expect(earlierSignIn(facts({ authEventId: null }), ctx)).toBeNull();
    expect(earlierSignIn(facts({ authEventId: "x", app: { plan: "custom-connection" } }, { authEventIds: [] }), ctx)).toBeNull();
  });
});

describe("idle", () => {
  it("flags no successful call for the configured number of days", () => {
    const r = idle(facts({ lastSeenAt: ago(31) }), ctx);
    expect(r?.code).toBe("idle");
    expect(r?.sentence).toContain("for 31 days (last on 2026-03-31; the limit is 30 days)");
  });
  it("uses the later of the last listing and the last tenant call", () => {
    expect(idle(facts({ lastSeenAt: ago(40), lastOkCallAt: ago(3) }), ctx)).toBeNull();
    expect(idle(facts({ lastSeenAt: ago(3), lastOkCallAt: ago(40) }), ctx)).toBeNull();
  });
  it("follows the idle setting", () => {
    expect(idle(facts({ lastSeenAt: ago(8) }), { ...ctx, idleDays: 7 })?.code).toBe("idle");
    expect(idle(facts({ lastSeenAt: ago(29) }), ctx)).toBeNull();
  });
  it("flags a connection quiet for exactly the threshold, not a millisecond less", () => {
    expect(idle(facts({ lastSeenAt: ago(30) }), ctx)?.sentence).toContain("for 30 days");
    expect(idle(facts({ lastSeenAt: new Date(ago(30).getTime() + 1) }), ctx)).toBeNull();
    expect(idle(facts({ lastSeenAt: ago(1) }), { ...ctx, idleDays: 1 })?.sentence).toContain("for 1 day (");
  });
  it("never flags a disconnected connection", () => {
    expect(idle(facts({ status: "disconnected", lastSeenAt: ago(90) }), ctx)).toBeNull();
  });
});

describe("duplicate", () => {
  const ben = facts({ id: "ben-15", authEventId: "ev-outside", xeroUpdatedAt: ago(1) });
  const ana = facts({ id: "ana-15", authEventId: "ev-ana", xeroUpdatedAt: ago(50) }, { name: "Ana Silva", email: "ana.silva@example.com", authEventIds: ["ev-ana"] });

  it("keeps the healthy copy and flags the other, naming who holds the kept one", () => {
    expect(duplicate(ana, [ben], ctx)).toBeNull();
    const r = duplicate(ben, [ana], ctx);
    expect(r?.code).toBe("duplicate");
    expect(r?.sentence).toContain("through Ana Silva (ana.silva@example.com)");
  });
  it("between equally healthy copies keeps the most recently consented", () => {
    const a = facts({ id: "a", xeroUpdatedAt: ago(5) });
    const b = facts({ id: "b", xeroUpdatedAt: ago(1) });
    expect(pickKeeper([a, b], ctx)?.id).toBe("b");
    expect(duplicate(a, [b], ctx)?.code).toBe("duplicate");
    expect(duplicate(b, [a], ctx)).toBeNull();
  });
  it("ignores disconnected copies and lone connections", () => {
    expect(duplicate(ben, [{ ...ana, status: "disconnected" }], ctx)).toBeNull();
    expect(duplicate(ben, [], ctx)).toBeNull();
  });
});

describe("evaluateStaleness", () => {
  it("combines every reason in order of seriousness", () => {
    const ana = facts({ id: "ana-15", authEventId: "ev-ana" }, { name: "Ana Silva", authEventIds: ["ev-ana"] });
    const ben = facts({ id: "ben-15", authEventId: "ev-outside", lastSeenAt: ago(45) }, { refreshObtainedAt: ago(56) });
    expect(evaluateStaleness(ben, [ana], ctx).map((r) => r.code)).toEqual(["refresh_expiring", "earlier_sign_in", "duplicate", "idle"]);
  });
});

describe("recommendedAction", () => {
  it("picks the most serious reason's action", () => {
    expect(recommendedAction(["idle", "needs_reauth"])).toBe(reasonInfo.needs_reauth.action);
    expect(recommendedAction(["duplicate", "earlier_sign_in"])).toBe(reasonInfo.earlier_sign_in.action);
    expect(recommendedAction([])).toBeNull();
  });
});

describe("rule edges", () => {
  it("says which of needs-reauth's two causes it is", () => {
    expect(needsReauth(facts({}, { status: "revoked" }), ctx)?.sentence).toContain("authorisation was revoked");
    expect(needsReauth(facts({}, { status: "needs_reauth" }), ctx)?.sentence).toContain("invalid_grant");
  });
  it("calls a refresh token expired at exactly its lifetime", () => {
    expect(refreshExpiry(facts({}, { refreshObtainedAt: ago(60) }), ctx)?.code).toBe("refresh_expired");
    expect(refreshExpiry(facts({}, { refreshObtainedAt: new Date(ago(60).getTime() + 1) }), ctx)?.code).toBe("refresh_expiring");
  });
  it("counts only Xero's own removals as vanished", () => {
    expect(vanished(facts({ status: "disconnected", disconnectedBy: "ana@example.com" }), ctx)).toBeNull();
    expect(vanished(facts({ status: "disconnected", disconnectedBy: null }), ctx)).toBeNull();
    expect(vanished(facts({ status: "active", disconnectedBy: "Xero (disconnected outside this dashboard)" }), ctx)).toBeNull();
    expect(vanished(facts({ status: "disconnected", disconnectedBy: "Xero (disconnected outside this dashboard)" }), ctx)?.code).toBe("vanished");
  });
  it("keeps a 403 until a later successful call, not one at the same moment", () => {
    expect(organisationForbidden(facts({ lastForbiddenAt: ago(2), lastOkCallAt: ago(2) }), ctx)?.code).toBe("org_forbidden");
    expect(organisationForbidden(facts({ lastForbiddenAt: ago(2), lastOkCallAt: ago(1) }), ctx)).toBeNull();
  });
  it("uses the tenant call only when it is later than the last listing", () => {
    expect(idle(facts({ lastSeenAt: ago(40), lastOkCallAt: ago(40) }), ctx)?.sentence).toContain("for 40 days");
  });
  it("never keeps a disconnected copy, and breaks ties by the latest consent, then by id", () => {
    const gone = facts({ id: "a", status: "disconnected", xeroUpdatedAt: ago(0) });
    const b = facts({ id: "b", xeroUpdatedAt: ago(5) });
    const c = facts({ id: "c", xeroUpdatedAt: ago(2) });
    expect(pickKeeper([gone, b, c], ctx)?.id).toBe("c");
    expect(pickKeeper([facts({ id: "z", xeroUpdatedAt: null }), facts({ id: "y", xeroUpdatedAt: null })], ctx)?.id).toBe("y");
    expect(pickKeeper([gone], ctx)).toBeUndefined();
  });
  it("a connection is no duplicate of itself or of a disconnected copy, and a disconnected one is never a duplicate", () => {
    const a = facts({ id: "a", xeroUpdatedAt: ago(5) });
    const b = facts({ id: "b", xeroUpdatedAt: ago(1) });
    expect(duplicate(a, [a], ctx)).toBeNull();
    expect(duplicate(a, [{ ...b, status: "disconnected" }], ctx)).toBeNull();
    expect(duplicate({ ...a, status: "disconnected" }, [b], ctx)).toBeNull();
    expect(duplicate(a, [a, b], ctx)?.code).toBe("duplicate");
    expect(duplicate(b, [a, b], ctx)).toBeNull();
  });
});

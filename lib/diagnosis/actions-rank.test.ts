import { describe, expect, it } from "vitest";
import { rankActions, type AppFacts } from "./actions-rank";
import type { Classification } from "./classify";

const appCap: Classification = { kind: "app_cap", regime: "legacy", appName: "Acme Ledger Sync (prod)", clientId: null };
const acme: AppFacts = { name: "Acme Ledger Sync (prod)", environment: "production", plan: "legacy-uncertified", certified: false, cap: 25, count: 25, staleDisconnectable: 3, staleBlocked: 0 };
const keys = (c: Classification, app: AppFacts | null = null, org = null) => rankActions({ classification: c, app, org }).map((a) => a.key);

describe("rankActions: app cap", () => {
  it("puts the stale connections first, with the slots they free", () => {
    const [first] = rankActions({ classification: appCap, app: acme, org: null });
    expect(first).toEqual({ key: "disconnect_stale", title: "Disconnect these 3 stale connections", effect: "frees 3 slots: 25 → 22 of 25" });
  });
  it("then a separate app per environment, certification or a plan, a Custom Connection and asking Xero", () => {
    expect(keys(appCap, acme)).toEqual(["disconnect_stale", "separate_apps", "upgrade", "custom_connection", "ask_xero"]);
    const upgrade = rankActions({ classification: appCap, app: acme, org: null }).find((a) => a.key === "upgrade")!;
    expect(upgrade.title).toContain("get certified");
  });
  it("names the next plan for tiered apps and its cap", () => {
    const starter = { ...acme, plan: "starter", cap: 5, count: 5, staleDisconnectable: 0 };
    const upgrade = rankActions({ classification: { ...appCap, regime: "tiers" }, app: starter, org: null }).find((a) => a.key === "upgrade")!;
    expect(upgrade).toMatchObject({ title: "To raise the cap, move to the Core plan", effect: "the cap becomes 50" });
  });
  it("sends stale connections without a working token to Xero's screen", () => {
    expect(keys(appCap, { ...acme, staleDisconnectable: 0, staleBlocked: 2 })[0]).toBe("disconnect_in_xero");
  });
  it("says the dashboard may not see every connection when its count is under the cap", () => {
    expect(keys(appCap, { ...acme, count: 20, staleDisconnectable: 0 })[0]).toBe("sync");
  });
  it("asks for the app when none could be matched, and offers no plan change to certified apps", () => {
    expect(keys(appCap)[0]).toBe("pick_app");
    expect(keys(appCap, { ...acme, certified: true, plan: "core" })).not.toContain("upgrade");
  });
});

describe("rankActions: organisation cap", () => {
  it("offers to disconnect an app whose only connections there are stale", () => {
    const org = {
      name: "Harbour Street Bakery",
      uncertifiedApps: [
        { name: "A", live: 1, stale: 1 },
        { name: "B", live: 1, stale: 0 },
      ],
    };
    const actions = rankActions({ classification: { kind: "org_cap" }, app: null, org });
    expect(actions[0]).toEqual({
      key: "disconnect_stale_app:A",
      title: "Disconnect A's stale connection to Harbour Street Bakery",
      effect: "frees 1 of Harbour Street Bakery's 2 uncertified-app slots",
    });
    expect(actions.map((a) => a.key)).toEqual(["disconnect_stale_app:A", "disconnect_app", "certify", "custom_connection"]);
    expect(actions[1]!.title).toContain("(A or B)");
  });
  it("asks for the organisation when none was picked", () => {
    expect(keys({ kind: "org_cap" })[0]).toBe("pick_org");
  });
});

describe("rankActions: every other class", () => {
  it("rate limits: wait for Retry-After first, then the fix for that limit", () => {
    const actions = rankActions({ classification: { kind: "rate_limit", scope: "minute", retryAfterSeconds: 20 }, app: null, org: null });
    expect(actions[0]!.title).toBe("Wait 20 seconds (Retry-After), then retry");
    expect(actions.map((a) => a.key)).toEqual(["wait", "spread", "batch"]);
    expect(keys({ kind: "rate_limit", scope: "day", retryAfterSeconds: null }, { ...acme, plan: "starter" })).toContain("upgrade_day");
    expect(keys({ kind: "rate_limit", scope: "concurrent", retryAfterSeconds: null })).toContain("queue");
    expect(keys({ kind: "rate_limit", scope: "app_minute", retryAfterSeconds: null })).toContain("spread_app");
  });
  it.each([
    [{ kind: "custom_connection" }, "another_custom"],
    [{ kind: "refresh_token_dead" }, "reauthorise"],
    [{ kind: "access_token_expired", expiredAt: null }, "refresh"],
    [{ kind: "organisation_gone" }, "check_org"],
    [{ kind: "consent_cancelled" }, "retry_consent"],
    [{ kind: "client_rejected", code: "invalid_client" }, "fix_client"],
    [{ kind: "not_permitted" }, "scopes_or_plan"],
  ] as Array<[Classification, string]>)("%j starts with %s", (c, key) => {
    expect(keys(c)[0]).toBe(key);
  });
  it("has nothing to rank for an unrecognised message", () => {
    expect(keys({ kind: "unrecognised" })).toEqual([]);
  });
});

describe("rankActions: wording and conditions", () => {
  const rank = (c: Classification, app: AppFacts | null = null, org: Parameters<typeof rankActions>[0]["org"] = null) => rankActions({ classification: c, app, org });
  const find = (actions: ReturnType<typeof rankActions>, key: string) => actions.find((a) => a.key === key);
  const everyKind: Classification[] = [
    appCap,
    { kind: "org_cap" },
    { kind: "custom_connection" },
    { kind: "rate_limit", scope: "day", retryAfterSeconds: null },
    { kind: "refresh_token_dead" },
    { kind: "access_token_expired", expiredAt: null },
    { kind: "organisation_gone" },
    { kind: "consent_cancelled" },
    { kind: "client_rejected", code: "invalid_scope" },
    { kind: "not_permitted" },
  ];

  it("gives every action a title and an effect, and no key twice", () => {
    for (const c of everyKind) {
      const actions = rank(c, acme, { name: "Org", uncertifiedApps: [{ name: "A", live: 1, stale: 1 }] });
      expect(actions.length, c.kind).toBeGreaterThan(0);
      expect(new Set(actions.map((a) => a.key)).size, c.kind).toBe(actions.length);
      for (const a of actions) expect(a.title.length > 10 && a.effect.length > 10, `${c.kind} ${a.key}`).toBe(true);
    }
  });

  it("counts stale connections in the title and the slots they free in the effect", () => {
    expect(find(rank(appCap, acme), "disconnect_stale")).toEqual({ key: "disconnect_stale", title: "Disconnect these 3 stale connections", effect: "frees 3 slots: 25 → 22 of 25" });
    const one = find(rank(appCap, { ...acme, staleDisconnectable: 1, cap: null, count: 1200 }), "disconnect_stale");
    expect(one).toEqual({ key: "disconnect_stale", title: "Disconnect this stale connection", effect: "frees 1 slot" });
    expect(find(rank(appCap, { ...acme, staleDisconnectable: 0 }), "disconnect_stale")).toBeUndefined();
    const blocked = find(rank(appCap, { ...acme, staleBlocked: 1 }), "disconnect_in_xero")!;
    expect(blocked.title).toContain("Remove the 1 stale connection whose grant");
    expect(blocked.effect).toBe("frees 1 slot once Xero stops listing them");
  });

  it("suggests a sync only while the dashboard counts fewer than the cap", () => {
    expect(find(rank(appCap, { ...acme, count: 1234, cap: 2000 }), "sync")?.effect).toMatch(/^we count 1,234 of 2,000:/);
    expect(find(rank(appCap, { ...acme, count: 25 }), "sync")).toBeUndefined();
    expect(find(rank(appCap, { ...acme, cap: null }), "sync")).toBeUndefined();
  });

  it("names each plan's next step and cap, with the assessment note where due", () => {
    const upgrade = (plan: string) => find(rank(appCap, { ...acme, plan }), "upgrade");
    expect(upgrade("plus")).toEqual({ key: "upgrade", title: "To raise the cap, move to the Advanced plan", effect: "the cap becomes 10,000 (a security assessment is due at 1,000 connections)" });
    expect(upgrade("core")?.effect).toBe("the cap becomes 1,000");
    expect(upgrade("advanced")?.title).toBe("To raise the cap, move to the Enterprise plan");
    expect(upgrade("enterprise")).toBeUndefined();
    expect(upgrade("no-such-plan")).toBeUndefined();
  });

  it("organisation cap: names the apps holding the slots, and offers stale-only apps first", () => {
    const org = {
      name: "Harbour",
      uncertifiedApps: [
        { name: "A", live: 2, stale: 2 },
        { name: "B", live: 0, stale: 0 },
        { name: "C", live: 2, stale: 1 },
      ],
    };
    const actions = rank({ kind: "org_cap" }, null, org);
    expect(actions.map((a) => a.key)).toEqual(["disconnect_stale_app:A", "disconnect_app", "certify", "custom_connection"]);
    expect(actions[0]).toMatchObject({ title: "Disconnect A's stale connections to Harbour", effect: "frees 1 of Harbour's 2 uncertified-app slots" });
    expect(actions[1]!.title).toBe("Disconnect the uncertified app the organisation uses least (A or B or C)");
    expect(rank({ kind: "org_cap" }, null, { name: "H", uncertifiedApps: [{ name: "A", live: 1, stale: 1 }] })[0]!.title).toBe("Disconnect A's stale connection to H");
    expect(find(rank({ kind: "org_cap" }, null, { name: "H", uncertifiedApps: [] }), "disconnect_app")!.title).toBe("Disconnect the uncertified app the organisation uses least");
  });

  it("rate limits: the fix for each scope, and Core for a Starter app out of daily calls", () => {
    const rate = (scope: "minute" | "day" | "app_minute" | "concurrent" | "unknown", app: AppFacts | null = null) =>
      rank({ kind: "rate_limit", scope, retryAfterSeconds: null }, app).map((a) => a.key);
    expect(rate("minute")).toEqual(["wait", "spread", "batch"]);
    expect(rate("day")).toEqual(["wait", "fetch_less", "batch"]);
    expect(rate("app_minute")).toEqual(["wait", "spread_app", "batch"]);
    expect(rate("concurrent")).toEqual(["wait", "queue", "batch"]);
    expect(rate("unknown")).toEqual(["wait", "batch"]);
    const starter = { ...acme, plan: "starter" };
    expect(rate("day", starter)).toEqual(["wait", "fetch_less", "batch", "upgrade_day"]);
    expect(rate("minute", starter)).not.toContain("upgrade_day");
    expect(rate("day", { ...acme, plan: "core" })).not.toContain("upgrade_day");
    expect(rank({ kind: "rate_limit", scope: "day", retryAfterSeconds: null })[0]!.title).toBe("Wait for the Retry-After time, then retry");
    expect(rank({ kind: "rate_limit", scope: "day", retryAfterSeconds: 0 })[0]!.title).toBe("Wait 0 seconds (Retry-After), then retry");
  });

  it("the other kinds: their actions in order", () => {
    expect(keys({ kind: "custom_connection" })).toEqual(["another_custom", "standard_app", "reauthorise_custom"]);
    expect(keys({ kind: "refresh_token_dead" })).toEqual(["reauthorise", "one_token_set", "keep_alive"]);
    expect(keys({ kind: "access_token_expired", expiredAt: null })).toEqual(["refresh", "refresh_early"]);
    expect(keys({ kind: "organisation_gone" })).toEqual(["check_org", "reconnect", "disconnect"]);
    expect(keys({ kind: "consent_cancelled" })).toEqual(["retry_consent"]);
    expect(keys({ kind: "not_permitted" })).toEqual(["scopes_or_plan"]);
    expect(keys({ kind: "none" })).toEqual([]);
  });

  it("tells each client rejection its own fix", () => {
    const fix = (code: "invalid_client" | "unauthorized_client" | "invalid_scope") => rank({ kind: "client_rejected", code })[0]!.title;
    expect(fix("invalid_client")).toContain("client secret");
    expect(fix("unauthorized_client")).toContain("auth code flow");
    expect(fix("invalid_scope")).toContain("scopes");
  });
});

// @ts-nocheck
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
    const org = { name: "Harbour Street Bakery", uncertifiedApps: [{ name: "A", live: 1, stale: 1 }, { name: "B", live: 1, stale: 0 }] };
    const actions = rankActions({ classification: { kind: "org_cap" }, app: null, org });
    expect(actions[0]).toEqual({ key: "disconnect_stale_app:A", title: "Disconnect A's stale connection to Harbour Street Bakery", effect: "frees 1 of Harbour Street Bakery's 2 uncertified-app slots" });
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

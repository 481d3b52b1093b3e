import { describe, expect, it } from "vitest";
import type { Classification } from "./classify";
import { explain, explainChosen } from "./explain";

// Each diagnosis has its own title and an explanation carrying the facts a support person repeats.

const every: Classification[] = [
  { kind: "none" },
  { kind: "app_cap", regime: "legacy", appName: "Acme", clientId: null },
  { kind: "org_cap" },
  { kind: "custom_connection" },
  { kind: "rate_limit", scope: "minute", retryAfterSeconds: 60 },
  { kind: "refresh_token_dead" },
  { kind: "access_token_expired", expiredAt: null },
  { kind: "organisation_gone" },
  { kind: "consent_cancelled" },
  { kind: "client_rejected", code: "invalid_client" },
  { kind: "not_permitted" },
  { kind: "unrecognised" },
];

describe("explain", () => {
  it("gives every kind a distinct title and a distinct explanation of some substance", () => {
    const all = every.map(explain);
    expect(new Set(all.map((e) => e.title)).size).toBe(every.length);
    expect(new Set(all.map((e) => e.explanation)).size).toBe(every.length);
    for (const e of all) expect(e.explanation.length).toBeGreaterThan(60);
  });

  it("names the app and the rule of its regime for the app cap", () => {
    const legacy = explain({ kind: "app_cap", regime: "legacy", appName: "Acme Ledger", clientId: null }).explanation;
    expect(legacy).toMatch(/^Acme Ledger has as many connections/);
    expect(legacy).toContain("25 connections until the app is certified");
    const tiers = explain({ kind: "app_cap", regime: "tiers", appName: null, clientId: null }).explanation;
    expect(tiers).toMatch(/^The app has/);
    expect(tiers).toContain("Starter 5, Core 50");
    expect(explain({ kind: "app_cap", regime: "unknown", appName: null, clientId: null }).explanation).toContain("/connectionLimit");
  });

  it("says which rate limit ran out and how long Xero asked to wait", () => {
    const minute = explain({ kind: "rate_limit", scope: "minute", retryAfterSeconds: 42 }).explanation;
    expect(minute).toContain("60 calls a minute");
    expect(minute).toContain("wait 42 seconds (Retry-After)");
    const day = explain({ kind: "rate_limit", scope: "day", retryAfterSeconds: null }).explanation;
    expect(day).toContain("daily call limit per organisation (5,000 a day on most plans; 1,000 on the Starter plan)");
    // With an app chosen, its plan's number alone (issue 10: a Legacy app is not held to the Starter limit).
    const legacyDay = explain({ kind: "rate_limit", scope: "day", retryAfterSeconds: null }, 5000).explanation;
    expect(legacyDay).toContain("limit of 5,000 calls a day per organisation");
    expect(legacyDay).not.toContain("Starter");
    expect(day).not.toContain("Retry-After");
    expect(explain({ kind: "rate_limit", scope: "app_minute", retryAfterSeconds: 0 }).explanation).toContain("wait 0 seconds");
    expect(explain({ kind: "rate_limit", scope: "concurrent", retryAfterSeconds: null }).explanation).toContain("5 calls");
    expect(explain({ kind: "rate_limit", scope: "unknown", retryAfterSeconds: null }).explanation).toContain("X-Rate-Limit-Problem");
  });

  it("gives the expiry time of an access token when known", () => {
    expect(explain({ kind: "access_token_expired", expiredAt: "2026-05-01T10:00:00Z" }).explanation).toContain("30 minutes; this one expired at 2026-05-01T10:00:00Z.");
    expect(explain({ kind: "access_token_expired", expiredAt: null }).explanation).toContain("30 minutes. The caller");
  });

  it("explains each kind of client rejection differently", () => {
    const text = (code: "invalid_client" | "unauthorized_client" | "invalid_scope") => explain({ kind: "client_rejected", code });
    expect(text("invalid_client")).toMatchObject({ title: "Xero rejected the app (invalid_client)" });
    expect(text("invalid_client").explanation).toContain("client id or secret");
    expect(text("unauthorized_client").explanation).toContain("Custom Connections");
    expect(text("invalid_scope").explanation).toContain("granular scopes");
  });
});

describe("explainChosen", () => {
  it("does not say 'Nothing to diagnose yet' above evidence for a chosen app or organisation", () => {
    expect(explainChosen({ kind: "none" }, ["the app"]).title).toBe("Evidence for the app");
    expect(explainChosen({ kind: "none" }, []).title).toBe("Nothing to diagnose yet");
  });
});

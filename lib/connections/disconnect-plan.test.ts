import { describe, expect, it } from "vitest";
import { planDisconnect, type SelectedConnection } from "./disconnect-plan";

const sel = (id: string, over: Partial<SelectedConnection> = {}): SelectedConnection => ({
  id,
  appId: "app-x",
  appName: "App X",
  plan: "legacy-uncertified",
  capOverride: null,
  countDemoCompanies: false,
  isDemo: false,
  status: "active",
  appCount: 25,
  ...over,
});

describe("planDisconnect", () => {
  it("says how many slots a selection frees on each app", () => {
    const plan = planDisconnect(["1", "2", "3", "4", "5", "6"].map((id) => sel(id)));
    expect(plan.summary).toBe("Disconnect 6 connections: frees 6 of 25 slots on App X");
    expect(plan.total).toBe(6);
  });

  it("does not count demo companies as freed slots unless the app counts them", () => {
    const plan = planDisconnect([sel("1"), sel("2", { isDemo: true })]);
    expect(plan.apps[0]).toMatchObject({ selected: 2, frees: 1 });
    const counted = planDisconnect([sel("1", { countDemoCompanies: true }), sel("2", { isDemo: true, countDemoCompanies: true })]);
    expect(counted.apps[0]?.frees).toBe(2);
  });

  it("groups by app and skips connections already disconnected", () => {
    const plan = planDisconnect([sel("1"), sel("2", { appId: "s", appName: "Starter", plan: "starter", appCount: 5 }), sel("3", { status: "disconnected" })]);
    expect(plan.total).toBe(2);
    expect(plan.skipped).toBe(1);
    expect(plan.summary).toBe("Disconnect 1 connection: frees 1 of 25 slots on App X; Disconnect 1 connection: frees 1 of 5 slots on Starter");
  });

  it("speaks of uncapped apps without slots", () => {
    expect(planDisconnect([sel("1", { plan: "enterprise" })]).summary).toBe("Disconnect 1 connection: frees 1 connection on App X (no cap)");
  });

  it("says when there is nothing to do", () => {
    expect(planDisconnect([sel("1", { status: "disconnected" })]).summary).toMatch(/^Nothing to disconnect/);
  });
});

describe("planDisconnect: order", () => {
  it("lists apps by name whatever the selection's order", () => {
    const plan = planDisconnect([sel("1", { appId: "z", appName: "Zeta" }), sel("2", { appId: "a", appName: "Alpha" }), sel("3", { appId: "m", appName: "Mu" })]);
    expect(plan.apps.map((a) => a.appName)).toEqual(["Alpha", "Mu", "Zeta"]);
  });
});

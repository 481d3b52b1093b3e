import { describe, expect, it } from "vitest";
import { capCrossing, planLimitAlerts } from "./crossing";

describe("capCrossing", () => {
  it("fires the 80 % alert when an app rises into the warning band", () => {
    expect(capCrossing("ok", "warn")).toBe("app.cap_warning");
    expect(capCrossing(undefined, "warn")).toBe("app.cap_warning");
  });

  it("fires only the cap alert when an app jumps straight to its cap", () => {
    expect(capCrossing("ok", "full")).toBe("app.cap_reached");
    expect(capCrossing("warn", "full")).toBe("app.cap_reached");
  });

  it("stays quiet while the level does not rise, and when it falls", () => {
    expect(capCrossing("warn", "warn")).toBeNull();
    expect(capCrossing("full", "full")).toBeNull();
    expect(capCrossing("full", "warn")).toBeNull();
    expect(capCrossing("warn", "ok")).toBeNull();
    expect(capCrossing("ok", "uncapped")).toBeNull();
  });

  it("fires again after a fall and a new rise", () => {
    expect(capCrossing("ok", "warn")).toBe("app.cap_warning");
    expect(capCrossing("warn", "ok")).toBeNull();
    expect(capCrossing("ok", "warn")).toBe("app.cap_warning");
  });
});

describe("planLimitAlerts", () => {
  it("alerts once per crossing across repeated syncs", () => {
    let state = { apps: {}, fullOrganisations: [] as string[] };
    const first = planLimitAlerts(
      state,
      [
        { appId: "a", level: "warn" },
        { appId: "b", level: "ok" },
      ],
      ["t1"],
    );
    expect(first.apps).toEqual([{ appId: "a", event: "app.cap_warning" }]);
    expect(first.organisations).toEqual(["t1"]);
    state = first.next;

    const again = planLimitAlerts(
      state,
      [
        { appId: "a", level: "warn" },
        { appId: "b", level: "ok" },
      ],
      ["t1"],
    );
    expect(again.apps).toEqual([]);
    expect(again.organisations).toEqual([]);

    const fuller = planLimitAlerts(
      again.next,
      [
        { appId: "a", level: "full" },
        { appId: "b", level: "full" },
      ],
      ["t1", "t2"],
    );
    expect(fuller.apps).toEqual([
      { appId: "a", event: "app.cap_reached" },
      { appId: "b", event: "app.cap_reached" },
    ]);
    expect(fuller.organisations).toEqual(["t2"]);
  });

  it("forgets an organisation that freed a slot, so filling it again alerts again", () => {
    const freed = planLimitAlerts({ apps: {}, fullOrganisations: ["t1"] }, [], []);
    expect(freed.next.fullOrganisations).toEqual([]);
    expect(planLimitAlerts(freed.next, [], ["t1"]).organisations).toEqual(["t1"]);
  });

  it("drops deleted apps from the remembered state", () => {
    const plan = planLimitAlerts({ apps: { gone: "full" }, fullOrganisations: [] }, [{ appId: "a", level: "ok" }], []);
    expect(plan.next.apps).toEqual({ a: "ok" });
  });
});

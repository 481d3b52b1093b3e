import { describe, expect, it } from "vitest";
import { planIntentRecovery } from "./disconnect-recovery-plan";

describe("finishing an interrupted disconnect", () => {
  it("finishes what Xero no longer lists and rolls back what it still lists", () => {
    const plan = planIntentRecovery(
      [
        { id: "c1", grantId: "g1" },
        { id: "c2", grantId: "g1" },
        { id: "c3", grantId: "g2" },
      ],
      new Map([
        ["g1", new Set(["c2", "other"])],
        ["g2", new Set<string>()],
      ]),
    );
    expect(plan).toEqual({ complete: ["c1", "c3"], rollBack: ["c2"], retry: [] });
  });

  it("leaves a user's connections for later when their list could not be read, or was not asked for", () => {
    const plan = planIntentRecovery(
      [
        { id: "c1", grantId: "g1" },
        { id: "c2", grantId: "g2" },
      ],
      new Map([["g1", null]]),
    );
    expect(plan).toEqual({ complete: [], rollBack: [], retry: ["c1", "c2"] });
  });

  it("has nothing to do for an intent with no connections left waiting", () => {
    expect(planIntentRecovery([], new Map())).toEqual({ complete: [], rollBack: [], retry: [] });
  });
});

import { describe, expect, it } from "vitest";
import { isStaleReasonCode, reasonInfo, reasonLabel, recommendedAction, staleReasonCodes } from "./reasons";

describe("stale reason codes", () => {
  it("recognises exactly the known codes", () => {
    for (const code of staleReasonCodes) expect(isStaleReasonCode(code)).toBe(true);
    expect(isStaleReasonCode("Idle")).toBe(false);
    expect(isStaleReasonCode("")).toBe(false);
    expect(isStaleReasonCode(7)).toBe(false);
  });

  it("labels known codes and shows an unknown one as it is", () => {
    expect(reasonLabel("idle")).toBe("Idle");
    expect(reasonLabel("org_forbidden")).toBe("Organisation refuses access (403)");
    expect(reasonLabel("from_the_future")).toBe("from_the_future");
  });

  it("recommends the most serious reason's action, ignoring unknown codes", () => {
    expect(recommendedAction(["vanished", "refresh_expiring"])).toBe(reasonInfo.refresh_expiring.action);
    expect(recommendedAction(["from_the_future"])).toBeNull();
    expect(recommendedAction(["from_the_future", "vanished"])).toBe(reasonInfo.vanished.action);
  });

  it("offers disconnecting only where the dashboard can and it frees a slot", () => {
    expect(staleReasonCodes.filter((c) => reasonInfo[c].disconnect)).toEqual(["org_forbidden", "earlier_sign_in", "duplicate", "idle"]);
  });
});

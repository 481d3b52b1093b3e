import { describe, expect, it } from "vitest";
import { TIERS_START, TIERS_START_LABEL } from "./plans";

describe("TIERS_START_LABEL", () => {
  it("writes the tier start the way our sentences do, whatever the server's time zone", () => {
    expect(TIERS_START.toISOString().slice(0, 10)).toBe("2026-03-02");
    expect(TIERS_START_LABEL).toBe("2 March 2026");
  });
});

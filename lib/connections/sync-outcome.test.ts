import { describe, expect, it } from "vitest";
import { syncFinishedText } from "./sync-outcome";

const threeIdle = { count: 3, causes: [{ cause: "idle" as const, count: 3 }] };

describe("syncFinishedText", () => {
  it("says why nothing was checked when every grant is dead (issue 10: not just '0 of 0 users checked')", () => {
    const out = syncFinishedText({ done: 0, total: 0, summary: { added: 0, vanished: 0, needsReauth: threeIdle } });
    expect(out.text).toBe("Sync finished: 0 of 0 users checked: 3 grants need re-authorisation (refresh token unused for more than 60 days).");
    expect(out.reauth).not.toBeNull();
  });

  it("adds the dead grants to a sync that checked the others", () => {
    const out = syncFinishedText({ done: 2, total: 2, summary: { added: 1, vanished: 0, needsReauth: threeIdle } });
    expect(out.text).toBe("Sync finished: 2 of 2 users checked, 1 new, 0 gone from Xero. 3 grants need re-authorisation (refresh token unused for more than 60 days).");
  });

  it("reads as before when every grant works", () => {
    const out = syncFinishedText({ done: 2, total: 2, summary: { added: 0, vanished: 1, needsReauth: { count: 0, causes: [] } } });
    expect(out).toEqual({ text: "Sync finished: 2 of 2 users checked, 0 new, 1 gone from Xero.", reauth: null });
    expect(syncFinishedText({ done: 1, total: 1, summary: { failed: 1, errors: [{ email: "a@x", error: "boom" }] } }).text).toBe(
      "Sync finished: 1 of 1 users checked, 0 new, 0 gone from Xero, 1 failed (a@x: boom).",
    );
  });
});

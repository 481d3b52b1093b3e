import { describe, expect, it } from "vitest";
import { afterAttempt, MAX_ATTEMPTS, retryDelayMs } from "./retry-plan";

const MIN = 60_000;

describe("webhook retry schedule", () => {
  it("waits 1 min, 5 min, 30 min, then 2 h between attempts, and gives up after the 5th", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([1 * MIN, 5 * MIN, 30 * MIN, 120 * MIN]);
    expect(retryDelayMs(MAX_ATTEMPTS)).toBeNull();
    expect(retryDelayMs(9)).toBeNull();
  });

  it("schedules the next attempt after a failure and marks the delivery failed after the last", () => {
    const at = Date.UTC(2026, 10, 24, 12);
    expect(afterAttempt(2, { ok: false, responseCode: 500, responseBody: "down", error: "HTTP 500" }, at)).toMatchObject({
      status: "pending",
      nextAttemptAt: new Date(at + 5 * MIN),
      responseCode: 500,
    });
    expect(afterAttempt(5, { ok: false, responseCode: null, responseBody: null, error: "timed out" }, at)).toMatchObject({ status: "failed", nextAttemptAt: null, error: "timed out" });
  });

  it("records a success with its time and no next attempt", () => {
    const at = Date.UTC(2026, 10, 24, 12);
    expect(afterAttempt(3, { ok: true, responseCode: 204, responseBody: null }, at)).toEqual({
      status: "delivered",
      responseCode: 204,
      responseBody: null,
      error: null,
      nextAttemptAt: null,
      deliveredAt: new Date(at),
    });
  });
});

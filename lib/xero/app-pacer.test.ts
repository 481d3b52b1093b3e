import { afterEach, describe, expect, it, vi } from "vitest";
import { APP_CALLS_PER_MINUTE as APP_MINUTE_LIMIT } from "./limits";
import { CALL_INTERVAL_MS, nextSlot, paceAppCall } from "./app-pacer";

afterEach(() => vi.useRealTimers());

describe("nextSlot", () => {
  it("lets a call start now when the app is idle, and spaces calls asked for at once", () => {
    expect(nextSlot(0, 1000, 10)).toEqual({ startAt: 1000, nextFree: 1010 });
    let free = 0;
    const starts = Array.from({ length: 4 }, () => {
      const slot = nextSlot(free, 500, 10);
      free = slot.nextFree;
      return slot.startAt;
    });
    expect(starts).toEqual([500, 510, 520, 530]);
  });

  it("never fits more calls into a minute than Xero's app-wide budget", () => {
    // A burst far larger than the budget, all asked for at the same moment.
    let free = 0;
    const starts = Array.from({ length: APP_MINUTE_LIMIT * 2 }, () => {
      const slot = nextSlot(free, 0, CALL_INTERVAL_MS);
      free = slot.nextFree;
      return slot.startAt;
    });
    const inFirstMinute = starts.filter((t) => t < 60_000).length;
    expect(inFirstMinute).toBeLessThan(APP_MINUTE_LIMIT);
    expect(inFirstMinute).toBeGreaterThanOrEqual(APP_MINUTE_LIMIT * 0.9);
  });
});

describe("paceAppCall", () => {
  it("holds the second call of a burst until its slot, per app", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "performance"] });
    const started: string[] = [];
    const call = (app: string, label: string) => paceAppCall(app).then(() => started.push(label));
    const all = Promise.all([call("pacer-a", "a1"), call("pacer-a", "a2"), call("pacer-b", "b1")]);
    await vi.advanceTimersByTimeAsync(0);
    expect(started.sort()).toEqual(["a1", "b1"]);
    await vi.advanceTimersByTimeAsync(CALL_INTERVAL_MS);
    await all;
    expect(started).toContain("a2");
  });
});

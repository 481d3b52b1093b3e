// @ts-nocheck
import { describe, expect, it } from "vitest";
import { afterFailure, LOCK_MS, lockedUntil, MAX_FAILURES, WINDOW_MS, type ThrottleState } from "@/lib/auth/lockout";

const t0 = new Date("2026-11-23T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

function failTimes(times: number[]): ThrottleState | undefined {
  let state: ThrottleState | undefined;
  for (const ms of times) state = afterFailure(state, at(ms));
  return state;
}

describe("lock-out", () => {
  it("does not lock before the fifth failure", () => {
    const state = failTimes([0, 1000, 2000, 3000]);
    expect(state).toMatchObject({ failures: 4, lockedUntil: null });
    expect(lockedUntil(state, at(3000))).toBeNull();
  });

  it("locks for 15 minutes on the fifth failure within 15 minutes", () => {
    const state = failTimes([0, 60_000, 120_000, 180_000, WINDOW_MS - 1]);
    expect(state?.failures).toBe(MAX_FAILURES);
    expect(state?.lockedUntil).toEqual(at(WINDOW_MS - 1 + LOCK_MS));
    expect(lockedUntil(state, at(WINDOW_MS))).toEqual(state?.lockedUntil);
  });

  it("lets the lock lapse after 15 minutes", () => {
    const state = failTimes([0, 1, 2, 3, 4]);
    expect(lockedUntil(state, at(4 + LOCK_MS - 1))).not.toBeNull();
    expect(lockedUntil(state, at(4 + LOCK_MS))).toBeNull();
  });

  it("starts a new window when failures are more than 15 minutes apart", () => {
    const state = failTimes([0, 1, 2, 3, WINDOW_MS]);
    expect(state).toMatchObject({ failures: 1, windowStartedAt: at(WINDOW_MS), lockedUntil: null });
  });

  it("counts afresh after a lock has been served", () => {
    const locked = failTimes([0, 1, 2, 3, 4])!;
    const next = afterFailure(locked, at(4 + LOCK_MS + 1));
    expect(next).toMatchObject({ failures: 1, lockedUntil: null });
  });

  it("treats no state (or a success, which deletes it) as a clean slate", () => {
    expect(lockedUntil(undefined, t0)).toBeNull();
    expect(afterFailure(undefined, t0)).toEqual({ failures: 1, windowStartedAt: t0, lockedUntil: null });
  });
});

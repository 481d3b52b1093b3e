// The sign-in lock-out rule as a pure function: 5 failures for one email within 15 minutes lock it
// for 15 minutes; a success clears the count.

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;

export type ThrottleState = { failures: number; windowStartedAt: Date; lockedUntil: Date | null };

export function lockedUntil(state: ThrottleState | undefined, now: Date): Date | null {
  return state?.lockedUntil && state.lockedUntil > now ? state.lockedUntil : null;
}

/** The state after one more failed attempt. */
export function afterFailure(state: ThrottleState | undefined, now: Date): ThrottleState {
  const windowOpen = state && now.getTime() - state.windowStartedAt.getTime() < WINDOW_MS && !state.lockedUntil;
  const failures = windowOpen ? state.failures + 1 : 1;
  const windowStartedAt = windowOpen ? state.windowStartedAt : now;
  return {
    failures,
    windowStartedAt,
    lockedUntil: failures >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MS) : null,
  };
}

// @ts-nocheck
// The sign-in lock-out rule as a pure function: 5 failures for one email within 15 minutes lock it
// for 15 minutes; a success clears the count.
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
export const MAX_FAILURES = 5;
export const WINDOW_MS = stryMutAct_9fa48("0") ? 15 * 60 / 1000 : (stryCov_9fa48("0"), (stryMutAct_9fa48("1") ? 15 / 60 : (stryCov_9fa48("1"), 15 * 60)) * 1000);
export const LOCK_MS = stryMutAct_9fa48("2") ? 15 * 60 / 1000 : (stryCov_9fa48("2"), (stryMutAct_9fa48("3") ? 15 / 60 : (stryCov_9fa48("3"), 15 * 60)) * 1000);
export type ThrottleState = {
  failures: number;
  windowStartedAt: Date;
  lockedUntil: Date | null;
};
export function lockedUntil(state: ThrottleState | undefined, now: Date): Date | null {
  if (stryMutAct_9fa48("4")) {
    {}
  } else {
    stryCov_9fa48("4");
    return (stryMutAct_9fa48("7") ? state?.lockedUntil || state.lockedUntil > now : stryMutAct_9fa48("6") ? false : stryMutAct_9fa48("5") ? true : (stryCov_9fa48("5", "6", "7"), (stryMutAct_9fa48("8") ? state.lockedUntil : (stryCov_9fa48("8"), state?.lockedUntil)) && (stryMutAct_9fa48("11") ? state.lockedUntil <= now : stryMutAct_9fa48("10") ? state.lockedUntil >= now : stryMutAct_9fa48("9") ? true : (stryCov_9fa48("9", "10", "11"), state.lockedUntil > now)))) ? state.lockedUntil : null;
  }
}

/** The state after one more failed attempt. */
export function afterFailure(state: ThrottleState | undefined, now: Date): ThrottleState {
  if (stryMutAct_9fa48("12")) {
    {}
  } else {
    stryCov_9fa48("12");
    const windowOpen = stryMutAct_9fa48("15") ? state && now.getTime() - state.windowStartedAt.getTime() < WINDOW_MS || !state.lockedUntil : stryMutAct_9fa48("14") ? false : stryMutAct_9fa48("13") ? true : (stryCov_9fa48("13", "14", "15"), (stryMutAct_9fa48("17") ? state || now.getTime() - state.windowStartedAt.getTime() < WINDOW_MS : stryMutAct_9fa48("16") ? true : (stryCov_9fa48("16", "17"), state && (stryMutAct_9fa48("20") ? now.getTime() - state.windowStartedAt.getTime() >= WINDOW_MS : stryMutAct_9fa48("19") ? now.getTime() - state.windowStartedAt.getTime() <= WINDOW_MS : stryMutAct_9fa48("18") ? true : (stryCov_9fa48("18", "19", "20"), (stryMutAct_9fa48("21") ? now.getTime() + state.windowStartedAt.getTime() : (stryCov_9fa48("21"), now.getTime() - state.windowStartedAt.getTime())) < WINDOW_MS)))) && (stryMutAct_9fa48("22") ? state.lockedUntil : (stryCov_9fa48("22"), !state.lockedUntil)));
    const failures = windowOpen ? stryMutAct_9fa48("23") ? state.failures - 1 : (stryCov_9fa48("23"), state.failures + 1) : 1;
    const windowStartedAt = windowOpen ? state.windowStartedAt : now;
    return stryMutAct_9fa48("24") ? {} : (stryCov_9fa48("24"), {
      failures,
      windowStartedAt,
      lockedUntil: (stryMutAct_9fa48("28") ? failures < MAX_FAILURES : stryMutAct_9fa48("27") ? failures > MAX_FAILURES : stryMutAct_9fa48("26") ? false : stryMutAct_9fa48("25") ? true : (stryCov_9fa48("25", "26", "27", "28"), failures >= MAX_FAILURES)) ? new Date(stryMutAct_9fa48("29") ? now.getTime() - LOCK_MS : (stryCov_9fa48("29"), now.getTime() + LOCK_MS)) : null
    });
  }
}
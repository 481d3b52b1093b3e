// @ts-nocheck
// Xero's rate limits (FACTS A9, B10.2) as fixed windows that start at the first call, so each tenant's
// windows reset at their own times. Pure: the caller keeps the state.
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
export const MINUTE_MS = 60_000;
export const DAY_WINDOW_MS = stryMutAct_9fa48("2094") ? 24 * 60 * 60 / 1000 : (stryCov_9fa48("2094"), (stryMutAct_9fa48("2095") ? 24 * 60 / 60 : (stryCov_9fa48("2095"), (stryMutAct_9fa48("2096") ? 24 / 60 : (stryCov_9fa48("2096"), 24 * 60)) * 60)) * 1000);
export const TENANT_PER_MINUTE = 60;
export const APP_PER_MINUTE = 10_000;
export const TENANT_CONCURRENT = 5;
export type Window = {
  start: number;
  count: number;
};
export type Take = {
  ok: true;
  remaining: number;
} | {
  ok: false;
  retryAfterSeconds: number;
  remaining: 0;
};

/** Counts one call against a fixed window, opening a new window when the old one has passed. */
export function takeFromWindow(w: Window | undefined, now: number, length: number, limit: number): {
  window: Window;
  result: Take;
} {
  if (stryMutAct_9fa48("2097")) {
    {}
  } else {
    stryCov_9fa48("2097");
    const window = (stryMutAct_9fa48("2100") ? !w && now >= w.start + length : stryMutAct_9fa48("2099") ? false : stryMutAct_9fa48("2098") ? true : (stryCov_9fa48("2098", "2099", "2100"), (stryMutAct_9fa48("2101") ? w : (stryCov_9fa48("2101"), !w)) || (stryMutAct_9fa48("2104") ? now < w.start + length : stryMutAct_9fa48("2103") ? now > w.start + length : stryMutAct_9fa48("2102") ? false : (stryCov_9fa48("2102", "2103", "2104"), now >= (stryMutAct_9fa48("2105") ? w.start - length : (stryCov_9fa48("2105"), w.start + length)))))) ? stryMutAct_9fa48("2106") ? {} : (stryCov_9fa48("2106"), {
      start: now,
      count: 0
    }) : stryMutAct_9fa48("2107") ? {} : (stryCov_9fa48("2107"), {
      ...w
    });
    if (stryMutAct_9fa48("2111") ? window.count < limit : stryMutAct_9fa48("2110") ? window.count > limit : stryMutAct_9fa48("2109") ? false : stryMutAct_9fa48("2108") ? true : (stryCov_9fa48("2108", "2109", "2110", "2111"), window.count >= limit)) {
      if (stryMutAct_9fa48("2112")) {
        {}
      } else {
        stryCov_9fa48("2112");
        return stryMutAct_9fa48("2113") ? {} : (stryCov_9fa48("2113"), {
          window,
          result: stryMutAct_9fa48("2114") ? {} : (stryCov_9fa48("2114"), {
            ok: stryMutAct_9fa48("2115") ? true : (stryCov_9fa48("2115"), false),
            remaining: 0,
            retryAfterSeconds: stryMutAct_9fa48("2116") ? Math.min(1, Math.ceil((window.start + length - now) / 1000)) : (stryCov_9fa48("2116"), Math.max(1, Math.ceil(stryMutAct_9fa48("2117") ? (window.start + length - now) * 1000 : (stryCov_9fa48("2117"), (stryMutAct_9fa48("2118") ? window.start + length + now : (stryCov_9fa48("2118"), (stryMutAct_9fa48("2119") ? window.start - length : (stryCov_9fa48("2119"), window.start + length)) - now)) / 1000))))
          })
        });
      }
    }
    stryMutAct_9fa48("2120") ? window.count -= 1 : (stryCov_9fa48("2120"), window.count += 1);
    return stryMutAct_9fa48("2121") ? {} : (stryCov_9fa48("2121"), {
      window,
      result: stryMutAct_9fa48("2122") ? {} : (stryCov_9fa48("2122"), {
        ok: stryMutAct_9fa48("2123") ? false : (stryCov_9fa48("2123"), true),
        remaining: stryMutAct_9fa48("2124") ? limit + window.count : (stryCov_9fa48("2124"), limit - window.count)
      })
    });
  }
}

/** What remains in a window without taking from it. */
export function remainingIn(w: Window | undefined, now: number, length: number, limit: number): number {
  if (stryMutAct_9fa48("2125")) {
    {}
  } else {
    stryCov_9fa48("2125");
    if (stryMutAct_9fa48("2128") ? !w && now >= w.start + length : stryMutAct_9fa48("2127") ? false : stryMutAct_9fa48("2126") ? true : (stryCov_9fa48("2126", "2127", "2128"), (stryMutAct_9fa48("2129") ? w : (stryCov_9fa48("2129"), !w)) || (stryMutAct_9fa48("2132") ? now < w.start + length : stryMutAct_9fa48("2131") ? now > w.start + length : stryMutAct_9fa48("2130") ? false : (stryCov_9fa48("2130", "2131", "2132"), now >= (stryMutAct_9fa48("2133") ? w.start - length : (stryCov_9fa48("2133"), w.start + length)))))) return limit;
    return stryMutAct_9fa48("2134") ? Math.min(0, limit - w.count) : (stryCov_9fa48("2134"), Math.max(0, stryMutAct_9fa48("2135") ? limit + w.count : (stryCov_9fa48("2135"), limit - w.count)));
  }
}
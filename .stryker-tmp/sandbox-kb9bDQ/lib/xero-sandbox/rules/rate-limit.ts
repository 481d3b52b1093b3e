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
export const DAY_WINDOW_MS = stryMutAct_9fa48("1484") ? 24 * 60 * 60 / 1000 : (stryCov_9fa48("1484"), (stryMutAct_9fa48("1485") ? 24 * 60 / 60 : (stryCov_9fa48("1485"), (stryMutAct_9fa48("1486") ? 24 / 60 : (stryCov_9fa48("1486"), 24 * 60)) * 60)) * 1000);
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
  if (stryMutAct_9fa48("1487")) {
    {}
  } else {
    stryCov_9fa48("1487");
    const window = (stryMutAct_9fa48("1490") ? !w && now >= w.start + length : stryMutAct_9fa48("1489") ? false : stryMutAct_9fa48("1488") ? true : (stryCov_9fa48("1488", "1489", "1490"), (stryMutAct_9fa48("1491") ? w : (stryCov_9fa48("1491"), !w)) || (stryMutAct_9fa48("1494") ? now < w.start + length : stryMutAct_9fa48("1493") ? now > w.start + length : stryMutAct_9fa48("1492") ? false : (stryCov_9fa48("1492", "1493", "1494"), now >= (stryMutAct_9fa48("1495") ? w.start - length : (stryCov_9fa48("1495"), w.start + length)))))) ? stryMutAct_9fa48("1496") ? {} : (stryCov_9fa48("1496"), {
      start: now,
      count: 0
    }) : stryMutAct_9fa48("1497") ? {} : (stryCov_9fa48("1497"), {
      ...w
    });
    if (stryMutAct_9fa48("1501") ? window.count < limit : stryMutAct_9fa48("1500") ? window.count > limit : stryMutAct_9fa48("1499") ? false : stryMutAct_9fa48("1498") ? true : (stryCov_9fa48("1498", "1499", "1500", "1501"), window.count >= limit)) {
      if (stryMutAct_9fa48("1502")) {
        {}
      } else {
        stryCov_9fa48("1502");
        return stryMutAct_9fa48("1503") ? {} : (stryCov_9fa48("1503"), {
          window,
          result: stryMutAct_9fa48("1504") ? {} : (stryCov_9fa48("1504"), {
            ok: stryMutAct_9fa48("1505") ? true : (stryCov_9fa48("1505"), false),
            remaining: 0,
            retryAfterSeconds: stryMutAct_9fa48("1506") ? Math.min(1, Math.ceil((window.start + length - now) / 1000)) : (stryCov_9fa48("1506"), Math.max(1, Math.ceil(stryMutAct_9fa48("1507") ? (window.start + length - now) * 1000 : (stryCov_9fa48("1507"), (stryMutAct_9fa48("1508") ? window.start + length + now : (stryCov_9fa48("1508"), (stryMutAct_9fa48("1509") ? window.start - length : (stryCov_9fa48("1509"), window.start + length)) - now)) / 1000))))
          })
        });
      }
    }
    stryMutAct_9fa48("1510") ? window.count -= 1 : (stryCov_9fa48("1510"), window.count += 1);
    return stryMutAct_9fa48("1511") ? {} : (stryCov_9fa48("1511"), {
      window,
      result: stryMutAct_9fa48("1512") ? {} : (stryCov_9fa48("1512"), {
        ok: stryMutAct_9fa48("1513") ? false : (stryCov_9fa48("1513"), true),
        remaining: stryMutAct_9fa48("1514") ? limit + window.count : (stryCov_9fa48("1514"), limit - window.count)
      })
    });
  }
}

/** What remains in a window without taking from it. */
export function remainingIn(w: Window | undefined, now: number, length: number, limit: number): number {
  if (stryMutAct_9fa48("1515")) {
    {}
  } else {
    stryCov_9fa48("1515");
    if (stryMutAct_9fa48("1518") ? !w && now >= w.start + length : stryMutAct_9fa48("1517") ? false : stryMutAct_9fa48("1516") ? true : (stryCov_9fa48("1516", "1517", "1518"), (stryMutAct_9fa48("1519") ? w : (stryCov_9fa48("1519"), !w)) || (stryMutAct_9fa48("1522") ? now < w.start + length : stryMutAct_9fa48("1521") ? now > w.start + length : stryMutAct_9fa48("1520") ? false : (stryCov_9fa48("1520", "1521", "1522"), now >= (stryMutAct_9fa48("1523") ? w.start - length : (stryCov_9fa48("1523"), w.start + length)))))) return limit;
    return stryMutAct_9fa48("1524") ? Math.min(0, limit - w.count) : (stryCov_9fa48("1524"), Math.max(0, stryMutAct_9fa48("1525") ? limit + w.count : (stryCov_9fa48("1525"), limit - w.count)));
  }
}
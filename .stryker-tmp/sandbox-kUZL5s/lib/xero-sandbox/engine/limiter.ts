// @ts-nocheck
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
import { APP_PER_MINUTE, DAY_WINDOW_MS, MINUTE_MS, remainingIn, takeFromWindow, TENANT_CONCURRENT, TENANT_PER_MINUTE, type Window } from "@/lib/xero-sandbox/rules/rate-limit";

// The process's rate-limit counters. In memory on purpose: windows are short-lived, and the concurrency
// count must be exact, which only the process that handles the calls can know.

type State = {
  appMinute: Map<string, Window>;
  tenantMinute: Map<string, Window>;
  tenantDay: Map<string, Window>;
  inFlight: Map<string, number>;
};
const g = globalThis as unknown as {
  __xeroSandboxLimits?: State;
};
const state = stryMutAct_9fa48("1608") ? () => undefined : (stryCov_9fa48("1608"), (() => {
  const state = (): State => stryMutAct_9fa48("1609") ? g.__xeroSandboxLimits &&= {
    appMinute: new Map(),
    tenantMinute: new Map(),
    tenantDay: new Map(),
    inFlight: new Map()
  } : (stryCov_9fa48("1609"), g.__xeroSandboxLimits ??= stryMutAct_9fa48("1610") ? {} : (stryCov_9fa48("1610"), {
    appMinute: new Map(),
    tenantMinute: new Map(),
    tenantDay: new Map(),
    inFlight: new Map()
  }));
  return state;
})());
export type LimitProblem = "minute" | "day" | "appminute" | "concurrent";
export type LimitOutcome = {
  ok: boolean;
  headers: Record<string, string>;
  problem?: LimitProblem;
  retryAfterSeconds?: number;
};

/** A tenant-scoped call: per-tenant minute, day and concurrency limits, plus the app-wide minute limit. */
export function admitTenantCall(appId: string, tenantId: string, dayLimit: number, now: number): LimitOutcome {
  if (stryMutAct_9fa48("1611")) {
    {}
  } else {
    stryCov_9fa48("1611");
    const s = state();
    const key = stryMutAct_9fa48("1612") ? `` : (stryCov_9fa48("1612"), `${appId}/${tenantId}`);
    const inFlight = stryMutAct_9fa48("1613") ? s.inFlight.get(key) && 0 : (stryCov_9fa48("1613"), s.inFlight.get(key) ?? 0);
    const minLeft = remainingIn(s.tenantMinute.get(key), now, MINUTE_MS, TENANT_PER_MINUTE);
    const dayLeft = remainingIn(s.tenantDay.get(key), now, DAY_WINDOW_MS, dayLimit);
    const appLeft = remainingIn(s.appMinute.get(appId), now, MINUTE_MS, APP_PER_MINUTE);
    const headers = stryMutAct_9fa48("1614") ? () => undefined : (stryCov_9fa48("1614"), (() => {
      const headers = (m: number, d: number, a: number) => stryMutAct_9fa48("1615") ? {} : (stryCov_9fa48("1615"), {
        "X-MinLimit-Remaining": String(m),
        "X-DayLimit-Remaining": String(d),
        "X-AppMinLimit-Remaining": String(a)
      });
      return headers;
    })());
    const blocked = stryMutAct_9fa48("1616") ? () => undefined : (stryCov_9fa48("1616"), (() => {
      const blocked = (problem: LimitProblem, w: Window | undefined, length: number): LimitOutcome => stryMutAct_9fa48("1617") ? {} : (stryCov_9fa48("1617"), {
        ok: stryMutAct_9fa48("1618") ? true : (stryCov_9fa48("1618"), false),
        problem,
        retryAfterSeconds: w ? stryMutAct_9fa48("1619") ? Math.min(1, Math.ceil((w.start + length - now) / 1000)) : (stryCov_9fa48("1619"), Math.max(1, Math.ceil(stryMutAct_9fa48("1620") ? (w.start + length - now) * 1000 : (stryCov_9fa48("1620"), (stryMutAct_9fa48("1621") ? w.start + length + now : (stryCov_9fa48("1621"), (stryMutAct_9fa48("1622") ? w.start - length : (stryCov_9fa48("1622"), w.start + length)) - now)) / 1000)))) : 1,
        headers: headers(minLeft, dayLeft, appLeft)
      });
      return blocked;
    })());
    if (stryMutAct_9fa48("1626") ? dayLeft > 0 : stryMutAct_9fa48("1625") ? dayLeft < 0 : stryMutAct_9fa48("1624") ? false : stryMutAct_9fa48("1623") ? true : (stryCov_9fa48("1623", "1624", "1625", "1626"), dayLeft <= 0)) return blocked(stryMutAct_9fa48("1627") ? "" : (stryCov_9fa48("1627"), "day"), s.tenantDay.get(key), DAY_WINDOW_MS);
    if (stryMutAct_9fa48("1631") ? minLeft > 0 : stryMutAct_9fa48("1630") ? minLeft < 0 : stryMutAct_9fa48("1629") ? false : stryMutAct_9fa48("1628") ? true : (stryCov_9fa48("1628", "1629", "1630", "1631"), minLeft <= 0)) return blocked(stryMutAct_9fa48("1632") ? "" : (stryCov_9fa48("1632"), "minute"), s.tenantMinute.get(key), MINUTE_MS);
    if (stryMutAct_9fa48("1636") ? appLeft > 0 : stryMutAct_9fa48("1635") ? appLeft < 0 : stryMutAct_9fa48("1634") ? false : stryMutAct_9fa48("1633") ? true : (stryCov_9fa48("1633", "1634", "1635", "1636"), appLeft <= 0)) return blocked(stryMutAct_9fa48("1637") ? "" : (stryCov_9fa48("1637"), "appminute"), s.appMinute.get(appId), MINUTE_MS);
    if (stryMutAct_9fa48("1641") ? inFlight < TENANT_CONCURRENT : stryMutAct_9fa48("1640") ? inFlight > TENANT_CONCURRENT : stryMutAct_9fa48("1639") ? false : stryMutAct_9fa48("1638") ? true : (stryCov_9fa48("1638", "1639", "1640", "1641"), inFlight >= TENANT_CONCURRENT)) return stryMutAct_9fa48("1642") ? {} : (stryCov_9fa48("1642"), {
      ok: stryMutAct_9fa48("1643") ? true : (stryCov_9fa48("1643"), false),
      problem: stryMutAct_9fa48("1644") ? "" : (stryCov_9fa48("1644"), "concurrent"),
      retryAfterSeconds: 1,
      headers: headers(minLeft, dayLeft, appLeft)
    });
    const m = takeFromWindow(s.tenantMinute.get(key), now, MINUTE_MS, TENANT_PER_MINUTE);
    const d = takeFromWindow(s.tenantDay.get(key), now, DAY_WINDOW_MS, dayLimit);
    const a = takeFromWindow(s.appMinute.get(appId), now, MINUTE_MS, APP_PER_MINUTE);
    s.tenantMinute.set(key, m.window);
    s.tenantDay.set(key, d.window);
    s.appMinute.set(appId, a.window);
    s.inFlight.set(key, stryMutAct_9fa48("1645") ? inFlight - 1 : (stryCov_9fa48("1645"), inFlight + 1));
    return stryMutAct_9fa48("1646") ? {} : (stryCov_9fa48("1646"), {
      ok: stryMutAct_9fa48("1647") ? false : (stryCov_9fa48("1647"), true),
      headers: headers(m.result.remaining, d.result.remaining, a.result.remaining)
    });
  }
}

/** Ends a call admitted by admitTenantCall (frees its concurrency slot). */
export function releaseTenantCall(appId: string, tenantId: string): void {
  if (stryMutAct_9fa48("1648")) {
    {}
  } else {
    stryCov_9fa48("1648");
    const s = state();
    const key = stryMutAct_9fa48("1649") ? `` : (stryCov_9fa48("1649"), `${appId}/${tenantId}`);
    s.inFlight.set(key, stryMutAct_9fa48("1650") ? Math.min(0, (s.inFlight.get(key) ?? 1) - 1) : (stryCov_9fa48("1650"), Math.max(0, stryMutAct_9fa48("1651") ? (s.inFlight.get(key) ?? 1) + 1 : (stryCov_9fa48("1651"), (stryMutAct_9fa48("1652") ? s.inFlight.get(key) && 1 : (stryCov_9fa48("1652"), s.inFlight.get(key) ?? 1)) - 1))));
  }
}

/** A tenantless call (/connections): only the app-wide minute limit applies. */
export function admitAppCall(appId: string, now: number): LimitOutcome {
  if (stryMutAct_9fa48("1653")) {
    {}
  } else {
    stryCov_9fa48("1653");
    const s = state();
    const a = takeFromWindow(s.appMinute.get(appId), now, MINUTE_MS, APP_PER_MINUTE);
    s.appMinute.set(appId, a.window);
    if (stryMutAct_9fa48("1656") ? false : stryMutAct_9fa48("1655") ? true : stryMutAct_9fa48("1654") ? a.result.ok : (stryCov_9fa48("1654", "1655", "1656"), !a.result.ok)) return stryMutAct_9fa48("1657") ? {} : (stryCov_9fa48("1657"), {
      ok: stryMutAct_9fa48("1658") ? true : (stryCov_9fa48("1658"), false),
      problem: stryMutAct_9fa48("1659") ? "" : (stryCov_9fa48("1659"), "appminute"),
      retryAfterSeconds: a.result.retryAfterSeconds,
      headers: stryMutAct_9fa48("1660") ? {} : (stryCov_9fa48("1660"), {
        "X-AppMinLimit-Remaining": stryMutAct_9fa48("1661") ? "" : (stryCov_9fa48("1661"), "0")
      })
    });
    return stryMutAct_9fa48("1662") ? {} : (stryCov_9fa48("1662"), {
      ok: stryMutAct_9fa48("1663") ? false : (stryCov_9fa48("1663"), true),
      headers: stryMutAct_9fa48("1664") ? {} : (stryCov_9fa48("1664"), {
        "X-AppMinLimit-Remaining": String(a.result.remaining)
      })
    });
  }
}
export function resetRateLimits(): void {
  if (stryMutAct_9fa48("1665")) {
    {}
  } else {
    stryCov_9fa48("1665");
    g.__xeroSandboxLimits = undefined;
  }
}
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
import { SECURITY_ASSESSMENT_AT } from "./plans";

// How close a count is to its cap, as the bars on every page show it: amber from 80 %, red at the cap.

export type CapLevel = "ok" | "warn" | "full" | "uncapped";
export type CapProgress = {
  count: number;
  cap: number | null;
  level: CapLevel;
  /** 0–100 for the bar; for uncapped apps, progress toward the security-assessment milestone. */
  percent: number;
  remaining: number | null;
  /** Uncapped apps: whether the 1,000-connection security assessment is due. */
  assessmentDue: boolean;
};
export const WARN_RATIO = 0.8;
export function capProgress(count: number, cap: number | null): CapProgress {
  if (stryMutAct_9fa48("1018")) {
    {}
  } else {
    stryCov_9fa48("1018");
    if (stryMutAct_9fa48("1021") ? cap !== null : stryMutAct_9fa48("1020") ? false : stryMutAct_9fa48("1019") ? true : (stryCov_9fa48("1019", "1020", "1021"), cap === null)) {
      if (stryMutAct_9fa48("1022")) {
        {}
      } else {
        stryCov_9fa48("1022");
        return stryMutAct_9fa48("1023") ? {} : (stryCov_9fa48("1023"), {
          count,
          cap,
          level: stryMutAct_9fa48("1024") ? "" : (stryCov_9fa48("1024"), "uncapped"),
          percent: stryMutAct_9fa48("1025") ? Math.max(100, Math.round(count / SECURITY_ASSESSMENT_AT * 100)) : (stryCov_9fa48("1025"), Math.min(100, Math.round(stryMutAct_9fa48("1026") ? count / SECURITY_ASSESSMENT_AT / 100 : (stryCov_9fa48("1026"), (stryMutAct_9fa48("1027") ? count * SECURITY_ASSESSMENT_AT : (stryCov_9fa48("1027"), count / SECURITY_ASSESSMENT_AT)) * 100)))),
          remaining: null,
          assessmentDue: stryMutAct_9fa48("1031") ? count < SECURITY_ASSESSMENT_AT : stryMutAct_9fa48("1030") ? count > SECURITY_ASSESSMENT_AT : stryMutAct_9fa48("1029") ? false : stryMutAct_9fa48("1028") ? true : (stryCov_9fa48("1028", "1029", "1030", "1031"), count >= SECURITY_ASSESSMENT_AT)
        });
      }
    }
    const level: CapLevel = (stryMutAct_9fa48("1035") ? count < cap : stryMutAct_9fa48("1034") ? count > cap : stryMutAct_9fa48("1033") ? false : stryMutAct_9fa48("1032") ? true : (stryCov_9fa48("1032", "1033", "1034", "1035"), count >= cap)) ? stryMutAct_9fa48("1036") ? "" : (stryCov_9fa48("1036"), "full") : (stryMutAct_9fa48("1040") ? count < cap * WARN_RATIO : stryMutAct_9fa48("1039") ? count > cap * WARN_RATIO : stryMutAct_9fa48("1038") ? false : stryMutAct_9fa48("1037") ? true : (stryCov_9fa48("1037", "1038", "1039", "1040"), count >= (stryMutAct_9fa48("1041") ? cap / WARN_RATIO : (stryCov_9fa48("1041"), cap * WARN_RATIO)))) ? stryMutAct_9fa48("1042") ? "" : (stryCov_9fa48("1042"), "warn") : stryMutAct_9fa48("1043") ? "" : (stryCov_9fa48("1043"), "ok");
    return stryMutAct_9fa48("1044") ? {} : (stryCov_9fa48("1044"), {
      count,
      cap,
      level,
      percent: (stryMutAct_9fa48("1047") ? cap !== 0 : stryMutAct_9fa48("1046") ? false : stryMutAct_9fa48("1045") ? true : (stryCov_9fa48("1045", "1046", "1047"), cap === 0)) ? 100 : stryMutAct_9fa48("1048") ? Math.max(100, Math.round(count / cap * 100)) : (stryCov_9fa48("1048"), Math.min(100, Math.round(stryMutAct_9fa48("1049") ? count / cap / 100 : (stryCov_9fa48("1049"), (stryMutAct_9fa48("1050") ? count * cap : (stryCov_9fa48("1050"), count / cap)) * 100)))),
      remaining: stryMutAct_9fa48("1051") ? Math.min(0, cap - count) : (stryCov_9fa48("1051"), Math.max(0, stryMutAct_9fa48("1052") ? cap + count : (stryCov_9fa48("1052"), cap - count))),
      assessmentDue: stryMutAct_9fa48("1056") ? count < SECURITY_ASSESSMENT_AT : stryMutAct_9fa48("1055") ? count > SECURITY_ASSESSMENT_AT : stryMutAct_9fa48("1054") ? false : stryMutAct_9fa48("1053") ? true : (stryCov_9fa48("1053", "1054", "1055", "1056"), count >= SECURITY_ASSESSMENT_AT)
    });
  }
}
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
import { sql } from "drizzle-orm";
import { PLANS, PLAN_RULES } from "./plans";

// countsAsUncertified (plans.ts) as SQL over a xero_apps row aliased `a`, built from the same data.
const unlessCertified = stryMutAct_9fa48("1127") ? PLANS : (stryCov_9fa48("1127"), PLANS.filter(stryMutAct_9fa48("1128") ? () => undefined : (stryCov_9fa48("1128"), p => stryMutAct_9fa48("1131") ? PLAN_RULES[p].uncertifiedUnlessCertified || p !== "legacy-uncertified" : stryMutAct_9fa48("1130") ? false : stryMutAct_9fa48("1129") ? true : (stryCov_9fa48("1129", "1130", "1131"), PLAN_RULES[p].uncertifiedUnlessCertified && (stryMutAct_9fa48("1133") ? p === "legacy-uncertified" : stryMutAct_9fa48("1132") ? true : (stryCov_9fa48("1132", "1133"), p !== (stryMutAct_9fa48("1134") ? "" : (stryCov_9fa48("1134"), "legacy-uncertified"))))))));
export const appTakesUncertifiedSlot = sql.raw(stryMutAct_9fa48("1135") ? `` : (stryCov_9fa48("1135"), `(a.plan = 'legacy-uncertified' or (a.plan in (${unlessCertified.map(stryMutAct_9fa48("1136") ? () => undefined : (stryCov_9fa48("1136"), p => stryMutAct_9fa48("1137") ? `` : (stryCov_9fa48("1137"), `'${p}'`))).join(stryMutAct_9fa48("1138") ? "" : (stryCov_9fa48("1138"), ", "))}) and a.certified = 0))`));
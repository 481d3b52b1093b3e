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
import crypto from "node:crypto";

// PKCE with S256 only (FACTS B2): verifier 43–128 characters of [A-Za-z0-9-._~].

const VERIFIER = stryMutAct_9fa48("1468") ? /^[^A-Za-z0-9\-._~]{43,128}$/ : stryMutAct_9fa48("1467") ? /^[A-Za-z0-9\-._~]$/ : stryMutAct_9fa48("1466") ? /^[A-Za-z0-9\-._~]{43,128}/ : stryMutAct_9fa48("1465") ? /[A-Za-z0-9\-._~]{43,128}$/ : (stryCov_9fa48("1465", "1466", "1467", "1468"), /^[A-Za-z0-9\-._~]{43,128}$/);
export const s256 = stryMutAct_9fa48("1469") ? () => undefined : (stryCov_9fa48("1469"), (() => {
  const s256 = (verifier: string): string => crypto.createHash(stryMutAct_9fa48("1470") ? "" : (stryCov_9fa48("1470"), "sha256")).update(verifier).digest(stryMutAct_9fa48("1471") ? "" : (stryCov_9fa48("1471"), "base64url"));
  return s256;
})());
export function pkceMatches(challenge: string, verifier: string | null | undefined): boolean {
  if (stryMutAct_9fa48("1472")) {
    {}
  } else {
    stryCov_9fa48("1472");
    if (stryMutAct_9fa48("1475") ? !verifier && !VERIFIER.test(verifier) : stryMutAct_9fa48("1474") ? false : stryMutAct_9fa48("1473") ? true : (stryCov_9fa48("1473", "1474", "1475"), (stryMutAct_9fa48("1476") ? verifier : (stryCov_9fa48("1476"), !verifier)) || (stryMutAct_9fa48("1477") ? VERIFIER.test(verifier) : (stryCov_9fa48("1477"), !VERIFIER.test(verifier))))) return stryMutAct_9fa48("1478") ? true : (stryCov_9fa48("1478"), false);
    const a = Buffer.from(s256(verifier));
    const b = Buffer.from(challenge);
    return stryMutAct_9fa48("1481") ? a.length === b.length || crypto.timingSafeEqual(a, b) : stryMutAct_9fa48("1480") ? false : stryMutAct_9fa48("1479") ? true : (stryCov_9fa48("1479", "1480", "1481"), (stryMutAct_9fa48("1483") ? a.length !== b.length : stryMutAct_9fa48("1482") ? true : (stryCov_9fa48("1482", "1483"), a.length === b.length)) && crypto.timingSafeEqual(a, b));
  }
}
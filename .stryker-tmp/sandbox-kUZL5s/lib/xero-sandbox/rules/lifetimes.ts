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
import { DAY_MS } from "@/lib/clock";

// Token lifetimes and the pure validity rules for codes and refresh tokens (FACTS A3, B6).

export const ACCESS_TOKEN_SECONDS = 1800;
export const ID_TOKEN_SECONDS = 300;
export const CODE_TTL_MS = stryMutAct_9fa48("2038") ? 5 * 60 / 1000 : (stryCov_9fa48("2038"), (stryMutAct_9fa48("2039") ? 5 / 60 : (stryCov_9fa48("2039"), 5 * 60)) * 1000);
export const REFRESH_GRACE_MS = stryMutAct_9fa48("2040") ? 30 * 60 / 1000 : (stryCov_9fa48("2040"), (stryMutAct_9fa48("2041") ? 30 / 60 : (stryCov_9fa48("2041"), 30 * 60)) * 1000);
export const REFRESH_IDLE_MS = stryMutAct_9fa48("2042") ? 60 / DAY_MS : (stryCov_9fa48("2042"), 60 * DAY_MS);
export type CodeState = {
  issuedAt: number;
  usedAt: number | null;
};

/** A code works once, within 5 minutes of issue. */
export function codeProblem(code: CodeState, now: number): "used" | "expired" | null {
  if (stryMutAct_9fa48("2043")) {
    {}
  } else {
    stryCov_9fa48("2043");
    if (stryMutAct_9fa48("2046") ? code.usedAt === null : stryMutAct_9fa48("2045") ? false : stryMutAct_9fa48("2044") ? true : (stryCov_9fa48("2044", "2045", "2046"), code.usedAt !== null)) return stryMutAct_9fa48("2047") ? "" : (stryCov_9fa48("2047"), "used");
    if (stryMutAct_9fa48("2051") ? now - code.issuedAt <= CODE_TTL_MS : stryMutAct_9fa48("2050") ? now - code.issuedAt >= CODE_TTL_MS : stryMutAct_9fa48("2049") ? false : stryMutAct_9fa48("2048") ? true : (stryCov_9fa48("2048", "2049", "2050", "2051"), (stryMutAct_9fa48("2052") ? now + code.issuedAt : (stryCov_9fa48("2052"), now - code.issuedAt)) > CODE_TTL_MS)) return stryMutAct_9fa48("2053") ? "" : (stryCov_9fa48("2053"), "expired");
    return null;
  }
}
export type RefreshState = {
  issuedAt: number;
  rotatedAt: number | null;
  revokedAt: number | null;
};

/**
 * Every use rotates the token; the rotated-away token is still accepted for 30 minutes (a lost response
 * can be retried). An unused token dies after 60 days idle.
 */
export function refreshProblem(token: RefreshState, now: number): "revoked" | "rotated" | "expired" | null {
  if (stryMutAct_9fa48("2054")) {
    {}
  } else {
    stryCov_9fa48("2054");
    if (stryMutAct_9fa48("2057") ? token.revokedAt === null : stryMutAct_9fa48("2056") ? false : stryMutAct_9fa48("2055") ? true : (stryCov_9fa48("2055", "2056", "2057"), token.revokedAt !== null)) return stryMutAct_9fa48("2058") ? "" : (stryCov_9fa48("2058"), "revoked");
    if (stryMutAct_9fa48("2061") ? token.rotatedAt !== null || now - token.rotatedAt > REFRESH_GRACE_MS : stryMutAct_9fa48("2060") ? false : stryMutAct_9fa48("2059") ? true : (stryCov_9fa48("2059", "2060", "2061"), (stryMutAct_9fa48("2063") ? token.rotatedAt === null : stryMutAct_9fa48("2062") ? true : (stryCov_9fa48("2062", "2063"), token.rotatedAt !== null)) && (stryMutAct_9fa48("2066") ? now - token.rotatedAt <= REFRESH_GRACE_MS : stryMutAct_9fa48("2065") ? now - token.rotatedAt >= REFRESH_GRACE_MS : stryMutAct_9fa48("2064") ? true : (stryCov_9fa48("2064", "2065", "2066"), (stryMutAct_9fa48("2067") ? now + token.rotatedAt : (stryCov_9fa48("2067"), now - token.rotatedAt)) > REFRESH_GRACE_MS)))) return stryMutAct_9fa48("2068") ? "" : (stryCov_9fa48("2068"), "rotated");
    if (stryMutAct_9fa48("2072") ? now - token.issuedAt <= REFRESH_IDLE_MS : stryMutAct_9fa48("2071") ? now - token.issuedAt >= REFRESH_IDLE_MS : stryMutAct_9fa48("2070") ? false : stryMutAct_9fa48("2069") ? true : (stryCov_9fa48("2069", "2070", "2071", "2072"), (stryMutAct_9fa48("2073") ? now + token.issuedAt : (stryCov_9fa48("2073"), now - token.issuedAt)) > REFRESH_IDLE_MS)) return stryMutAct_9fa48("2074") ? "" : (stryCov_9fa48("2074"), "expired");
    return null;
  }
}
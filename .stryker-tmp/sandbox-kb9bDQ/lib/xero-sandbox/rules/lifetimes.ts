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
export const CODE_TTL_MS = stryMutAct_9fa48("1428") ? 5 * 60 / 1000 : (stryCov_9fa48("1428"), (stryMutAct_9fa48("1429") ? 5 / 60 : (stryCov_9fa48("1429"), 5 * 60)) * 1000);
export const REFRESH_GRACE_MS = stryMutAct_9fa48("1430") ? 30 * 60 / 1000 : (stryCov_9fa48("1430"), (stryMutAct_9fa48("1431") ? 30 / 60 : (stryCov_9fa48("1431"), 30 * 60)) * 1000);
export const REFRESH_IDLE_MS = stryMutAct_9fa48("1432") ? 60 / DAY_MS : (stryCov_9fa48("1432"), 60 * DAY_MS);
export type CodeState = {
  issuedAt: number;
  usedAt: number | null;
};

/** A code works once, within 5 minutes of issue. */
export function codeProblem(code: CodeState, now: number): "used" | "expired" | null {
  if (stryMutAct_9fa48("1433")) {
    {}
  } else {
    stryCov_9fa48("1433");
    if (stryMutAct_9fa48("1436") ? code.usedAt === null : stryMutAct_9fa48("1435") ? false : stryMutAct_9fa48("1434") ? true : (stryCov_9fa48("1434", "1435", "1436"), code.usedAt !== null)) return stryMutAct_9fa48("1437") ? "" : (stryCov_9fa48("1437"), "used");
    if (stryMutAct_9fa48("1441") ? now - code.issuedAt <= CODE_TTL_MS : stryMutAct_9fa48("1440") ? now - code.issuedAt >= CODE_TTL_MS : stryMutAct_9fa48("1439") ? false : stryMutAct_9fa48("1438") ? true : (stryCov_9fa48("1438", "1439", "1440", "1441"), (stryMutAct_9fa48("1442") ? now + code.issuedAt : (stryCov_9fa48("1442"), now - code.issuedAt)) > CODE_TTL_MS)) return stryMutAct_9fa48("1443") ? "" : (stryCov_9fa48("1443"), "expired");
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
  if (stryMutAct_9fa48("1444")) {
    {}
  } else {
    stryCov_9fa48("1444");
    if (stryMutAct_9fa48("1447") ? token.revokedAt === null : stryMutAct_9fa48("1446") ? false : stryMutAct_9fa48("1445") ? true : (stryCov_9fa48("1445", "1446", "1447"), token.revokedAt !== null)) return stryMutAct_9fa48("1448") ? "" : (stryCov_9fa48("1448"), "revoked");
    if (stryMutAct_9fa48("1451") ? token.rotatedAt !== null || now - token.rotatedAt > REFRESH_GRACE_MS : stryMutAct_9fa48("1450") ? false : stryMutAct_9fa48("1449") ? true : (stryCov_9fa48("1449", "1450", "1451"), (stryMutAct_9fa48("1453") ? token.rotatedAt === null : stryMutAct_9fa48("1452") ? true : (stryCov_9fa48("1452", "1453"), token.rotatedAt !== null)) && (stryMutAct_9fa48("1456") ? now - token.rotatedAt <= REFRESH_GRACE_MS : stryMutAct_9fa48("1455") ? now - token.rotatedAt >= REFRESH_GRACE_MS : stryMutAct_9fa48("1454") ? true : (stryCov_9fa48("1454", "1455", "1456"), (stryMutAct_9fa48("1457") ? now + token.rotatedAt : (stryCov_9fa48("1457"), now - token.rotatedAt)) > REFRESH_GRACE_MS)))) return stryMutAct_9fa48("1458") ? "" : (stryCov_9fa48("1458"), "rotated");
    if (stryMutAct_9fa48("1462") ? now - token.issuedAt <= REFRESH_IDLE_MS : stryMutAct_9fa48("1461") ? now - token.issuedAt >= REFRESH_IDLE_MS : stryMutAct_9fa48("1460") ? false : stryMutAct_9fa48("1459") ? true : (stryCov_9fa48("1459", "1460", "1461", "1462"), (stryMutAct_9fa48("1463") ? now + token.issuedAt : (stryCov_9fa48("1463"), now - token.issuedAt)) > REFRESH_IDLE_MS)) return stryMutAct_9fa48("1464") ? "" : (stryCov_9fa48("1464"), "expired");
    return null;
  }
}
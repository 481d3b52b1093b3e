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
import { xeroNowMs } from "@/lib/clock";
import { sandboxDb } from "@/lib/xero-sandbox/db";
import { getAppByClientId, secretMatches } from "@/lib/xero-sandbox/store/apps";
import { deleteUserConnections } from "@/lib/xero-sandbox/store/connections";
import { deleteGrant, findRefreshToken, revokeUserTokens } from "@/lib/xero-sandbox/store/tokens";
import type { ClientAuth, TokenResult } from "@/lib/xero-sandbox/engine/token-grants";

// Revocation (FACTS B8): the refresh token dies and so do all of that user's connections to the app.
// Unknown tokens still answer 200, as RFC 7009 servers do, so a client cannot probe for tokens.

export function revokeRefreshToken(auth: ClientAuth, token: string): TokenResult {
  if (stryMutAct_9fa48("1786")) {
    {}
  } else {
    stryCov_9fa48("1786");
    const app = auth.clientId ? getAppByClientId(auth.clientId) : undefined;
    if (stryMutAct_9fa48("1789") ? !app && auth.secret !== null && !secretMatches(app, auth.secret) : stryMutAct_9fa48("1788") ? false : stryMutAct_9fa48("1787") ? true : (stryCov_9fa48("1787", "1788", "1789"), (stryMutAct_9fa48("1790") ? app : (stryCov_9fa48("1790"), !app)) || (stryMutAct_9fa48("1792") ? auth.secret !== null || !secretMatches(app, auth.secret) : stryMutAct_9fa48("1791") ? false : (stryCov_9fa48("1791", "1792"), (stryMutAct_9fa48("1794") ? auth.secret === null : stryMutAct_9fa48("1793") ? true : (stryCov_9fa48("1793", "1794"), auth.secret !== null)) && (stryMutAct_9fa48("1795") ? secretMatches(app, auth.secret) : (stryCov_9fa48("1795"), !secretMatches(app, auth.secret))))))) return stryMutAct_9fa48("1796") ? {} : (stryCov_9fa48("1796"), {
      status: 400,
      body: stryMutAct_9fa48("1797") ? {} : (stryCov_9fa48("1797"), {
        error: stryMutAct_9fa48("1798") ? "" : (stryCov_9fa48("1798"), "invalid_client")
      })
    });
    const row = token ? findRefreshToken(token) : undefined;
    if (stryMutAct_9fa48("1801") ? row || row.appId === app.id : stryMutAct_9fa48("1800") ? false : stryMutAct_9fa48("1799") ? true : (stryCov_9fa48("1799", "1800", "1801"), row && (stryMutAct_9fa48("1803") ? row.appId !== app.id : stryMutAct_9fa48("1802") ? true : (stryCov_9fa48("1802", "1803"), row.appId === app.id)))) {
      if (stryMutAct_9fa48("1804")) {
        {}
      } else {
        stryCov_9fa48("1804");
        if (stryMutAct_9fa48("1807") ? auth.secret === null || !row.publicClient : stryMutAct_9fa48("1806") ? false : stryMutAct_9fa48("1805") ? true : (stryCov_9fa48("1805", "1806", "1807"), (stryMutAct_9fa48("1809") ? auth.secret !== null : stryMutAct_9fa48("1808") ? true : (stryCov_9fa48("1808", "1809"), auth.secret === null)) && (stryMutAct_9fa48("1810") ? row.publicClient : (stryCov_9fa48("1810"), !row.publicClient)))) return stryMutAct_9fa48("1811") ? {} : (stryCov_9fa48("1811"), {
          status: 400,
          body: stryMutAct_9fa48("1812") ? {} : (stryCov_9fa48("1812"), {
            error: stryMutAct_9fa48("1813") ? "" : (stryCov_9fa48("1813"), "invalid_client")
          })
        });
        sandboxDb().transaction(() => {
          if (stryMutAct_9fa48("1814")) {
            {}
          } else {
            stryCov_9fa48("1814");
            revokeUserTokens(app.id, row.userId, xeroNowMs());
            deleteUserConnections(app.id, row.userId);
            deleteGrant(app.id, row.userId);
          }
        });
      }
    }
    return stryMutAct_9fa48("1815") ? {} : (stryCov_9fa48("1815"), {
      status: 200,
      body: {}
    });
  }
}
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
import { capFor, countsAsUncertified, ORG_UNCERTIFIED_CAP } from "@/lib/xero-sandbox/plans";

// Connection caps as pure functions over plain rows (FACTS A1, A2, A6).

export type CapApp = {
  id: string;
  plan: string;
  certified: boolean;
  countDemo: boolean;
};
export type Pair = {
  userId: string;
  orgId: string;
  isDemo: boolean;
};

/** Connections that count toward the app's cap: (user, organisation) pairs, demo companies excluded by default. */
export function countedPairs(app: CapApp, pairs: Pair[]): number {
  if (stryMutAct_9fa48("1371")) {
    {}
  } else {
    stryCov_9fa48("1371");
    return stryMutAct_9fa48("1372") ? pairs.length : (stryCov_9fa48("1372"), pairs.filter(stryMutAct_9fa48("1373") ? () => undefined : (stryCov_9fa48("1373"), p => stryMutAct_9fa48("1376") ? app.countDemo && !p.isDemo : stryMutAct_9fa48("1375") ? false : stryMutAct_9fa48("1374") ? true : (stryCov_9fa48("1374", "1375", "1376"), app.countDemo || (stryMutAct_9fa48("1377") ? p.isDemo : (stryCov_9fa48("1377"), !p.isDemo))))).length);
  }
}

/**
 * Whether a consent by `userId` to `orgs` would pass the app's cap. Re-consenting to an organisation the
 * user already connected adds nothing.
 */
export function wouldExceedAppCap(app: CapApp, existing: Pair[], userId: string, orgs: {
  id: string;
  isDemo: boolean;
}[], capOverride?: number | null): boolean {
  if (stryMutAct_9fa48("1378")) {
    {}
  } else {
    stryCov_9fa48("1378");
    const cap = stryMutAct_9fa48("1379") ? capOverride && capFor(app.plan) : (stryCov_9fa48("1379"), capOverride ?? capFor(app.plan));
    if (stryMutAct_9fa48("1382") ? cap !== null : stryMutAct_9fa48("1381") ? false : stryMutAct_9fa48("1380") ? true : (stryCov_9fa48("1380", "1381", "1382"), cap === null)) return stryMutAct_9fa48("1383") ? true : (stryCov_9fa48("1383"), false);
    const have = new Set(stryMutAct_9fa48("1384") ? existing.map(p => p.orgId) : (stryCov_9fa48("1384"), existing.filter(stryMutAct_9fa48("1385") ? () => undefined : (stryCov_9fa48("1385"), p => stryMutAct_9fa48("1388") ? p.userId !== userId : stryMutAct_9fa48("1387") ? false : stryMutAct_9fa48("1386") ? true : (stryCov_9fa48("1386", "1387", "1388"), p.userId === userId))).map(stryMutAct_9fa48("1389") ? () => undefined : (stryCov_9fa48("1389"), p => p.orgId))));
    const added = stryMutAct_9fa48("1390") ? orgs.map(o => ({
      userId,
      orgId: o.id,
      isDemo: o.isDemo
    })) : (stryCov_9fa48("1390"), orgs.filter(stryMutAct_9fa48("1391") ? () => undefined : (stryCov_9fa48("1391"), o => stryMutAct_9fa48("1392") ? have.has(o.id) : (stryCov_9fa48("1392"), !have.has(o.id)))).map(stryMutAct_9fa48("1393") ? () => undefined : (stryCov_9fa48("1393"), o => stryMutAct_9fa48("1394") ? {} : (stryCov_9fa48("1394"), {
      userId,
      orgId: o.id,
      isDemo: o.isDemo
    }))));
    return stryMutAct_9fa48("1398") ? countedPairs(app, existing) + countedPairs(app, added) <= cap : stryMutAct_9fa48("1397") ? countedPairs(app, existing) + countedPairs(app, added) >= cap : stryMutAct_9fa48("1396") ? false : stryMutAct_9fa48("1395") ? true : (stryCov_9fa48("1395", "1396", "1397", "1398"), (stryMutAct_9fa48("1399") ? countedPairs(app, existing) - countedPairs(app, added) : (stryCov_9fa48("1399"), countedPairs(app, existing) + countedPairs(app, added))) > cap);
  }
}

/** Apps connected to an organisation, by any user, with their certification facts. */
export type OrgApp = {
  appId: string;
  plan: string;
  certified: boolean;
};

/**
 * An organisation holds at most two uncertified apps. An app already connected there keeps its slot;
 * certified apps and Custom Connections never need one.
 */
export function orgAtUncertifiedCap(app: CapApp, appsOnOrg: OrgApp[]): boolean {
  if (stryMutAct_9fa48("1400")) {
    {}
  } else {
    stryCov_9fa48("1400");
    if (stryMutAct_9fa48("1403") ? false : stryMutAct_9fa48("1402") ? true : stryMutAct_9fa48("1401") ? countsAsUncertified(app) : (stryCov_9fa48("1401", "1402", "1403"), !countsAsUncertified(app))) return stryMutAct_9fa48("1404") ? true : (stryCov_9fa48("1404"), false);
    if (stryMutAct_9fa48("1407") ? appsOnOrg.every(a => a.appId === app.id) : stryMutAct_9fa48("1406") ? false : stryMutAct_9fa48("1405") ? true : (stryCov_9fa48("1405", "1406", "1407"), appsOnOrg.some(stryMutAct_9fa48("1408") ? () => undefined : (stryCov_9fa48("1408"), a => stryMutAct_9fa48("1411") ? a.appId !== app.id : stryMutAct_9fa48("1410") ? false : stryMutAct_9fa48("1409") ? true : (stryCov_9fa48("1409", "1410", "1411"), a.appId === app.id))))) return stryMutAct_9fa48("1412") ? true : (stryCov_9fa48("1412"), false);
    const uncertified = new Set(stryMutAct_9fa48("1413") ? appsOnOrg.map(a => a.appId) : (stryCov_9fa48("1413"), appsOnOrg.filter(stryMutAct_9fa48("1414") ? () => undefined : (stryCov_9fa48("1414"), a => countsAsUncertified(a))).map(stryMutAct_9fa48("1415") ? () => undefined : (stryCov_9fa48("1415"), a => a.appId))));
    return stryMutAct_9fa48("1419") ? uncertified.size < ORG_UNCERTIFIED_CAP : stryMutAct_9fa48("1418") ? uncertified.size > ORG_UNCERTIFIED_CAP : stryMutAct_9fa48("1417") ? false : stryMutAct_9fa48("1416") ? true : (stryCov_9fa48("1416", "1417", "1418", "1419"), uncertified.size >= ORG_UNCERTIFIED_CAP);
  }
}

/** A Custom Connection is bound to one organisation; it can never be consented to another. */
export function customConnectionAllows(boundOrgId: string | null, orgId: string): boolean {
  if (stryMutAct_9fa48("1420")) {
    {}
  } else {
    stryCov_9fa48("1420");
    return stryMutAct_9fa48("1423") ? boundOrgId === null && boundOrgId === orgId : stryMutAct_9fa48("1422") ? false : stryMutAct_9fa48("1421") ? true : (stryCov_9fa48("1421", "1422", "1423"), (stryMutAct_9fa48("1425") ? boundOrgId !== null : stryMutAct_9fa48("1424") ? false : (stryCov_9fa48("1424", "1425"), boundOrgId === null)) || (stryMutAct_9fa48("1427") ? boundOrgId !== orgId : stryMutAct_9fa48("1426") ? false : (stryCov_9fa48("1426", "1427"), boundOrgId === orgId)));
  }
}
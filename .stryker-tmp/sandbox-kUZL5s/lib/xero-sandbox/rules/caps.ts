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
  if (stryMutAct_9fa48("1981")) {
    {}
  } else {
    stryCov_9fa48("1981");
    return stryMutAct_9fa48("1982") ? pairs.length : (stryCov_9fa48("1982"), pairs.filter(stryMutAct_9fa48("1983") ? () => undefined : (stryCov_9fa48("1983"), p => stryMutAct_9fa48("1986") ? app.countDemo && !p.isDemo : stryMutAct_9fa48("1985") ? false : stryMutAct_9fa48("1984") ? true : (stryCov_9fa48("1984", "1985", "1986"), app.countDemo || (stryMutAct_9fa48("1987") ? p.isDemo : (stryCov_9fa48("1987"), !p.isDemo))))).length);
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
  if (stryMutAct_9fa48("1988")) {
    {}
  } else {
    stryCov_9fa48("1988");
    const cap = stryMutAct_9fa48("1989") ? capOverride && capFor(app.plan) : (stryCov_9fa48("1989"), capOverride ?? capFor(app.plan));
    if (stryMutAct_9fa48("1992") ? cap !== null : stryMutAct_9fa48("1991") ? false : stryMutAct_9fa48("1990") ? true : (stryCov_9fa48("1990", "1991", "1992"), cap === null)) return stryMutAct_9fa48("1993") ? true : (stryCov_9fa48("1993"), false);
    const have = new Set(stryMutAct_9fa48("1994") ? existing.map(p => p.orgId) : (stryCov_9fa48("1994"), existing.filter(stryMutAct_9fa48("1995") ? () => undefined : (stryCov_9fa48("1995"), p => stryMutAct_9fa48("1998") ? p.userId !== userId : stryMutAct_9fa48("1997") ? false : stryMutAct_9fa48("1996") ? true : (stryCov_9fa48("1996", "1997", "1998"), p.userId === userId))).map(stryMutAct_9fa48("1999") ? () => undefined : (stryCov_9fa48("1999"), p => p.orgId))));
    const added = stryMutAct_9fa48("2000") ? orgs.map(o => ({
      userId,
      orgId: o.id,
      isDemo: o.isDemo
    })) : (stryCov_9fa48("2000"), orgs.filter(stryMutAct_9fa48("2001") ? () => undefined : (stryCov_9fa48("2001"), o => stryMutAct_9fa48("2002") ? have.has(o.id) : (stryCov_9fa48("2002"), !have.has(o.id)))).map(stryMutAct_9fa48("2003") ? () => undefined : (stryCov_9fa48("2003"), o => stryMutAct_9fa48("2004") ? {} : (stryCov_9fa48("2004"), {
      userId,
      orgId: o.id,
      isDemo: o.isDemo
    }))));
    return stryMutAct_9fa48("2008") ? countedPairs(app, existing) + countedPairs(app, added) <= cap : stryMutAct_9fa48("2007") ? countedPairs(app, existing) + countedPairs(app, added) >= cap : stryMutAct_9fa48("2006") ? false : stryMutAct_9fa48("2005") ? true : (stryCov_9fa48("2005", "2006", "2007", "2008"), (stryMutAct_9fa48("2009") ? countedPairs(app, existing) - countedPairs(app, added) : (stryCov_9fa48("2009"), countedPairs(app, existing) + countedPairs(app, added))) > cap);
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
  if (stryMutAct_9fa48("2010")) {
    {}
  } else {
    stryCov_9fa48("2010");
    if (stryMutAct_9fa48("2013") ? false : stryMutAct_9fa48("2012") ? true : stryMutAct_9fa48("2011") ? countsAsUncertified(app) : (stryCov_9fa48("2011", "2012", "2013"), !countsAsUncertified(app))) return stryMutAct_9fa48("2014") ? true : (stryCov_9fa48("2014"), false);
    if (stryMutAct_9fa48("2017") ? appsOnOrg.every(a => a.appId === app.id) : stryMutAct_9fa48("2016") ? false : stryMutAct_9fa48("2015") ? true : (stryCov_9fa48("2015", "2016", "2017"), appsOnOrg.some(stryMutAct_9fa48("2018") ? () => undefined : (stryCov_9fa48("2018"), a => stryMutAct_9fa48("2021") ? a.appId !== app.id : stryMutAct_9fa48("2020") ? false : stryMutAct_9fa48("2019") ? true : (stryCov_9fa48("2019", "2020", "2021"), a.appId === app.id))))) return stryMutAct_9fa48("2022") ? true : (stryCov_9fa48("2022"), false);
    const uncertified = new Set(stryMutAct_9fa48("2023") ? appsOnOrg.map(a => a.appId) : (stryCov_9fa48("2023"), appsOnOrg.filter(stryMutAct_9fa48("2024") ? () => undefined : (stryCov_9fa48("2024"), a => countsAsUncertified(a))).map(stryMutAct_9fa48("2025") ? () => undefined : (stryCov_9fa48("2025"), a => a.appId))));
    return stryMutAct_9fa48("2029") ? uncertified.size < ORG_UNCERTIFIED_CAP : stryMutAct_9fa48("2028") ? uncertified.size > ORG_UNCERTIFIED_CAP : stryMutAct_9fa48("2027") ? false : stryMutAct_9fa48("2026") ? true : (stryCov_9fa48("2026", "2027", "2028", "2029"), uncertified.size >= ORG_UNCERTIFIED_CAP);
  }
}

/** A Custom Connection is bound to one organisation; it can never be consented to another. */
export function customConnectionAllows(boundOrgId: string | null, orgId: string): boolean {
  if (stryMutAct_9fa48("2030")) {
    {}
  } else {
    stryCov_9fa48("2030");
    return stryMutAct_9fa48("2033") ? boundOrgId === null && boundOrgId === orgId : stryMutAct_9fa48("2032") ? false : stryMutAct_9fa48("2031") ? true : (stryCov_9fa48("2031", "2032", "2033"), (stryMutAct_9fa48("2035") ? boundOrgId !== null : stryMutAct_9fa48("2034") ? false : (stryCov_9fa48("2034", "2035"), boundOrgId === null)) || (stryMutAct_9fa48("2037") ? boundOrgId !== orgId : stryMutAct_9fa48("2036") ? false : (stryCov_9fa48("2036", "2037"), boundOrgId === orgId)));
  }
}
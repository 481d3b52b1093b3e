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
import type { XeroConnection } from "@/lib/xero/connections";

// Pure: given what we hold for one grant and what Xero lists for that user now, decide what changes.
// Xero's list is the truth for this user: new ids are added, known ones refreshed, missing ones vanished.

export type HeldConnection = {
  id: string;
  status: "active" | "stale" | "disconnected";
  tenantName: string;
};
export type ReconcilePlan = {
  added: XeroConnection[];
  updated: XeroConnection[];
  /** Held and not disconnected, but Xero no longer lists them: disconnected on Xero's side. */
  vanished: string[];
};
export function planReconcile(held: HeldConnection[], listed: XeroConnection[]): ReconcilePlan {
  if (stryMutAct_9fa48("189")) {
    {}
  } else {
    stryCov_9fa48("189");
    const heldById = new Map(held.map(stryMutAct_9fa48("190") ? () => undefined : (stryCov_9fa48("190"), c => stryMutAct_9fa48("191") ? [] : (stryCov_9fa48("191"), [c.id, c]))));
    const listedIds = new Set(listed.map(stryMutAct_9fa48("192") ? () => undefined : (stryCov_9fa48("192"), c => c.id)));
    return stryMutAct_9fa48("193") ? {} : (stryCov_9fa48("193"), {
      added: stryMutAct_9fa48("194") ? listed : (stryCov_9fa48("194"), listed.filter(stryMutAct_9fa48("195") ? () => undefined : (stryCov_9fa48("195"), c => stryMutAct_9fa48("198") ? !heldById.has(c.id) && heldById.get(c.id)!.status === "disconnected" : stryMutAct_9fa48("197") ? false : stryMutAct_9fa48("196") ? true : (stryCov_9fa48("196", "197", "198"), (stryMutAct_9fa48("199") ? heldById.has(c.id) : (stryCov_9fa48("199"), !heldById.has(c.id))) || (stryMutAct_9fa48("201") ? heldById.get(c.id)!.status !== "disconnected" : stryMutAct_9fa48("200") ? false : (stryCov_9fa48("200", "201"), heldById.get(c.id)!.status === (stryMutAct_9fa48("202") ? "" : (stryCov_9fa48("202"), "disconnected")))))))),
      updated: stryMutAct_9fa48("203") ? listed : (stryCov_9fa48("203"), listed.filter(stryMutAct_9fa48("204") ? () => undefined : (stryCov_9fa48("204"), c => stryMutAct_9fa48("207") ? heldById.has(c.id) || heldById.get(c.id)!.status !== "disconnected" : stryMutAct_9fa48("206") ? false : stryMutAct_9fa48("205") ? true : (stryCov_9fa48("205", "206", "207"), heldById.has(c.id) && (stryMutAct_9fa48("209") ? heldById.get(c.id)!.status === "disconnected" : stryMutAct_9fa48("208") ? true : (stryCov_9fa48("208", "209"), heldById.get(c.id)!.status !== (stryMutAct_9fa48("210") ? "" : (stryCov_9fa48("210"), "disconnected")))))))),
      vanished: stryMutAct_9fa48("211") ? held.map(c => c.id) : (stryCov_9fa48("211"), held.filter(stryMutAct_9fa48("212") ? () => undefined : (stryCov_9fa48("212"), c => stryMutAct_9fa48("215") ? c.status !== "disconnected" || !listedIds.has(c.id) : stryMutAct_9fa48("214") ? false : stryMutAct_9fa48("213") ? true : (stryCov_9fa48("213", "214", "215"), (stryMutAct_9fa48("217") ? c.status === "disconnected" : stryMutAct_9fa48("216") ? true : (stryCov_9fa48("216", "217"), c.status !== (stryMutAct_9fa48("218") ? "" : (stryCov_9fa48("218"), "disconnected")))) && (stryMutAct_9fa48("219") ? listedIds.has(c.id) : (stryCov_9fa48("219"), !listedIds.has(c.id)))))).map(stryMutAct_9fa48("220") ? () => undefined : (stryCov_9fa48("220"), c => c.id)))
    });
  }
}

/** Xero does not flag demo companies in /connections; their names are fixed ("Demo Company (NZ)"). */
export function isDemoCompany(tenantName: string | null): boolean {
  if (stryMutAct_9fa48("221")) {
    {}
  } else {
    stryCov_9fa48("221");
    return (stryMutAct_9fa48("222") ? /Demo Company\b/i : (stryCov_9fa48("222"), /^Demo Company\b/i)).test(stryMutAct_9fa48("223") ? tenantName && "" : (stryCov_9fa48("223"), tenantName ?? (stryMutAct_9fa48("224") ? "Stryker was here!" : (stryCov_9fa48("224"), ""))));
  }
}
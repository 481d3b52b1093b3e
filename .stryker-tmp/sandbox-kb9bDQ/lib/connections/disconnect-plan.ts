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
import { effectiveCap } from "@/lib/limits/plans";

// Pure: what disconnecting a selection frees, per app, for the dry run shown before anything happens.

export type SelectedConnection = {
  id: string;
  appId: string;
  appName: string;
  plan: string;
  capOverride: number | null;
  countDemoCompanies: boolean;
  isDemo: boolean;
  status: "active" | "stale" | "disconnected";
  /** The app's counted connections now. */
  appCount: number;
};
export type AppFreeing = {
  appId: string;
  appName: string;
  selected: number;
  frees: number;
  count: number;
  cap: number | null;
  sentence: string;
};
export type DisconnectPlan = {
  total: number;
  skipped: number;
  apps: AppFreeing[];
  summary: string;
};
const plural = stryMutAct_9fa48("145") ? () => undefined : (stryCov_9fa48("145"), (() => {
  const plural = (n: number, word: string) => stryMutAct_9fa48("146") ? `` : (stryCov_9fa48("146"), `${n.toLocaleString()} ${word}${(stryMutAct_9fa48("149") ? n !== 1 : stryMutAct_9fa48("148") ? false : stryMutAct_9fa48("147") ? true : (stryCov_9fa48("147", "148", "149"), n === 1)) ? stryMutAct_9fa48("150") ? "Stryker was here!" : (stryCov_9fa48("150"), "") : stryMutAct_9fa48("151") ? "" : (stryCov_9fa48("151"), "s")}`);
  return plural;
})());
export function planDisconnect(selection: SelectedConnection[]): DisconnectPlan {
  if (stryMutAct_9fa48("152")) {
    {}
  } else {
    stryCov_9fa48("152");
    const live = stryMutAct_9fa48("153") ? selection : (stryCov_9fa48("153"), selection.filter(stryMutAct_9fa48("154") ? () => undefined : (stryCov_9fa48("154"), c => stryMutAct_9fa48("157") ? c.status === "disconnected" : stryMutAct_9fa48("156") ? false : stryMutAct_9fa48("155") ? true : (stryCov_9fa48("155", "156", "157"), c.status !== (stryMutAct_9fa48("158") ? "" : (stryCov_9fa48("158"), "disconnected"))))));
    const byApp = new Map<string, SelectedConnection[]>();
    for (const c of live) byApp.set(c.appId, stryMutAct_9fa48("159") ? [] : (stryCov_9fa48("159"), [...(stryMutAct_9fa48("160") ? byApp.get(c.appId) && [] : (stryCov_9fa48("160"), byApp.get(c.appId) ?? (stryMutAct_9fa48("161") ? ["Stryker was here"] : (stryCov_9fa48("161"), [])))), c]));
    // By app name, so the same selection always reads the same.
    const groups = stryMutAct_9fa48("162") ? [...byApp.values()] : (stryCov_9fa48("162"), (stryMutAct_9fa48("163") ? [] : (stryCov_9fa48("163"), [...byApp.values()])).sort(stryMutAct_9fa48("164") ? () => undefined : (stryCov_9fa48("164"), (a, b) => a[0]!.appName.localeCompare(b[0]!.appName))));
    const apps = groups.map((group): AppFreeing => {
      if (stryMutAct_9fa48("165")) {
        {}
      } else {
        stryCov_9fa48("165");
        const first = group[0]!;
        const cap = effectiveCap(first);
        const frees = stryMutAct_9fa48("166") ? group.length : (stryCov_9fa48("166"), group.filter(stryMutAct_9fa48("167") ? () => undefined : (stryCov_9fa48("167"), c => stryMutAct_9fa48("170") ? !c.isDemo && c.countDemoCompanies : stryMutAct_9fa48("169") ? false : stryMutAct_9fa48("168") ? true : (stryCov_9fa48("168", "169", "170"), (stryMutAct_9fa48("171") ? c.isDemo : (stryCov_9fa48("171"), !c.isDemo)) || c.countDemoCompanies))).length);
        const slots = (stryMutAct_9fa48("174") ? cap !== null : stryMutAct_9fa48("173") ? false : stryMutAct_9fa48("172") ? true : (stryCov_9fa48("172", "173", "174"), cap === null)) ? stryMutAct_9fa48("175") ? `` : (stryCov_9fa48("175"), `frees ${plural(frees, stryMutAct_9fa48("176") ? "" : (stryCov_9fa48("176"), "connection"))} on ${first.appName} (no cap)`) : stryMutAct_9fa48("177") ? `` : (stryCov_9fa48("177"), `frees ${frees} of ${cap.toLocaleString()} slots on ${first.appName}`);
        return stryMutAct_9fa48("178") ? {} : (stryCov_9fa48("178"), {
          appId: first.appId,
          appName: first.appName,
          selected: group.length,
          frees,
          count: first.appCount,
          cap,
          sentence: stryMutAct_9fa48("179") ? `` : (stryCov_9fa48("179"), `Disconnect ${plural(group.length, stryMutAct_9fa48("180") ? "" : (stryCov_9fa48("180"), "connection"))}: ${slots}`)
        });
      }
    });
    const summary = (stryMutAct_9fa48("183") ? apps.length !== 0 : stryMutAct_9fa48("182") ? false : stryMutAct_9fa48("181") ? true : (stryCov_9fa48("181", "182", "183"), apps.length === 0)) ? stryMutAct_9fa48("184") ? "" : (stryCov_9fa48("184"), "Nothing to disconnect: every selected connection is already disconnected.") : apps.map(stryMutAct_9fa48("185") ? () => undefined : (stryCov_9fa48("185"), a => a.sentence)).join(stryMutAct_9fa48("186") ? "" : (stryCov_9fa48("186"), "; "));
    return stryMutAct_9fa48("187") ? {} : (stryCov_9fa48("187"), {
      total: live.length,
      skipped: stryMutAct_9fa48("188") ? selection.length + live.length : (stryCov_9fa48("188"), selection.length - live.length),
      apps,
      summary
    });
  }
}
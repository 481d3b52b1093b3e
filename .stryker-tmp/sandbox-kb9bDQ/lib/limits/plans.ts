// @ts-nocheck
// Xero's connection limits as data (FACTS Part A 1). Both the dashboard's rules and the sandbox read
// these, so the product and its local Xero can never disagree about a cap.
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
export const PLANS = ["legacy-uncertified", "legacy-certified", "starter", "core", "plus", "advanced", "enterprise", "custom-connection"] as const;
export type Plan = (typeof PLANS)[number];
export type Regime = "legacy" | "tiers" | "custom";
type PlanRule = {
  label: string;
  /** App connection cap; null = no cap. A Custom Connection serves exactly one organisation. */
  cap: number | null;
  regime: Regime;
  /** Takes one of an organisation's 2 uncertified-app slots unless the app is certified. */
  uncertifiedUnlessCertified: boolean;
  /** Per-tenant daily API budget (FACTS A9). */
  dayLimit: number;
};
export const PLAN_RULES: Record<Plan, PlanRule> = stryMutAct_9fa48("959") ? {} : (stryCov_9fa48("959"), {
  "legacy-uncertified": stryMutAct_9fa48("960") ? {} : (stryCov_9fa48("960"), {
    label: stryMutAct_9fa48("961") ? "" : (stryCov_9fa48("961"), "Legacy, uncertified (25 cap, 2019 – Mar 2026)"),
    cap: 25,
    regime: stryMutAct_9fa48("962") ? "" : (stryCov_9fa48("962"), "legacy"),
    uncertifiedUnlessCertified: stryMutAct_9fa48("963") ? false : (stryCov_9fa48("963"), true),
    dayLimit: 5000
  }),
  "legacy-certified": stryMutAct_9fa48("964") ? {} : (stryCov_9fa48("964"), {
    label: stryMutAct_9fa48("965") ? "" : (stryCov_9fa48("965"), "Legacy, certified partner (no cap)"),
    cap: null,
    regime: stryMutAct_9fa48("966") ? "" : (stryCov_9fa48("966"), "legacy"),
    uncertifiedUnlessCertified: stryMutAct_9fa48("967") ? true : (stryCov_9fa48("967"), false),
    dayLimit: 5000
  }),
  starter: stryMutAct_9fa48("968") ? {} : (stryCov_9fa48("968"), {
    label: stryMutAct_9fa48("969") ? "" : (stryCov_9fa48("969"), "Starter (5)"),
    cap: 5,
    regime: stryMutAct_9fa48("970") ? "" : (stryCov_9fa48("970"), "tiers"),
    uncertifiedUnlessCertified: stryMutAct_9fa48("971") ? false : (stryCov_9fa48("971"), true),
    dayLimit: 1000
  }),
  core: stryMutAct_9fa48("972") ? {} : (stryCov_9fa48("972"), {
    label: stryMutAct_9fa48("973") ? "" : (stryCov_9fa48("973"), "Core (50)"),
    cap: 50,
    regime: stryMutAct_9fa48("974") ? "" : (stryCov_9fa48("974"), "tiers"),
    uncertifiedUnlessCertified: stryMutAct_9fa48("975") ? false : (stryCov_9fa48("975"), true),
    dayLimit: 5000
  }),
  plus: stryMutAct_9fa48("976") ? {} : (stryCov_9fa48("976"), {
    label: stryMutAct_9fa48("977") ? "" : (stryCov_9fa48("977"), "Plus (1,000)"),
    cap: 1000,
    regime: stryMutAct_9fa48("978") ? "" : (stryCov_9fa48("978"), "tiers"),
    uncertifiedUnlessCertified: stryMutAct_9fa48("979") ? true : (stryCov_9fa48("979"), false),
    dayLimit: 5000
  }),
  advanced: stryMutAct_9fa48("980") ? {} : (stryCov_9fa48("980"), {
    label: stryMutAct_9fa48("981") ? "" : (stryCov_9fa48("981"), "Advanced (10,000)"),
    cap: 10000,
    regime: stryMutAct_9fa48("982") ? "" : (stryCov_9fa48("982"), "tiers"),
    uncertifiedUnlessCertified: stryMutAct_9fa48("983") ? true : (stryCov_9fa48("983"), false),
    dayLimit: 5000
  }),
  enterprise: stryMutAct_9fa48("984") ? {} : (stryCov_9fa48("984"), {
    label: stryMutAct_9fa48("985") ? "" : (stryCov_9fa48("985"), "Enterprise (no cap)"),
    cap: null,
    regime: stryMutAct_9fa48("986") ? "" : (stryCov_9fa48("986"), "tiers"),
    uncertifiedUnlessCertified: stryMutAct_9fa48("987") ? true : (stryCov_9fa48("987"), false),
    dayLimit: 5000
  }),
  "custom-connection": stryMutAct_9fa48("988") ? {} : (stryCov_9fa48("988"), {
    label: stryMutAct_9fa48("989") ? "" : (stryCov_9fa48("989"), "Custom Connection (one organisation)"),
    cap: 1,
    regime: stryMutAct_9fa48("990") ? "" : (stryCov_9fa48("990"), "custom"),
    uncertifiedUnlessCertified: stryMutAct_9fa48("991") ? true : (stryCov_9fa48("991"), false),
    dayLimit: 5000
  })
});
export const DEFAULT_PLAN: Plan = stryMutAct_9fa48("992") ? "" : (stryCov_9fa48("992"), "starter");
export const ORG_UNCERTIFIED_CAP = 2;
/** At this many connections Xero expects an annual security self-assessment. */
export const SECURITY_ASSESSMENT_AT = 1000;
/** Tiered plans started on this day; apps created since must use granular scopes. */
export const TIERS_START = new Date(stryMutAct_9fa48("993") ? "" : (stryCov_9fa48("993"), "2026-03-02T00:00:00Z"));
export const ORG_CAP_MESSAGE = stryMutAct_9fa48("994") ? "" : (stryCov_9fa48("994"), "This organisation is already connected to the maximum number of allowed uncertified apps");
export const isPlan = stryMutAct_9fa48("995") ? () => undefined : (stryCov_9fa48("995"), (() => {
  const isPlan = (value: string): value is Plan => (PLANS as readonly string[]).includes(value);
  return isPlan;
})());
export function planRule(plan: string): PlanRule {
  if (stryMutAct_9fa48("996")) {
    {}
  } else {
    stryCov_9fa48("996");
    return isPlan(plan) ? PLAN_RULES[plan] : PLAN_RULES[DEFAULT_PLAN];
  }
}

/** Whether the app takes one of an organisation's two uncertified-app slots. Custom Connections never do. */
export function countsAsUncertified(app: {
  plan: string;
  certified: boolean;
}): boolean {
  if (stryMutAct_9fa48("997")) {
    {}
  } else {
    stryCov_9fa48("997");
    if (stryMutAct_9fa48("1000") ? app.plan !== "legacy-uncertified" : stryMutAct_9fa48("999") ? false : stryMutAct_9fa48("998") ? true : (stryCov_9fa48("998", "999", "1000"), app.plan === (stryMutAct_9fa48("1001") ? "" : (stryCov_9fa48("1001"), "legacy-uncertified")))) return stryMutAct_9fa48("1002") ? false : (stryCov_9fa48("1002"), true);
    return stryMutAct_9fa48("1005") ? isPlan(app.plan) && PLAN_RULES[app.plan].uncertifiedUnlessCertified || !app.certified : stryMutAct_9fa48("1004") ? false : stryMutAct_9fa48("1003") ? true : (stryCov_9fa48("1003", "1004", "1005"), (stryMutAct_9fa48("1007") ? isPlan(app.plan) || PLAN_RULES[app.plan].uncertifiedUnlessCertified : stryMutAct_9fa48("1006") ? true : (stryCov_9fa48("1006", "1007"), isPlan(app.plan) && PLAN_RULES[app.plan].uncertifiedUnlessCertified)) && (stryMutAct_9fa48("1008") ? app.certified : (stryCov_9fa48("1008"), !app.certified)));
  }
}

/** The cap in force: an override (Xero raises caps for practices on request) wins over the plan's. */
export function effectiveCap(app: {
  plan: string;
  capOverride?: number | null;
}): number | null {
  if (stryMutAct_9fa48("1009")) {
    {}
  } else {
    stryCov_9fa48("1009");
    return stryMutAct_9fa48("1010") ? app.capOverride && planRule(app.plan).cap : (stryCov_9fa48("1010"), app.capOverride ?? planRule(app.plan).cap);
  }
}

/** The limit screen's wording, by regime (FACTS A6). */
export function limitScreenMessage(app: {
  name: string;
  plan: string;
}): string {
  if (stryMutAct_9fa48("1011")) {
    {}
  } else {
    stryCov_9fa48("1011");
    if (stryMutAct_9fa48("1014") ? planRule(app.plan).regime !== "legacy" : stryMutAct_9fa48("1013") ? false : stryMutAct_9fa48("1012") ? true : (stryCov_9fa48("1012", "1013", "1014"), planRule(app.plan).regime === (stryMutAct_9fa48("1015") ? "" : (stryCov_9fa48("1015"), "legacy")))) return stryMutAct_9fa48("1016") ? `` : (stryCov_9fa48("1016"), `${app.name} needs to complete certification before they can connect to more Xero organisations`);
    return stryMutAct_9fa48("1017") ? `` : (stryCov_9fa48("1017"), `Sorry! ${app.name} has reached their Xero connection limit, please let them know so they can connect more Xero organisations`);
  }
}
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
import { z } from "zod";
import { toQueryString } from "@/lib/url";

// A diagnosis lives in the URL (GET form): the same address reproduces it for whoever opens it.

const text = stryMutAct_9fa48("937") ? () => undefined : (stryCov_9fa48("937"), (() => {
  const text = (max: number) => stryMutAct_9fa48("939") ? z.string().max(max).optional().catch(undefined).transform(v => v || undefined) : stryMutAct_9fa48("938") ? z.string().trim().min(max).optional().catch(undefined).transform(v => v || undefined) : (stryCov_9fa48("938", "939"), z.string().trim().max(max).optional().catch(undefined).transform(stryMutAct_9fa48("940") ? () => undefined : (stryCov_9fa48("940"), v => stryMutAct_9fa48("943") ? v && undefined : stryMutAct_9fa48("942") ? false : stryMutAct_9fa48("941") ? true : (stryCov_9fa48("941", "942", "943"), v || undefined))));
  return text;
})());
export const diagnoseInputSchema = z.object(stryMutAct_9fa48("944") ? {} : (stryCov_9fa48("944"), {
  message: text(5000),
  app: z.string().uuid().optional().catch(undefined),
  org: text(200),
  user: text(200)
}));
export type DiagnoseInput = Partial<z.infer<typeof diagnoseInputSchema>>;
export function parseDiagnoseInput(params: Record<string, string | string[] | undefined>): DiagnoseInput {
  if (stryMutAct_9fa48("945")) {
    {}
  } else {
    stryCov_9fa48("945");
    const flat = Object.fromEntries(Object.entries(params).map(stryMutAct_9fa48("946") ? () => undefined : (stryCov_9fa48("946"), ([k, v]) => stryMutAct_9fa48("947") ? [] : (stryCov_9fa48("947"), [k, Array.isArray(v) ? v[0] : v]))));
    const parsed = diagnoseInputSchema.safeParse(flat);
    return parsed.success ? parsed.data : {};
  }
}
export const hasInput = stryMutAct_9fa48("948") ? () => undefined : (stryCov_9fa48("948"), (() => {
  const hasInput = (i: DiagnoseInput) => Boolean(stryMutAct_9fa48("951") ? (i.message || i.app || i.org) && i.user : stryMutAct_9fa48("950") ? false : stryMutAct_9fa48("949") ? true : (stryCov_9fa48("949", "950", "951"), (stryMutAct_9fa48("953") ? (i.message || i.app) && i.org : stryMutAct_9fa48("952") ? false : (stryCov_9fa48("952", "953"), (stryMutAct_9fa48("955") ? i.message && i.app : stryMutAct_9fa48("954") ? false : (stryCov_9fa48("954", "955"), i.message || i.app)) || i.org)) || i.user));
  return hasInput;
})());
export function diagnosePath(i: DiagnoseInput): string {
  if (stryMutAct_9fa48("956")) {
    {}
  } else {
    stryCov_9fa48("956");
    return stryMutAct_9fa48("957") ? `` : (stryCov_9fa48("957"), `/diagnose${toQueryString(stryMutAct_9fa48("958") ? {} : (stryCov_9fa48("958"), {
      message: i.message,
      app: i.app,
      org: i.org,
      user: i.user
    }))}`);
  }
}
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
export const signInSchema = z.object(stryMutAct_9fa48("47") ? {} : (stryCov_9fa48("47"), {
  email: stryMutAct_9fa48("49") ? z.string().min(1, "Enter your email address.").email("Enter a valid email address.") : stryMutAct_9fa48("48") ? z.string().trim().max(1, "Enter your email address.").email("Enter a valid email address.") : (stryCov_9fa48("48", "49"), z.string().trim().min(1, stryMutAct_9fa48("50") ? "" : (stryCov_9fa48("50"), "Enter your email address.")).email(stryMutAct_9fa48("51") ? "" : (stryCov_9fa48("51"), "Enter a valid email address."))),
  password: stryMutAct_9fa48("52") ? z.string().max(1, "Enter your password.") : (stryCov_9fa48("52"), z.string().min(1, stryMutAct_9fa48("53") ? "" : (stryCov_9fa48("53"), "Enter your password."))),
  callbackUrl: z.string().optional()
}));

/** Only same-site paths may be returned to after sign-in (no open redirects). */
export function safeCallbackUrl(value: string | undefined | null): string {
  if (stryMutAct_9fa48("54")) {
    {}
  } else {
    stryCov_9fa48("54");
    if (stryMutAct_9fa48("57") ? (!value || !value.startsWith("/") || value.startsWith("//")) && value.startsWith("/\\") : stryMutAct_9fa48("56") ? false : stryMutAct_9fa48("55") ? true : (stryCov_9fa48("55", "56", "57"), (stryMutAct_9fa48("59") ? (!value || !value.startsWith("/")) && value.startsWith("//") : stryMutAct_9fa48("58") ? false : (stryCov_9fa48("58", "59"), (stryMutAct_9fa48("61") ? !value && !value.startsWith("/") : stryMutAct_9fa48("60") ? false : (stryCov_9fa48("60", "61"), (stryMutAct_9fa48("62") ? value : (stryCov_9fa48("62"), !value)) || (stryMutAct_9fa48("63") ? value.startsWith("/") : (stryCov_9fa48("63"), !(stryMutAct_9fa48("64") ? value.endsWith("/") : (stryCov_9fa48("64"), value.startsWith(stryMutAct_9fa48("65") ? "" : (stryCov_9fa48("65"), "/")))))))) || (stryMutAct_9fa48("66") ? value.endsWith("//") : (stryCov_9fa48("66"), value.startsWith(stryMutAct_9fa48("67") ? "" : (stryCov_9fa48("67"), "//")))))) || (stryMutAct_9fa48("68") ? value.endsWith("/\\") : (stryCov_9fa48("68"), value.startsWith(stryMutAct_9fa48("69") ? "" : (stryCov_9fa48("69"), "/\\")))))) return stryMutAct_9fa48("70") ? "" : (stryCov_9fa48("70"), "/");
    if (stryMutAct_9fa48("73") ? value.startsWith("/sign-in") && value.startsWith("/api/") : stryMutAct_9fa48("72") ? false : stryMutAct_9fa48("71") ? true : (stryCov_9fa48("71", "72", "73"), (stryMutAct_9fa48("74") ? value.endsWith("/sign-in") : (stryCov_9fa48("74"), value.startsWith(stryMutAct_9fa48("75") ? "" : (stryCov_9fa48("75"), "/sign-in")))) || (stryMutAct_9fa48("76") ? value.endsWith("/api/") : (stryCov_9fa48("76"), value.startsWith(stryMutAct_9fa48("77") ? "" : (stryCov_9fa48("77"), "/api/")))))) return stryMutAct_9fa48("78") ? "" : (stryCov_9fa48("78"), "/");
    return value;
  }
}
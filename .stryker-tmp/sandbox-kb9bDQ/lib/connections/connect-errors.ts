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
import { XeroError, XeroOAuthError } from "@/lib/xero/errors";

// Why a connect attempt ended without connecting, as a code the app page turns back into a message.
// Codes (not free text) travel in the redirect URL, so nobody can put words in our mouth.

export const connectErrors = {
  cancelled: "You cancelled in Xero, so nothing was connected. Choose Connect organisation to try again.",
  state: "This return from Xero does not match a connect request from this dashboard (it expired after 10 minutes, was already used, or was started by someone else). Nothing was connected. Start again with Connect organisation.",
  code_rejected: "Xero refused the authorisation code: it had expired or was already used (codes last 5 minutes and work once). Nothing was connected. Choose Connect organisation again.",
  client_rejected: "Xero did not accept this app's client id or secret. Check the credentials on this page (replace the secret if it was regenerated in Xero), then connect again.",
  scope_rejected: "Xero refused the scopes this app asks for. Check the app's scopes (apps created since 2 March 2026 need granular scopes), then connect again.",
  identity: "Xero's answer could not be verified (the id token was invalid). Nothing was connected. Try again; if it keeps happening, check the app's client id.",
  rate_limited: "Xero is limiting how fast this app may call it. Nothing was connected. Wait a minute and connect again.",
  unavailable: "Xero did not answer properly (an error or a timeout on its side). Nothing was connected. Try again in a few minutes.",
  no_organisation: "Xero returned no organisation for this consent, so nothing new was connected. Pick at least one organisation in Xero's screen.",
  not_custom: "Only Custom Connections connect with client credentials. Use Connect organisation for this app.",
  xero_error: "Xero returned an error and nothing was connected. Try again.",
  forbidden: "Your role does not allow you to connect organisations. Ask an administrator or developer."
} as const;
export type ConnectErrorCode = keyof typeof connectErrors;
export function connectErrorCode(error: unknown): ConnectErrorCode {
  if (stryMutAct_9fa48("79")) {
    {}
  } else {
    stryCov_9fa48("79");
    if (stryMutAct_9fa48("81") ? false : stryMutAct_9fa48("80") ? true : (stryCov_9fa48("80", "81"), error instanceof XeroOAuthError)) {
      if (stryMutAct_9fa48("82")) {
        {}
      } else {
        stryCov_9fa48("82");
        if (stryMutAct_9fa48("85") ? error.code !== "access_denied" : stryMutAct_9fa48("84") ? false : stryMutAct_9fa48("83") ? true : (stryCov_9fa48("83", "84", "85"), error.code === (stryMutAct_9fa48("86") ? "" : (stryCov_9fa48("86"), "access_denied")))) return stryMutAct_9fa48("87") ? "" : (stryCov_9fa48("87"), "cancelled");
        if (stryMutAct_9fa48("90") ? error.code !== "invalid_grant" : stryMutAct_9fa48("89") ? false : stryMutAct_9fa48("88") ? true : (stryCov_9fa48("88", "89", "90"), error.code === (stryMutAct_9fa48("91") ? "" : (stryCov_9fa48("91"), "invalid_grant")))) return stryMutAct_9fa48("92") ? "" : (stryCov_9fa48("92"), "code_rejected");
        if (stryMutAct_9fa48("95") ? error.code !== "invalid_client" : stryMutAct_9fa48("94") ? false : stryMutAct_9fa48("93") ? true : (stryCov_9fa48("93", "94", "95"), error.code === (stryMutAct_9fa48("96") ? "" : (stryCov_9fa48("96"), "invalid_client")))) return stryMutAct_9fa48("97") ? "" : (stryCov_9fa48("97"), "client_rejected");
        if (stryMutAct_9fa48("100") ? error.code !== "unauthorized_client" : stryMutAct_9fa48("99") ? false : stryMutAct_9fa48("98") ? true : (stryCov_9fa48("98", "99", "100"), error.code === (stryMutAct_9fa48("101") ? "" : (stryCov_9fa48("101"), "unauthorized_client")))) return stryMutAct_9fa48("102") ? "" : (stryCov_9fa48("102"), "not_custom");
        if (stryMutAct_9fa48("105") ? error.code !== "invalid_scope" : stryMutAct_9fa48("104") ? false : stryMutAct_9fa48("103") ? true : (stryCov_9fa48("103", "104", "105"), error.code === (stryMutAct_9fa48("106") ? "" : (stryCov_9fa48("106"), "invalid_scope")))) return stryMutAct_9fa48("107") ? "" : (stryCov_9fa48("107"), "scope_rejected");
        return stryMutAct_9fa48("108") ? "" : (stryCov_9fa48("108"), "xero_error");
      }
    }
    if (stryMutAct_9fa48("110") ? false : stryMutAct_9fa48("109") ? true : (stryCov_9fa48("109", "110"), error instanceof XeroError)) {
      if (stryMutAct_9fa48("111")) {
        {}
      } else {
        stryCov_9fa48("111");
        if (stryMutAct_9fa48("114") ? error.category !== "id_token" : stryMutAct_9fa48("113") ? false : stryMutAct_9fa48("112") ? true : (stryCov_9fa48("112", "113", "114"), error.category === (stryMutAct_9fa48("115") ? "" : (stryCov_9fa48("115"), "id_token")))) return stryMutAct_9fa48("116") ? "" : (stryCov_9fa48("116"), "identity");
        if (stryMutAct_9fa48("119") ? error.category !== "rate_limit" : stryMutAct_9fa48("118") ? false : stryMutAct_9fa48("117") ? true : (stryCov_9fa48("117", "118", "119"), error.category === (stryMutAct_9fa48("120") ? "" : (stryCov_9fa48("120"), "rate_limit")))) return stryMutAct_9fa48("121") ? "" : (stryCov_9fa48("121"), "rate_limited");
        if (stryMutAct_9fa48("124") ? (error.category === "network" || error.category === "api") && error.category === "protocol" : stryMutAct_9fa48("123") ? false : stryMutAct_9fa48("122") ? true : (stryCov_9fa48("122", "123", "124"), (stryMutAct_9fa48("126") ? error.category === "network" && error.category === "api" : stryMutAct_9fa48("125") ? false : (stryCov_9fa48("125", "126"), (stryMutAct_9fa48("128") ? error.category !== "network" : stryMutAct_9fa48("127") ? false : (stryCov_9fa48("127", "128"), error.category === (stryMutAct_9fa48("129") ? "" : (stryCov_9fa48("129"), "network")))) || (stryMutAct_9fa48("131") ? error.category !== "api" : stryMutAct_9fa48("130") ? false : (stryCov_9fa48("130", "131"), error.category === (stryMutAct_9fa48("132") ? "" : (stryCov_9fa48("132"), "api")))))) || (stryMutAct_9fa48("134") ? error.category !== "protocol" : stryMutAct_9fa48("133") ? false : (stryCov_9fa48("133", "134"), error.category === (stryMutAct_9fa48("135") ? "" : (stryCov_9fa48("135"), "protocol")))))) return stryMutAct_9fa48("136") ? "" : (stryCov_9fa48("136"), "unavailable");
      }
    }
    return stryMutAct_9fa48("137") ? "" : (stryCov_9fa48("137"), "xero_error");
  }
}
export function isConnectErrorCode(value: unknown): value is ConnectErrorCode {
  if (stryMutAct_9fa48("138")) {
    {}
  } else {
    stryCov_9fa48("138");
    return stryMutAct_9fa48("141") ? typeof value === "string" || value in connectErrors : stryMutAct_9fa48("140") ? false : stryMutAct_9fa48("139") ? true : (stryCov_9fa48("139", "140", "141"), (stryMutAct_9fa48("143") ? typeof value !== "string" : stryMutAct_9fa48("142") ? true : (stryCov_9fa48("142", "143"), typeof value === (stryMutAct_9fa48("144") ? "" : (stryCov_9fa48("144"), "string")))) && value in connectErrors);
  }
}
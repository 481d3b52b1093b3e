// @ts-nocheck
// Staleness reason codes as data: what each is called, what to do about it, and which action wins
// when a connection has several. Pure and client-safe (the stale view and Diagnose both show these).
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
export const staleReasonCodes = ["needs_reauth", "refresh_expired", "refresh_expiring", "org_forbidden", "earlier_sign_in", "duplicate", "idle", "vanished"] as const;
export type StaleReasonCode = (typeof staleReasonCodes)[number];
type ReasonInfo = {
  label: string;
  /** The recommended action, in the imperative. */
  action: string;
  /** Whether disconnecting from the dashboard is the fix (it needs the grant's working token). */
  disconnect: boolean;
};
export const reasonInfo: Record<StaleReasonCode, ReasonInfo> = stryMutAct_9fa48("1139") ? {} : (stryCov_9fa48("1139"), {
  needs_reauth: stryMutAct_9fa48("1140") ? {} : (stryCov_9fa48("1140"), {
    label: stryMutAct_9fa48("1141") ? "" : (stryCov_9fa48("1141"), "Needs re-authorisation"),
    action: stryMutAct_9fa48("1142") ? "" : (stryCov_9fa48("1142"), "Ask the Xero user to connect again. If the organisation no longer needs the app, disconnect it from Xero's Connected Apps screen instead: without a working token the dashboard cannot."),
    disconnect: stryMutAct_9fa48("1143") ? true : (stryCov_9fa48("1143"), false)
  }),
  refresh_expired: stryMutAct_9fa48("1144") ? {} : (stryCov_9fa48("1144"), {
    label: stryMutAct_9fa48("1145") ? "" : (stryCov_9fa48("1145"), "Refresh token expired"),
    action: stryMutAct_9fa48("1146") ? "" : (stryCov_9fa48("1146"), "Ask the Xero user to connect again: no refresh can revive a token past Xero's 60-day idle limit."),
    disconnect: stryMutAct_9fa48("1147") ? true : (stryCov_9fa48("1147"), false)
  }),
  refresh_expiring: stryMutAct_9fa48("1148") ? {} : (stryCov_9fa48("1148"), {
    label: stryMutAct_9fa48("1149") ? "" : (stryCov_9fa48("1149"), "Refresh token about to expire"),
    action: stryMutAct_9fa48("1150") ? "" : (stryCov_9fa48("1150"), "Sync the app now (or turn keep-alive on in Settings): any refresh restarts the 60-day clock."),
    disconnect: stryMutAct_9fa48("1151") ? true : (stryCov_9fa48("1151"), false)
  }),
  org_forbidden: stryMutAct_9fa48("1152") ? {} : (stryCov_9fa48("1152"), {
    label: stryMutAct_9fa48("1153") ? "" : (stryCov_9fa48("1153"), "Organisation refuses access (403)"),
    action: stryMutAct_9fa48("1154") ? "" : (stryCov_9fa48("1154"), "Check in Xero whether the organisation still exists and the user still has access; if not, disconnect this connection to free its slot."),
    disconnect: stryMutAct_9fa48("1155") ? false : (stryCov_9fa48("1155"), true)
  }),
  earlier_sign_in: stryMutAct_9fa48("1156") ? {} : (stryCov_9fa48("1156"), {
    label: stryMutAct_9fa48("1157") ? "" : (stryCov_9fa48("1157"), "From a sign-in we hold no tokens for"),
    action: stryMutAct_9fa48("1158") ? "" : (stryCov_9fa48("1158"), "Disconnect it unless something outside this dashboard still uses that sign-in: it fills a slot either way."),
    disconnect: stryMutAct_9fa48("1159") ? false : (stryCov_9fa48("1159"), true)
  }),
  duplicate: stryMutAct_9fa48("1160") ? {} : (stryCov_9fa48("1160"), {
    label: stryMutAct_9fa48("1161") ? "" : (stryCov_9fa48("1161"), "Duplicate"),
    action: stryMutAct_9fa48("1162") ? "" : (stryCov_9fa48("1162"), "Keep one copy: disconnect this one to free a slot (the other user's connection stays)."),
    disconnect: stryMutAct_9fa48("1163") ? false : (stryCov_9fa48("1163"), true)
  }),
  idle: stryMutAct_9fa48("1164") ? {} : (stryCov_9fa48("1164"), {
    label: stryMutAct_9fa48("1165") ? "" : (stryCov_9fa48("1165"), "Idle"),
    action: stryMutAct_9fa48("1166") ? "" : (stryCov_9fa48("1166"), "Sync the app to check it; disconnect it if nobody uses this organisation any more."),
    disconnect: stryMutAct_9fa48("1167") ? false : (stryCov_9fa48("1167"), true)
  }),
  vanished: stryMutAct_9fa48("1168") ? {} : (stryCov_9fa48("1168"), {
    label: stryMutAct_9fa48("1169") ? "" : (stryCov_9fa48("1169"), "Vanished from Xero"),
    action: stryMutAct_9fa48("1170") ? "" : (stryCov_9fa48("1170"), "Nothing to free: it no longer counts. Reconnect it if the organisation still needs the app."),
    disconnect: stryMutAct_9fa48("1171") ? true : (stryCov_9fa48("1171"), false)
  })
});
export function isStaleReasonCode(value: unknown): value is StaleReasonCode {
  if (stryMutAct_9fa48("1172")) {
    {}
  } else {
    stryCov_9fa48("1172");
    return stryMutAct_9fa48("1175") ? typeof value === "string" || (staleReasonCodes as readonly string[]).includes(value) : stryMutAct_9fa48("1174") ? false : stryMutAct_9fa48("1173") ? true : (stryCov_9fa48("1173", "1174", "1175"), (stryMutAct_9fa48("1177") ? typeof value !== "string" : stryMutAct_9fa48("1176") ? true : (stryCov_9fa48("1176", "1177"), typeof value === (stryMutAct_9fa48("1178") ? "" : (stryCov_9fa48("1178"), "string")))) && (staleReasonCodes as readonly string[]).includes(value));
  }
}

/** The one action to show for a connection: the first reason in code order decides (the most serious). */
export function recommendedAction(codes: readonly string[]): string | null {
  if (stryMutAct_9fa48("1179")) {
    {}
  } else {
    stryCov_9fa48("1179");
    const first = staleReasonCodes.find(stryMutAct_9fa48("1180") ? () => undefined : (stryCov_9fa48("1180"), c => codes.includes(c)));
    return first ? reasonInfo[first].action : null;
  }
}
export const reasonLabel = stryMutAct_9fa48("1181") ? () => undefined : (stryCov_9fa48("1181"), (() => {
  const reasonLabel = (code: string): string => isStaleReasonCode(code) ? reasonInfo[code].label : code;
  return reasonLabel;
})());
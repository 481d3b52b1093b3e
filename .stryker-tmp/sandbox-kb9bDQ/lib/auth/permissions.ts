// @ts-nocheck
// Who may do what, as data. The server enforces it in every data function, action and route handler;
// the client uses it only to hide controls a role cannot use.
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
export const roles = ["admin", "developer", "support"] as const;
export type Role = (typeof roles)[number];
export const roleDescriptions: Record<Role, string> = stryMutAct_9fa48("30") ? {} : (stryCov_9fa48("30"), {
  admin: stryMutAct_9fa48("31") ? "" : (stryCov_9fa48("31"), "Everything developers can do, plus managing dashboard users, API keys and alerts."),
  developer: stryMutAct_9fa48("32") ? "" : (stryCov_9fa48("32"), "Registers apps, connects organisations, disconnects connections and runs syncs."),
  support: stryMutAct_9fa48("33") ? "" : (stryCov_9fa48("33"), "Reads everything except secrets and diagnoses limit errors; cannot change anything.")
});
export const permissions = {
  "overview:read": ["admin", "developer", "support"],
  "apps:read": ["admin", "developer", "support"],
  "apps:manage": ["admin", "developer"],
  "connections:read": ["admin", "developer", "support"],
  "connections:connect": ["admin", "developer"],
  "connections:disconnect": ["admin", "developer"],
  "connections:sync": ["admin", "developer"],
  "organisations:read": ["admin", "developer", "support"],
  "people:read": ["admin", "developer", "support"],
  "diagnose:use": ["admin", "developer", "support"],
  "activity:read": ["admin", "developer", "support"],
  "settings:read": ["admin", "developer", "support"],
  "settings:manage": ["admin"],
  "users:read": ["admin", "support"],
  "users:manage": ["admin"],
  "sandbox:use": ["admin", "developer"]
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof permissions;
export function can(role: Role | null | undefined, permission: Permission): boolean {
  if (stryMutAct_9fa48("34")) {
    {}
  } else {
    stryCov_9fa48("34");
    return stryMutAct_9fa48("37") ? role != null || (permissions[permission] as readonly Role[]).includes(role) : stryMutAct_9fa48("36") ? false : stryMutAct_9fa48("35") ? true : (stryCov_9fa48("35", "36", "37"), (stryMutAct_9fa48("39") ? role == null : stryMutAct_9fa48("38") ? true : (stryCov_9fa48("38", "39"), role != null)) && (permissions[permission] as readonly Role[]).includes(role));
  }
}
export function isRole(value: unknown): value is Role {
  if (stryMutAct_9fa48("40")) {
    {}
  } else {
    stryCov_9fa48("40");
    return stryMutAct_9fa48("43") ? typeof value === "string" || (roles as readonly string[]).includes(value) : stryMutAct_9fa48("42") ? false : stryMutAct_9fa48("41") ? true : (stryCov_9fa48("41", "42", "43"), (stryMutAct_9fa48("45") ? typeof value !== "string" : stryMutAct_9fa48("44") ? true : (stryCov_9fa48("44", "45"), typeof value === (stryMutAct_9fa48("46") ? "" : (stryCov_9fa48("46"), "string")))) && (roles as readonly string[]).includes(value));
  }
}
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
import { xeroNowMs } from "@/lib/clock";
import { randomUuid } from "@/lib/xero-sandbox/ids";
import { isPlan } from "@/lib/xero-sandbox/plans";
import { countedPairs } from "@/lib/xero-sandbox/rules/caps";
import { createSandboxApp, listApps, type SandboxApp } from "@/lib/xero-sandbox/store/apps";
import { appPairs, upsertConnections } from "@/lib/xero-sandbox/store/connections";
import { isMember } from "@/lib/xero-sandbox/store/directory";
import { sandboxDb } from "@/lib/xero-sandbox/db";

// What the developer portal's forms do. Errors are plain messages the form shows back.

export function appSummaries(): {
  app: SandboxApp;
  counted: number;
}[] {
  if (stryMutAct_9fa48("1705")) {
    {}
  } else {
    stryCov_9fa48("1705");
    return listApps().map(stryMutAct_9fa48("1706") ? () => undefined : (stryCov_9fa48("1706"), app => stryMutAct_9fa48("1707") ? {} : (stryCov_9fa48("1707"), {
      app,
      counted: countedPairs(app, appPairs(app.id))
    })));
  }
}
export function createAppFromForm(form: URLSearchParams): {
  ok: true;
  app: SandboxApp;
  secret: string | null;
} | {
  ok: false;
  error: string;
} {
  if (stryMutAct_9fa48("1708")) {
    {}
  } else {
    stryCov_9fa48("1708");
    const name = stryMutAct_9fa48("1709") ? form.get("name") ?? "" : (stryCov_9fa48("1709"), (stryMutAct_9fa48("1710") ? form.get("name") && "" : (stryCov_9fa48("1710"), form.get(stryMutAct_9fa48("1711") ? "" : (stryCov_9fa48("1711"), "name")) ?? (stryMutAct_9fa48("1712") ? "Stryker was here!" : (stryCov_9fa48("1712"), "")))).trim());
    const plan = stryMutAct_9fa48("1713") ? form.get("plan") && "starter" : (stryCov_9fa48("1713"), form.get(stryMutAct_9fa48("1714") ? "" : (stryCov_9fa48("1714"), "plan")) ?? (stryMutAct_9fa48("1715") ? "" : (stryCov_9fa48("1715"), "starter")));
    if (stryMutAct_9fa48("1718") ? false : stryMutAct_9fa48("1717") ? true : stryMutAct_9fa48("1716") ? name : (stryCov_9fa48("1716", "1717", "1718"), !name)) return stryMutAct_9fa48("1719") ? {} : (stryCov_9fa48("1719"), {
      ok: stryMutAct_9fa48("1720") ? true : (stryCov_9fa48("1720"), false),
      error: stryMutAct_9fa48("1721") ? "" : (stryCov_9fa48("1721"), "Give the app a name.")
    });
    if (stryMutAct_9fa48("1723") ? false : stryMutAct_9fa48("1722") ? true : (stryCov_9fa48("1722", "1723"), /xero/i.test(name))) return stryMutAct_9fa48("1724") ? {} : (stryCov_9fa48("1724"), {
      ok: stryMutAct_9fa48("1725") ? true : (stryCov_9fa48("1725"), false),
      error: stryMutAct_9fa48("1726") ? "" : (stryCov_9fa48("1726"), "The app name must not contain “Xero”.")
    });
    if (stryMutAct_9fa48("1729") ? false : stryMutAct_9fa48("1728") ? true : stryMutAct_9fa48("1727") ? isPlan(plan) : (stryCov_9fa48("1727", "1728", "1729"), !isPlan(plan))) return stryMutAct_9fa48("1730") ? {} : (stryCov_9fa48("1730"), {
      ok: stryMutAct_9fa48("1731") ? true : (stryCov_9fa48("1731"), false),
      error: stryMutAct_9fa48("1732") ? "" : (stryCov_9fa48("1732"), "Choose a plan.")
    });
    const redirectUris = stryMutAct_9fa48("1733") ? (form.get("redirectUris") ?? "").split(/\s+/) : (stryCov_9fa48("1733"), (stryMutAct_9fa48("1734") ? form.get("redirectUris") && "" : (stryCov_9fa48("1734"), form.get(stryMutAct_9fa48("1735") ? "" : (stryCov_9fa48("1735"), "redirectUris")) ?? (stryMutAct_9fa48("1736") ? "Stryker was here!" : (stryCov_9fa48("1736"), "")))).split(stryMutAct_9fa48("1738") ? /\S+/ : stryMutAct_9fa48("1737") ? /\s/ : (stryCov_9fa48("1737", "1738"), /\s+/)).filter(Boolean));
    const custom = stryMutAct_9fa48("1741") ? plan !== "custom-connection" : stryMutAct_9fa48("1740") ? false : stryMutAct_9fa48("1739") ? true : (stryCov_9fa48("1739", "1740", "1741"), plan === (stryMutAct_9fa48("1742") ? "" : (stryCov_9fa48("1742"), "custom-connection")));
    const customOrgId = stryMutAct_9fa48("1745") ? form.get("customOrgId") && undefined : stryMutAct_9fa48("1744") ? false : stryMutAct_9fa48("1743") ? true : (stryCov_9fa48("1743", "1744", "1745"), form.get(stryMutAct_9fa48("1746") ? "" : (stryCov_9fa48("1746"), "customOrgId")) || undefined);
    const customUserId = stryMutAct_9fa48("1749") ? form.get("customUserId") && undefined : stryMutAct_9fa48("1748") ? false : stryMutAct_9fa48("1747") ? true : (stryCov_9fa48("1747", "1748", "1749"), form.get(stryMutAct_9fa48("1750") ? "" : (stryCov_9fa48("1750"), "customUserId")) || undefined);
    if (stryMutAct_9fa48("1753") ? custom && customOrgId && customUserId || !isMember(customUserId, customOrgId) : stryMutAct_9fa48("1752") ? false : stryMutAct_9fa48("1751") ? true : (stryCov_9fa48("1751", "1752", "1753"), (stryMutAct_9fa48("1755") ? custom && customOrgId || customUserId : stryMutAct_9fa48("1754") ? true : (stryCov_9fa48("1754", "1755"), (stryMutAct_9fa48("1757") ? custom || customOrgId : stryMutAct_9fa48("1756") ? true : (stryCov_9fa48("1756", "1757"), custom && customOrgId)) && customUserId)) && (stryMutAct_9fa48("1758") ? isMember(customUserId, customOrgId) : (stryCov_9fa48("1758"), !isMember(customUserId, customOrgId))))) return stryMutAct_9fa48("1759") ? {} : (stryCov_9fa48("1759"), {
      ok: stryMutAct_9fa48("1760") ? true : (stryCov_9fa48("1760"), false),
      error: stryMutAct_9fa48("1761") ? "" : (stryCov_9fa48("1761"), "The authorising user is not a member of that organisation.")
    });
    try {
      if (stryMutAct_9fa48("1762")) {
        {}
      } else {
        stryCov_9fa48("1762");
        return sandboxDb().transaction(() => {
          if (stryMutAct_9fa48("1763")) {
            {}
          } else {
            stryCov_9fa48("1763");
            const {
              app,
              clientSecret
            } = createSandboxApp(stryMutAct_9fa48("1764") ? {} : (stryCov_9fa48("1764"), {
              name,
              plan,
              certified: stryMutAct_9fa48("1767") ? form.get("certified") !== "yes" : stryMutAct_9fa48("1766") ? false : stryMutAct_9fa48("1765") ? true : (stryCov_9fa48("1765", "1766", "1767"), form.get(stryMutAct_9fa48("1768") ? "" : (stryCov_9fa48("1768"), "certified")) === (stryMutAct_9fa48("1769") ? "" : (stryCov_9fa48("1769"), "yes"))),
              authType: (stryMutAct_9fa48("1772") ? form.get("authType") !== "pkce" : stryMutAct_9fa48("1771") ? false : stryMutAct_9fa48("1770") ? true : (stryCov_9fa48("1770", "1771", "1772"), form.get(stryMutAct_9fa48("1773") ? "" : (stryCov_9fa48("1773"), "authType")) === (stryMutAct_9fa48("1774") ? "" : (stryCov_9fa48("1774"), "pkce")))) ? stryMutAct_9fa48("1775") ? "" : (stryCov_9fa48("1775"), "pkce") : stryMutAct_9fa48("1776") ? "" : (stryCov_9fa48("1776"), "web"),
              redirectUris: custom ? stryMutAct_9fa48("1777") ? ["Stryker was here"] : (stryCov_9fa48("1777"), []) : redirectUris,
              customOrgId,
              customUserId
            }));
            // The sandbox skips Xero's emailed authorisation link: a Custom Connection is authorised at once.
            if (stryMutAct_9fa48("1779") ? false : stryMutAct_9fa48("1778") ? true : (stryCov_9fa48("1778", "1779"), custom)) upsertConnections(app.id, customUserId!, stryMutAct_9fa48("1780") ? [] : (stryCov_9fa48("1780"), [customOrgId!]), randomUuid(), xeroNowMs());
            return stryMutAct_9fa48("1781") ? {} : (stryCov_9fa48("1781"), {
              ok: true as const,
              app,
              secret: clientSecret
            });
          }
        });
      }
    } catch (error) {
      if (stryMutAct_9fa48("1782")) {
        {}
      } else {
        stryCov_9fa48("1782");
        return stryMutAct_9fa48("1783") ? {} : (stryCov_9fa48("1783"), {
          ok: stryMutAct_9fa48("1784") ? true : (stryCov_9fa48("1784"), false),
          error: error instanceof Error ? error.message : stryMutAct_9fa48("1785") ? "" : (stryCov_9fa48("1785"), "The app could not be created.")
        });
      }
    }
  }
}
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
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { xeroNowMs } from "@/lib/clock";
import { sandboxDb } from "@/lib/xero-sandbox/db";
import { meta } from "@/lib/xero-sandbox/schema";

// The sandbox's sign-in session is carried in a signed hidden field instead of a cookie, so the consent
// pages stay stateless and work on any host and port. Valid for 30 minutes.

export type LoginSession = {
  userId: string;
  globalSessionId: string;
  authTime: number;
};
const TTL_MS = stryMutAct_9fa48("1666") ? 30 * 60 / 1000 : (stryCov_9fa48("1666"), (stryMutAct_9fa48("1667") ? 30 / 60 : (stryCov_9fa48("1667"), 30 * 60)) * 1000);
function secret(): string {
  if (stryMutAct_9fa48("1668")) {
    {}
  } else {
    stryCov_9fa48("1668");
    const db = sandboxDb();
    const row = db.select().from(meta).where(eq(meta.key, stryMutAct_9fa48("1669") ? "" : (stryCov_9fa48("1669"), "login-secret"))).get();
    if (stryMutAct_9fa48("1671") ? false : stryMutAct_9fa48("1670") ? true : (stryCov_9fa48("1670", "1671"), row)) return row.value;
    db.insert(meta).values(stryMutAct_9fa48("1672") ? {} : (stryCov_9fa48("1672"), {
      key: stryMutAct_9fa48("1673") ? "" : (stryCov_9fa48("1673"), "login-secret"),
      value: crypto.randomBytes(32).toString(stryMutAct_9fa48("1674") ? "" : (stryCov_9fa48("1674"), "base64url"))
    })).onConflictDoNothing().run();
    return db.select().from(meta).where(eq(meta.key, stryMutAct_9fa48("1675") ? "" : (stryCov_9fa48("1675"), "login-secret"))).get()!.value;
  }
}
const mac = stryMutAct_9fa48("1676") ? () => undefined : (stryCov_9fa48("1676"), (() => {
  const mac = (body: string) => crypto.createHmac(stryMutAct_9fa48("1677") ? "" : (stryCov_9fa48("1677"), "sha256"), secret()).update(body).digest(stryMutAct_9fa48("1678") ? "" : (stryCov_9fa48("1678"), "base64url"));
  return mac;
})());
export function signTicket(s: LoginSession): string {
  if (stryMutAct_9fa48("1679")) {
    {}
  } else {
    stryCov_9fa48("1679");
    const body = Buffer.from(JSON.stringify(stryMutAct_9fa48("1680") ? {} : (stryCov_9fa48("1680"), {
      ...s,
      exp: stryMutAct_9fa48("1681") ? s.authTime - TTL_MS : (stryCov_9fa48("1681"), s.authTime + TTL_MS)
    }))).toString(stryMutAct_9fa48("1682") ? "" : (stryCov_9fa48("1682"), "base64url"));
    return stryMutAct_9fa48("1683") ? `` : (stryCov_9fa48("1683"), `${body}.${mac(body)}`);
  }
}
export function readTicket(ticket: string | null): LoginSession | null {
  if (stryMutAct_9fa48("1684")) {
    {}
  } else {
    stryCov_9fa48("1684");
    if (stryMutAct_9fa48("1687") ? false : stryMutAct_9fa48("1686") ? true : stryMutAct_9fa48("1685") ? ticket : (stryCov_9fa48("1685", "1686", "1687"), !ticket)) return null;
    const [body, sig] = ticket.split(stryMutAct_9fa48("1688") ? "" : (stryCov_9fa48("1688"), "."));
    if (stryMutAct_9fa48("1691") ? !body && !sig : stryMutAct_9fa48("1690") ? false : stryMutAct_9fa48("1689") ? true : (stryCov_9fa48("1689", "1690", "1691"), (stryMutAct_9fa48("1692") ? body : (stryCov_9fa48("1692"), !body)) || (stryMutAct_9fa48("1693") ? sig : (stryCov_9fa48("1693"), !sig)))) return null;
    const expected = Buffer.from(mac(body));
    const given = Buffer.from(sig);
    if (stryMutAct_9fa48("1696") ? expected.length !== given.length && !crypto.timingSafeEqual(expected, given) : stryMutAct_9fa48("1695") ? false : stryMutAct_9fa48("1694") ? true : (stryCov_9fa48("1694", "1695", "1696"), (stryMutAct_9fa48("1698") ? expected.length === given.length : stryMutAct_9fa48("1697") ? false : (stryCov_9fa48("1697", "1698"), expected.length !== given.length)) || (stryMutAct_9fa48("1699") ? crypto.timingSafeEqual(expected, given) : (stryCov_9fa48("1699"), !crypto.timingSafeEqual(expected, given))))) return null;
    const parsed = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as LoginSession & {
      exp: number;
    };
    if (stryMutAct_9fa48("1703") ? parsed.exp >= xeroNowMs() : stryMutAct_9fa48("1702") ? parsed.exp <= xeroNowMs() : stryMutAct_9fa48("1701") ? false : stryMutAct_9fa48("1700") ? true : (stryCov_9fa48("1700", "1701", "1702", "1703"), parsed.exp < xeroNowMs())) return null;
    return stryMutAct_9fa48("1704") ? {} : (stryCov_9fa48("1704"), {
      userId: parsed.userId,
      globalSessionId: parsed.globalSessionId,
      authTime: parsed.authTime
    });
  }
}
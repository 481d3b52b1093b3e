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
import { decodeJwt, errors, jwtVerify, SignJWT } from "jose";
import { xeroNow, xeroNowMs } from "@/lib/clock";
import { hex32, subjectFor } from "@/lib/xero-sandbox/ids";
import { ACCESS_TOKEN_SECONDS, ID_TOKEN_SECONDS } from "@/lib/xero-sandbox/rules/lifetimes";
import { signingKey } from "@/lib/xero-sandbox/engine/keys";
import type { XeroUser } from "@/lib/xero-sandbox/store/directory";

// Access and id tokens with exactly the claims, audiences and lifetimes of real Xero tokens (FACTS B4).

export type TokenContext = {
  issuer: string;
  clientId: string;
  user: XeroUser;
  scopes: string[];
  authEventId: string;
  globalSessionId: string;
  authTime: number;
  nonce?: string | null;
};
const seconds = stryMutAct_9fa48("1525") ? () => undefined : (stryCov_9fa48("1525"), (() => {
  const seconds = (ms: number) => Math.floor(stryMutAct_9fa48("1526") ? ms * 1000 : (stryCov_9fa48("1526"), ms / 1000));
  return seconds;
})());
async function sign(payload: Record<string, unknown>): Promise<string> {
  if (stryMutAct_9fa48("1527")) {
    {}
  } else {
    stryCov_9fa48("1527");
    const {
      kid,
      privateKey
    } = await signingKey();
    return new SignJWT(payload).setProtectedHeader(stryMutAct_9fa48("1528") ? {} : (stryCov_9fa48("1528"), {
      alg: stryMutAct_9fa48("1529") ? "" : (stryCov_9fa48("1529"), "RS256"),
      typ: stryMutAct_9fa48("1530") ? "" : (stryCov_9fa48("1530"), "JWT"),
      kid
    })).sign(privateKey);
  }
}
export async function signAccessToken(c: TokenContext): Promise<string> {
  if (stryMutAct_9fa48("1531")) {
    {}
  } else {
    stryCov_9fa48("1531");
    const nbf = seconds(xeroNowMs());
    return sign(stryMutAct_9fa48("1532") ? {} : (stryCov_9fa48("1532"), {
      nbf,
      exp: stryMutAct_9fa48("1533") ? nbf - ACCESS_TOKEN_SECONDS : (stryCov_9fa48("1533"), nbf + ACCESS_TOKEN_SECONDS),
      iss: c.issuer,
      aud: stryMutAct_9fa48("1534") ? `` : (stryCov_9fa48("1534"), `${c.issuer}/resources`),
      client_id: c.clientId,
      sub: subjectFor(c.user.id),
      auth_time: seconds(c.authTime),
      xero_userid: c.user.id,
      global_session_id: c.globalSessionId,
      jti: hex32(),
      authentication_event_id: c.authEventId,
      scope: c.scopes
    }));
  }
}

/** id_token: aud is the client id, sid equals global_session_id, and no authentication_event_id. */
export async function signIdToken(c: TokenContext, accessToken: string): Promise<string> {
  if (stryMutAct_9fa48("1535")) {
    {}
  } else {
    stryCov_9fa48("1535");
    const nbf = seconds(xeroNowMs());
    const digest = crypto.createHash(stryMutAct_9fa48("1536") ? "" : (stryCov_9fa48("1536"), "sha256")).update(accessToken).digest();
    const claims: Record<string, unknown> = stryMutAct_9fa48("1537") ? {} : (stryCov_9fa48("1537"), {
      nbf,
      exp: stryMutAct_9fa48("1538") ? nbf - ID_TOKEN_SECONDS : (stryCov_9fa48("1538"), nbf + ID_TOKEN_SECONDS),
      iss: c.issuer,
      aud: c.clientId,
      iat: nbf,
      at_hash: digest.subarray(0, 16).toString(stryMutAct_9fa48("1539") ? "" : (stryCov_9fa48("1539"), "base64url")),
      sid: c.globalSessionId,
      sub: subjectFor(c.user.id),
      auth_time: seconds(c.authTime),
      xero_userid: c.user.id,
      global_session_id: c.globalSessionId
    });
    if (stryMutAct_9fa48("1541") ? false : stryMutAct_9fa48("1540") ? true : (stryCov_9fa48("1540", "1541"), c.nonce)) claims.nonce = c.nonce;
    if (stryMutAct_9fa48("1543") ? false : stryMutAct_9fa48("1542") ? true : (stryCov_9fa48("1542", "1543"), c.scopes.includes(stryMutAct_9fa48("1544") ? "" : (stryCov_9fa48("1544"), "email")))) Object.assign(claims, stryMutAct_9fa48("1545") ? {} : (stryCov_9fa48("1545"), {
      preferred_username: c.user.email,
      email: c.user.email
    }));
    if (stryMutAct_9fa48("1547") ? false : stryMutAct_9fa48("1546") ? true : (stryCov_9fa48("1546", "1547"), c.scopes.includes(stryMutAct_9fa48("1548") ? "" : (stryCov_9fa48("1548"), "profile")))) Object.assign(claims, stryMutAct_9fa48("1549") ? {} : (stryCov_9fa48("1549"), {
      given_name: c.user.givenName,
      family_name: c.user.familyName
    }));
    return sign(claims);
  }
}
export type AccessClaims = {
  client_id: string;
  xero_userid: string;
  authentication_event_id: string;
  scope: string[];
  exp: number;
  iss: string;
};
export type VerifyResult = {
  ok: true;
  claims: AccessClaims;
} | {
  ok: false;
  reason: "expired";
  expiredAt: number;
} | {
  ok: false;
  reason: "invalid";
};
export async function verifyAccessToken(token: string): Promise<VerifyResult> {
  if (stryMutAct_9fa48("1550")) {
    {}
  } else {
    stryCov_9fa48("1550");
    const {
      publicKey
    } = await signingKey();
    try {
      if (stryMutAct_9fa48("1551")) {
        {}
      } else {
        stryCov_9fa48("1551");
        const {
          payload
        } = await jwtVerify(token, publicKey, stryMutAct_9fa48("1552") ? {} : (stryCov_9fa48("1552"), {
          algorithms: stryMutAct_9fa48("1553") ? [] : (stryCov_9fa48("1553"), [stryMutAct_9fa48("1554") ? "" : (stryCov_9fa48("1554"), "RS256")]),
          currentDate: xeroNow()
        }));
        if (stryMutAct_9fa48("1557") ? typeof payload.iss !== "string" && payload.aud !== `${payload.iss}/resources` : stryMutAct_9fa48("1556") ? false : stryMutAct_9fa48("1555") ? true : (stryCov_9fa48("1555", "1556", "1557"), (stryMutAct_9fa48("1559") ? typeof payload.iss === "string" : stryMutAct_9fa48("1558") ? false : (stryCov_9fa48("1558", "1559"), typeof payload.iss !== (stryMutAct_9fa48("1560") ? "" : (stryCov_9fa48("1560"), "string")))) || (stryMutAct_9fa48("1562") ? payload.aud === `${payload.iss}/resources` : stryMutAct_9fa48("1561") ? false : (stryCov_9fa48("1561", "1562"), payload.aud !== (stryMutAct_9fa48("1563") ? `` : (stryCov_9fa48("1563"), `${payload.iss}/resources`)))))) return stryMutAct_9fa48("1564") ? {} : (stryCov_9fa48("1564"), {
          ok: stryMutAct_9fa48("1565") ? true : (stryCov_9fa48("1565"), false),
          reason: stryMutAct_9fa48("1566") ? "" : (stryCov_9fa48("1566"), "invalid")
        });
        return stryMutAct_9fa48("1567") ? {} : (stryCov_9fa48("1567"), {
          ok: stryMutAct_9fa48("1568") ? false : (stryCov_9fa48("1568"), true),
          claims: payload as unknown as AccessClaims
        });
      }
    } catch (error) {
      if (stryMutAct_9fa48("1569")) {
        {}
      } else {
        stryCov_9fa48("1569");
        if (stryMutAct_9fa48("1571") ? false : stryMutAct_9fa48("1570") ? true : (stryCov_9fa48("1570", "1571"), error instanceof errors.JWTExpired)) return stryMutAct_9fa48("1572") ? {} : (stryCov_9fa48("1572"), {
          ok: stryMutAct_9fa48("1573") ? true : (stryCov_9fa48("1573"), false),
          reason: stryMutAct_9fa48("1574") ? "" : (stryCov_9fa48("1574"), "expired"),
          expiredAt: stryMutAct_9fa48("1575") ? Number(decodeJwt(token).exp) / 1000 : (stryCov_9fa48("1575"), Number(decodeJwt(token).exp) * 1000)
        });
        return stryMutAct_9fa48("1576") ? {} : (stryCov_9fa48("1576"), {
          ok: stryMutAct_9fa48("1577") ? true : (stryCov_9fa48("1577"), false),
          reason: stryMutAct_9fa48("1578") ? "" : (stryCov_9fa48("1578"), "invalid")
        });
      }
    }
  }
}
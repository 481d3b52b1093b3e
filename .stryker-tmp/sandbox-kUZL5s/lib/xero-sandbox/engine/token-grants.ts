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
import { getAppByClientId, secretMatches, type SandboxApp } from "@/lib/xero-sandbox/store/apps";
import { getXeroUser } from "@/lib/xero-sandbox/store/directory";
import { findUserConnection } from "@/lib/xero-sandbox/store/connections";
import { consumeCode, findCode, findRefreshToken, issueRefreshToken, rotateRefreshToken } from "@/lib/xero-sandbox/store/tokens";
import { ACCESS_TOKEN_SECONDS, codeProblem, refreshProblem } from "@/lib/xero-sandbox/rules/lifetimes";
import { pkceMatches } from "@/lib/xero-sandbox/rules/pkce";
import { hex32 } from "@/lib/xero-sandbox/ids";
import { signAccessToken, signIdToken, type TokenContext } from "@/lib/xero-sandbox/engine/jwt";

// The token endpoint's grants (FACTS B3, B9.1). Every failure is 400 {"error": "..."} as Xero answers.

export type ClientAuth = {
  clientId: string | null;
  secret: string | null;
};
export type TokenResult = {
  status: number;
  body: Record<string, unknown>;
};
const oauthError = stryMutAct_9fa48("1816") ? () => undefined : (stryCov_9fa48("1816"), (() => {
  const oauthError = (error: string): TokenResult => stryMutAct_9fa48("1817") ? {} : (stryCov_9fa48("1817"), {
    status: 400,
    body: stryMutAct_9fa48("1818") ? {} : (stryCov_9fa48("1818"), {
      error
    })
  });
  return oauthError;
})());

/** Finds the app and checks its secret when one is sent; a public (PKCE) client sends none. */
function authenticate(auth: ClientAuth): SandboxApp | TokenResult {
  if (stryMutAct_9fa48("1819")) {
    {}
  } else {
    stryCov_9fa48("1819");
    if (stryMutAct_9fa48("1822") ? false : stryMutAct_9fa48("1821") ? true : stryMutAct_9fa48("1820") ? auth.clientId : (stryCov_9fa48("1820", "1821", "1822"), !auth.clientId)) return oauthError(stryMutAct_9fa48("1823") ? "" : (stryCov_9fa48("1823"), "invalid_client"));
    const app = getAppByClientId(auth.clientId);
    if (stryMutAct_9fa48("1826") ? false : stryMutAct_9fa48("1825") ? true : stryMutAct_9fa48("1824") ? app : (stryCov_9fa48("1824", "1825", "1826"), !app)) return oauthError(stryMutAct_9fa48("1827") ? "" : (stryCov_9fa48("1827"), "invalid_client"));
    if (stryMutAct_9fa48("1830") ? auth.secret !== null || !secretMatches(app, auth.secret) : stryMutAct_9fa48("1829") ? false : stryMutAct_9fa48("1828") ? true : (stryCov_9fa48("1828", "1829", "1830"), (stryMutAct_9fa48("1832") ? auth.secret === null : stryMutAct_9fa48("1831") ? true : (stryCov_9fa48("1831", "1832"), auth.secret !== null)) && (stryMutAct_9fa48("1833") ? secretMatches(app, auth.secret) : (stryCov_9fa48("1833"), !secretMatches(app, auth.secret))))) return oauthError(stryMutAct_9fa48("1834") ? "" : (stryCov_9fa48("1834"), "invalid_client"));
    return app;
  }
}
async function tokenResponse(c: TokenContext, refreshToken: string | null): Promise<TokenResult> {
  if (stryMutAct_9fa48("1835")) {
    {}
  } else {
    stryCov_9fa48("1835");
    const access = await signAccessToken(c);
    const body: Record<string, unknown> = {};
    if (stryMutAct_9fa48("1837") ? false : stryMutAct_9fa48("1836") ? true : (stryCov_9fa48("1836", "1837"), c.scopes.includes(stryMutAct_9fa48("1838") ? "" : (stryCov_9fa48("1838"), "openid")))) body.id_token = await signIdToken(c, access);
    Object.assign(body, stryMutAct_9fa48("1839") ? {} : (stryCov_9fa48("1839"), {
      access_token: access,
      expires_in: ACCESS_TOKEN_SECONDS,
      token_type: stryMutAct_9fa48("1840") ? "" : (stryCov_9fa48("1840"), "Bearer")
    }));
    if (stryMutAct_9fa48("1842") ? false : stryMutAct_9fa48("1841") ? true : (stryCov_9fa48("1841", "1842"), refreshToken)) body.refresh_token = refreshToken;
    body.scope = c.scopes.join(stryMutAct_9fa48("1843") ? "" : (stryCov_9fa48("1843"), " "));
    return stryMutAct_9fa48("1844") ? {} : (stryCov_9fa48("1844"), {
      status: 200,
      body
    });
  }
}
export async function authorizationCodeGrant(issuer: string, auth: ClientAuth, form: URLSearchParams): Promise<TokenResult> {
  if (stryMutAct_9fa48("1845")) {
    {}
  } else {
    stryCov_9fa48("1845");
    const app = authenticate(auth);
    if (stryMutAct_9fa48("1847") ? false : stryMutAct_9fa48("1846") ? true : (stryCov_9fa48("1846", "1847"), (stryMutAct_9fa48("1848") ? "" : (stryCov_9fa48("1848"), "status")) in app)) return app;
    if (stryMutAct_9fa48("1851") ? app.authType !== "custom" : stryMutAct_9fa48("1850") ? false : stryMutAct_9fa48("1849") ? true : (stryCov_9fa48("1849", "1850", "1851"), app.authType === (stryMutAct_9fa48("1852") ? "" : (stryCov_9fa48("1852"), "custom")))) return oauthError(stryMutAct_9fa48("1853") ? "" : (stryCov_9fa48("1853"), "unauthorized_client"));
    const code = stryMutAct_9fa48("1854") ? form.get("code") && "" : (stryCov_9fa48("1854"), form.get(stryMutAct_9fa48("1855") ? "" : (stryCov_9fa48("1855"), "code")) ?? (stryMutAct_9fa48("1856") ? "Stryker was here!" : (stryCov_9fa48("1856"), "")));
    const row = code ? findCode(code) : undefined;
    const at = xeroNowMs();
    if (stryMutAct_9fa48("1859") ? (!row || row.appId !== app.id) && codeProblem(row, at) !== null : stryMutAct_9fa48("1858") ? false : stryMutAct_9fa48("1857") ? true : (stryCov_9fa48("1857", "1858", "1859"), (stryMutAct_9fa48("1861") ? !row && row.appId !== app.id : stryMutAct_9fa48("1860") ? false : (stryCov_9fa48("1860", "1861"), (stryMutAct_9fa48("1862") ? row : (stryCov_9fa48("1862"), !row)) || (stryMutAct_9fa48("1864") ? row.appId === app.id : stryMutAct_9fa48("1863") ? false : (stryCov_9fa48("1863", "1864"), row.appId !== app.id)))) || (stryMutAct_9fa48("1866") ? codeProblem(row, at) === null : stryMutAct_9fa48("1865") ? false : (stryCov_9fa48("1865", "1866"), codeProblem(row, at) !== null)))) return oauthError(stryMutAct_9fa48("1867") ? "" : (stryCov_9fa48("1867"), "invalid_grant"));
    if (stryMutAct_9fa48("1870") ? form.get("redirect_uri") === row.redirectUri : stryMutAct_9fa48("1869") ? false : stryMutAct_9fa48("1868") ? true : (stryCov_9fa48("1868", "1869", "1870"), form.get(stryMutAct_9fa48("1871") ? "" : (stryCov_9fa48("1871"), "redirect_uri")) !== row.redirectUri)) return oauthError(stryMutAct_9fa48("1872") ? "" : (stryCov_9fa48("1872"), "invalid_grant"));
    if (stryMutAct_9fa48("1875") ? row.codeChallenge !== null || !pkceMatches(row.codeChallenge, form.get("code_verifier")) : stryMutAct_9fa48("1874") ? false : stryMutAct_9fa48("1873") ? true : (stryCov_9fa48("1873", "1874", "1875"), (stryMutAct_9fa48("1877") ? row.codeChallenge === null : stryMutAct_9fa48("1876") ? true : (stryCov_9fa48("1876", "1877"), row.codeChallenge !== null)) && (stryMutAct_9fa48("1878") ? pkceMatches(row.codeChallenge, form.get("code_verifier")) : (stryCov_9fa48("1878"), !pkceMatches(row.codeChallenge, form.get(stryMutAct_9fa48("1879") ? "" : (stryCov_9fa48("1879"), "code_verifier"))))))) return oauthError(stryMutAct_9fa48("1880") ? "" : (stryCov_9fa48("1880"), "invalid_grant"));
    const publicClient = stryMutAct_9fa48("1883") ? auth.secret !== null : stryMutAct_9fa48("1882") ? false : stryMutAct_9fa48("1881") ? true : (stryCov_9fa48("1881", "1882", "1883"), auth.secret === null);
    if (stryMutAct_9fa48("1886") ? publicClient || row.codeChallenge === null : stryMutAct_9fa48("1885") ? false : stryMutAct_9fa48("1884") ? true : (stryCov_9fa48("1884", "1885", "1886"), publicClient && (stryMutAct_9fa48("1888") ? row.codeChallenge !== null : stryMutAct_9fa48("1887") ? true : (stryCov_9fa48("1887", "1888"), row.codeChallenge === null)))) return oauthError(stryMutAct_9fa48("1889") ? "" : (stryCov_9fa48("1889"), "invalid_client"));
    if (stryMutAct_9fa48("1892") ? false : stryMutAct_9fa48("1891") ? true : stryMutAct_9fa48("1890") ? consumeCode(code, at) : (stryCov_9fa48("1890", "1891", "1892"), !consumeCode(code, at))) return oauthError(stryMutAct_9fa48("1893") ? "" : (stryCov_9fa48("1893"), "invalid_grant"));
    const user = getXeroUser(row.userId);
    if (stryMutAct_9fa48("1896") ? false : stryMutAct_9fa48("1895") ? true : stryMutAct_9fa48("1894") ? user : (stryCov_9fa48("1894", "1895", "1896"), !user)) return oauthError(stryMutAct_9fa48("1897") ? "" : (stryCov_9fa48("1897"), "invalid_grant"));
    const scopes = stryMutAct_9fa48("1898") ? row.scopes.split(" ") : (stryCov_9fa48("1898"), row.scopes.split(stryMutAct_9fa48("1899") ? "" : (stryCov_9fa48("1899"), " ")).filter(Boolean));
    const context = stryMutAct_9fa48("1900") ? {} : (stryCov_9fa48("1900"), {
      issuer,
      clientId: app.clientId,
      user,
      scopes,
      authEventId: row.authEventId,
      globalSessionId: row.globalSessionId,
      authTime: row.authTime,
      nonce: row.nonce
    });
    const refresh = scopes.includes(stryMutAct_9fa48("1901") ? "" : (stryCov_9fa48("1901"), "offline_access")) ? issueRefreshToken(stryMutAct_9fa48("1902") ? {} : (stryCov_9fa48("1902"), {
      appId: app.id,
      userId: user.id,
      scopes: row.scopes,
      authEventId: row.authEventId,
      globalSessionId: row.globalSessionId,
      authTime: row.authTime,
      publicClient,
      issuedAt: at
    })) : null;
    return tokenResponse(context, refresh);
  }
}
export async function refreshTokenGrant(issuer: string, auth: ClientAuth, form: URLSearchParams): Promise<TokenResult> {
  if (stryMutAct_9fa48("1903")) {
    {}
  } else {
    stryCov_9fa48("1903");
    const app = authenticate(auth);
    if (stryMutAct_9fa48("1905") ? false : stryMutAct_9fa48("1904") ? true : (stryCov_9fa48("1904", "1905"), (stryMutAct_9fa48("1906") ? "" : (stryCov_9fa48("1906"), "status")) in app)) return app;
    const token = stryMutAct_9fa48("1907") ? form.get("refresh_token") && "" : (stryCov_9fa48("1907"), form.get(stryMutAct_9fa48("1908") ? "" : (stryCov_9fa48("1908"), "refresh_token")) ?? (stryMutAct_9fa48("1909") ? "Stryker was here!" : (stryCov_9fa48("1909"), "")));
    const row = token ? findRefreshToken(token) : undefined;
    if (stryMutAct_9fa48("1912") ? !row && row.appId !== app.id : stryMutAct_9fa48("1911") ? false : stryMutAct_9fa48("1910") ? true : (stryCov_9fa48("1910", "1911", "1912"), (stryMutAct_9fa48("1913") ? row : (stryCov_9fa48("1913"), !row)) || (stryMutAct_9fa48("1915") ? row.appId === app.id : stryMutAct_9fa48("1914") ? false : (stryCov_9fa48("1914", "1915"), row.appId !== app.id)))) return oauthError(stryMutAct_9fa48("1916") ? "" : (stryCov_9fa48("1916"), "invalid_grant"));
    if (stryMutAct_9fa48("1919") ? auth.secret === null || !row.publicClient : stryMutAct_9fa48("1918") ? false : stryMutAct_9fa48("1917") ? true : (stryCov_9fa48("1917", "1918", "1919"), (stryMutAct_9fa48("1921") ? auth.secret !== null : stryMutAct_9fa48("1920") ? true : (stryCov_9fa48("1920", "1921"), auth.secret === null)) && (stryMutAct_9fa48("1922") ? row.publicClient : (stryCov_9fa48("1922"), !row.publicClient)))) return oauthError(stryMutAct_9fa48("1923") ? "" : (stryCov_9fa48("1923"), "invalid_client"));
    const at = xeroNowMs();
    if (stryMutAct_9fa48("1926") ? refreshProblem(row, at) === null : stryMutAct_9fa48("1925") ? false : stryMutAct_9fa48("1924") ? true : (stryCov_9fa48("1924", "1925", "1926"), refreshProblem(row, at) !== null)) return oauthError(stryMutAct_9fa48("1927") ? "" : (stryCov_9fa48("1927"), "invalid_grant"));
    const user = getXeroUser(row.userId);
    if (stryMutAct_9fa48("1930") ? false : stryMutAct_9fa48("1929") ? true : stryMutAct_9fa48("1928") ? user : (stryCov_9fa48("1928", "1929", "1930"), !user)) return oauthError(stryMutAct_9fa48("1931") ? "" : (stryCov_9fa48("1931"), "invalid_grant"));
    const next = rotateRefreshToken(row, at);
    const scopes = stryMutAct_9fa48("1932") ? row.scopes.split(" ") : (stryCov_9fa48("1932"), row.scopes.split(stryMutAct_9fa48("1933") ? "" : (stryCov_9fa48("1933"), " ")).filter(Boolean));
    return tokenResponse(stryMutAct_9fa48("1934") ? {} : (stryCov_9fa48("1934"), {
      issuer,
      clientId: app.clientId,
      user,
      scopes,
      authEventId: row.authEventId,
      globalSessionId: row.globalSessionId,
      authTime: row.authTime
    }), next);
  }
}

/** Custom Connections only; no refresh token and no id_token (FACTS B5). */
export async function clientCredentialsGrant(issuer: string, auth: ClientAuth, form: URLSearchParams): Promise<TokenResult> {
  if (stryMutAct_9fa48("1935")) {
    {}
  } else {
    stryCov_9fa48("1935");
    const app = authenticate(auth);
    if (stryMutAct_9fa48("1937") ? false : stryMutAct_9fa48("1936") ? true : (stryCov_9fa48("1936", "1937"), (stryMutAct_9fa48("1938") ? "" : (stryCov_9fa48("1938"), "status")) in app)) return app;
    if (stryMutAct_9fa48("1941") ? auth.secret !== null : stryMutAct_9fa48("1940") ? false : stryMutAct_9fa48("1939") ? true : (stryCov_9fa48("1939", "1940", "1941"), auth.secret === null)) return oauthError(stryMutAct_9fa48("1942") ? "" : (stryCov_9fa48("1942"), "invalid_client"));
    if (stryMutAct_9fa48("1945") ? (app.authType !== "custom" || !app.customOrgId) && !app.customUserId : stryMutAct_9fa48("1944") ? false : stryMutAct_9fa48("1943") ? true : (stryCov_9fa48("1943", "1944", "1945"), (stryMutAct_9fa48("1947") ? app.authType !== "custom" && !app.customOrgId : stryMutAct_9fa48("1946") ? false : (stryCov_9fa48("1946", "1947"), (stryMutAct_9fa48("1949") ? app.authType === "custom" : stryMutAct_9fa48("1948") ? false : (stryCov_9fa48("1948", "1949"), app.authType !== (stryMutAct_9fa48("1950") ? "" : (stryCov_9fa48("1950"), "custom")))) || (stryMutAct_9fa48("1951") ? app.customOrgId : (stryCov_9fa48("1951"), !app.customOrgId)))) || (stryMutAct_9fa48("1952") ? app.customUserId : (stryCov_9fa48("1952"), !app.customUserId)))) return oauthError(stryMutAct_9fa48("1953") ? "" : (stryCov_9fa48("1953"), "unauthorized_client"));
    const user = getXeroUser(app.customUserId);
    // Disconnecting the organisation deactivates the Custom Connection until it is authorised again.
    const connection = findUserConnection(app.id, app.customUserId, app.customOrgId);
    if (stryMutAct_9fa48("1956") ? !user && !connection : stryMutAct_9fa48("1955") ? false : stryMutAct_9fa48("1954") ? true : (stryCov_9fa48("1954", "1955", "1956"), (stryMutAct_9fa48("1957") ? user : (stryCov_9fa48("1957"), !user)) || (stryMutAct_9fa48("1958") ? connection : (stryCov_9fa48("1958"), !connection)))) return oauthError(stryMutAct_9fa48("1959") ? "" : (stryCov_9fa48("1959"), "invalid_grant"));
    const requested = stryMutAct_9fa48("1960") ? (form.get("scope") ?? form.get("scopes") ?? "").split(/\s+/) : (stryCov_9fa48("1960"), (stryMutAct_9fa48("1961") ? (form.get("scope") ?? form.get("scopes")) && "" : (stryCov_9fa48("1961"), (stryMutAct_9fa48("1962") ? form.get("scope") && form.get("scopes") : (stryCov_9fa48("1962"), form.get(stryMutAct_9fa48("1963") ? "" : (stryCov_9fa48("1963"), "scope")) ?? form.get(stryMutAct_9fa48("1964") ? "" : (stryCov_9fa48("1964"), "scopes")))) ?? (stryMutAct_9fa48("1965") ? "Stryker was here!" : (stryCov_9fa48("1965"), "")))).split(stryMutAct_9fa48("1967") ? /\S+/ : stryMutAct_9fa48("1966") ? /\s/ : (stryCov_9fa48("1966", "1967"), /\s+/)).filter(Boolean));
    const scopes = (stryMutAct_9fa48("1971") ? requested.length <= 0 : stryMutAct_9fa48("1970") ? requested.length >= 0 : stryMutAct_9fa48("1969") ? false : stryMutAct_9fa48("1968") ? true : (stryCov_9fa48("1968", "1969", "1970", "1971"), requested.length > 0)) ? requested : stryMutAct_9fa48("1972") ? [] : (stryCov_9fa48("1972"), [stryMutAct_9fa48("1973") ? "" : (stryCov_9fa48("1973"), "accounting.settings")]);
    const at = xeroNowMs();
    const context = stryMutAct_9fa48("1974") ? {} : (stryCov_9fa48("1974"), {
      issuer,
      clientId: app.clientId,
      user,
      scopes: stryMutAct_9fa48("1975") ? scopes : (stryCov_9fa48("1975"), scopes.filter(stryMutAct_9fa48("1976") ? () => undefined : (stryCov_9fa48("1976"), s => stryMutAct_9fa48("1979") ? s === "openid" : stryMutAct_9fa48("1978") ? false : stryMutAct_9fa48("1977") ? true : (stryCov_9fa48("1977", "1978", "1979"), s !== (stryMutAct_9fa48("1980") ? "" : (stryCov_9fa48("1980"), "openid")))))),
      authEventId: connection.authEventId,
      globalSessionId: hex32(),
      authTime: at
    });
    return tokenResponse(context, null);
  }
}
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
import { sandboxDb } from "@/lib/xero-sandbox/db";
import { hex32, randomUuid } from "@/lib/xero-sandbox/ids";
import { orgAtUncertifiedCap, wouldExceedAppCap } from "@/lib/xero-sandbox/rules/caps";
import { ORG_CAP_MESSAGE } from "@/lib/xero-sandbox/plans";
import { getAppByClientId, type SandboxApp } from "@/lib/xero-sandbox/store/apps";
import { organisationsOf, type Organisation } from "@/lib/xero-sandbox/store/directory";
import { appPairs, appsOnOrganisations, listUserConnections, upsertConnections } from "@/lib/xero-sandbox/store/connections";
import { issueCode, recordGrant } from "@/lib/xero-sandbox/store/tokens";
import type { LoginSession } from "@/lib/xero-sandbox/engine/login-ticket";

// The authorize flow's rules: parameter checks, the organisation picker and the consent itself.

export type AuthorizeRequest = {
  app: SandboxApp;
  redirectUri: string;
  scopes: string[];
  state: string | null;
  codeChallenge: string | null;
  nonce: string | null;
};
const OPENID_SCOPES = new Set(stryMutAct_9fa48("1371") ? [] : (stryCov_9fa48("1371"), [stryMutAct_9fa48("1372") ? "" : (stryCov_9fa48("1372"), "openid"), stryMutAct_9fa48("1373") ? "" : (stryCov_9fa48("1373"), "profile"), stryMutAct_9fa48("1374") ? "" : (stryCov_9fa48("1374"), "email"), stryMutAct_9fa48("1375") ? "" : (stryCov_9fa48("1375"), "offline_access")]));
const KNOWN_SCOPE = stryMutAct_9fa48("1380") ? /^(openid|profile|email|offline_access|paymentservices|bankfeeds|(accounting|payroll|finance|practicemanager|app)\.[a-z0-9.]+|(files|assets|projects)(\.read))$/ : stryMutAct_9fa48("1379") ? /^(openid|profile|email|offline_access|paymentservices|bankfeeds|(accounting|payroll|finance|practicemanager|app)\.[^a-z0-9.]+|(files|assets|projects)(\.read)?)$/ : stryMutAct_9fa48("1378") ? /^(openid|profile|email|offline_access|paymentservices|bankfeeds|(accounting|payroll|finance|practicemanager|app)\.[a-z0-9.]|(files|assets|projects)(\.read)?)$/ : stryMutAct_9fa48("1377") ? /^(openid|profile|email|offline_access|paymentservices|bankfeeds|(accounting|payroll|finance|practicemanager|app)\.[a-z0-9.]+|(files|assets|projects)(\.read)?)/ : stryMutAct_9fa48("1376") ? /(openid|profile|email|offline_access|paymentservices|bankfeeds|(accounting|payroll|finance|practicemanager|app)\.[a-z0-9.]+|(files|assets|projects)(\.read)?)$/ : (stryCov_9fa48("1376", "1377", "1378", "1379", "1380"), /^(openid|profile|email|offline_access|paymentservices|bankfeeds|(accounting|payroll|finance|practicemanager|app)\.[a-z0-9.]+|(files|assets|projects)(\.read)?)$/);

/** Bad parameters show an error screen inside "Xero" and never redirect (FACTS B2, B9.2). */
export function parseAuthorizeRequest(q: URLSearchParams): {
  ok: true;
  request: AuthorizeRequest;
} | {
  ok: false;
  message: string;
} {
  if (stryMutAct_9fa48("1381")) {
    {}
  } else {
    stryCov_9fa48("1381");
    const app = getAppByClientId(stryMutAct_9fa48("1382") ? q.get("client_id") && "" : (stryCov_9fa48("1382"), q.get(stryMutAct_9fa48("1383") ? "" : (stryCov_9fa48("1383"), "client_id")) ?? (stryMutAct_9fa48("1384") ? "Stryker was here!" : (stryCov_9fa48("1384"), ""))));
    if (stryMutAct_9fa48("1387") ? false : stryMutAct_9fa48("1386") ? true : stryMutAct_9fa48("1385") ? app : (stryCov_9fa48("1385", "1386", "1387"), !app)) return stryMutAct_9fa48("1388") ? {} : (stryCov_9fa48("1388"), {
      ok: stryMutAct_9fa48("1389") ? true : (stryCov_9fa48("1389"), false),
      message: stryMutAct_9fa48("1390") ? "" : (stryCov_9fa48("1390"), "Unknown client_id.")
    });
    if (stryMutAct_9fa48("1393") ? app.authType !== "custom" : stryMutAct_9fa48("1392") ? false : stryMutAct_9fa48("1391") ? true : (stryCov_9fa48("1391", "1392", "1393"), app.authType === (stryMutAct_9fa48("1394") ? "" : (stryCov_9fa48("1394"), "custom")))) return stryMutAct_9fa48("1395") ? {} : (stryCov_9fa48("1395"), {
      ok: stryMutAct_9fa48("1396") ? true : (stryCov_9fa48("1396"), false),
      message: stryMutAct_9fa48("1397") ? "" : (stryCov_9fa48("1397"), "Custom Connections are authorised from the developer portal, not through a redirect.")
    });
    const redirectUri = stryMutAct_9fa48("1398") ? q.get("redirect_uri") && "" : (stryCov_9fa48("1398"), q.get(stryMutAct_9fa48("1399") ? "" : (stryCov_9fa48("1399"), "redirect_uri")) ?? (stryMutAct_9fa48("1400") ? "Stryker was here!" : (stryCov_9fa48("1400"), "")));
    if (stryMutAct_9fa48("1403") ? false : stryMutAct_9fa48("1402") ? true : stryMutAct_9fa48("1401") ? app.redirectUris.includes(redirectUri) : (stryCov_9fa48("1401", "1402", "1403"), !app.redirectUris.includes(redirectUri))) return stryMutAct_9fa48("1404") ? {} : (stryCov_9fa48("1404"), {
      ok: stryMutAct_9fa48("1405") ? true : (stryCov_9fa48("1405"), false),
      message: stryMutAct_9fa48("1406") ? "" : (stryCov_9fa48("1406"), "The redirect_uri does not match any redirect URI registered for this app.")
    });
    if (stryMutAct_9fa48("1409") ? q.get("response_type") === "code" : stryMutAct_9fa48("1408") ? false : stryMutAct_9fa48("1407") ? true : (stryCov_9fa48("1407", "1408", "1409"), q.get(stryMutAct_9fa48("1410") ? "" : (stryCov_9fa48("1410"), "response_type")) !== (stryMutAct_9fa48("1411") ? "" : (stryCov_9fa48("1411"), "code")))) return stryMutAct_9fa48("1412") ? {} : (stryCov_9fa48("1412"), {
      ok: stryMutAct_9fa48("1413") ? true : (stryCov_9fa48("1413"), false),
      message: stryMutAct_9fa48("1414") ? "" : (stryCov_9fa48("1414"), "response_type must be code.")
    });
    const scopes = stryMutAct_9fa48("1415") ? (q.get("scope") ?? "").split(/\s+/) : (stryCov_9fa48("1415"), (stryMutAct_9fa48("1416") ? q.get("scope") && "" : (stryCov_9fa48("1416"), q.get(stryMutAct_9fa48("1417") ? "" : (stryCov_9fa48("1417"), "scope")) ?? (stryMutAct_9fa48("1418") ? "Stryker was here!" : (stryCov_9fa48("1418"), "")))).split(stryMutAct_9fa48("1420") ? /\S+/ : stryMutAct_9fa48("1419") ? /\s/ : (stryCov_9fa48("1419", "1420"), /\s+/)).filter(Boolean));
    if (stryMutAct_9fa48("1423") ? scopes.length !== 0 : stryMutAct_9fa48("1422") ? false : stryMutAct_9fa48("1421") ? true : (stryCov_9fa48("1421", "1422", "1423"), scopes.length === 0)) return stryMutAct_9fa48("1424") ? {} : (stryCov_9fa48("1424"), {
      ok: stryMutAct_9fa48("1425") ? true : (stryCov_9fa48("1425"), false),
      message: stryMutAct_9fa48("1426") ? "" : (stryCov_9fa48("1426"), "No scope was requested.")
    });
    const bad = scopes.find(stryMutAct_9fa48("1427") ? () => undefined : (stryCov_9fa48("1427"), s => stryMutAct_9fa48("1428") ? KNOWN_SCOPE.test(s) : (stryCov_9fa48("1428"), !KNOWN_SCOPE.test(s))));
    if (stryMutAct_9fa48("1430") ? false : stryMutAct_9fa48("1429") ? true : (stryCov_9fa48("1429", "1430"), bad)) return stryMutAct_9fa48("1431") ? {} : (stryCov_9fa48("1431"), {
      ok: stryMutAct_9fa48("1432") ? true : (stryCov_9fa48("1432"), false),
      message: stryMutAct_9fa48("1433") ? `` : (stryCov_9fa48("1433"), `Invalid scope: ${bad}`)
    });
    const codeChallenge = q.get(stryMutAct_9fa48("1434") ? "" : (stryCov_9fa48("1434"), "code_challenge"));
    const method = q.get(stryMutAct_9fa48("1435") ? "" : (stryCov_9fa48("1435"), "code_challenge_method"));
    if (stryMutAct_9fa48("1438") ? codeChallenge || method || method !== "S256" || !codeChallenge : stryMutAct_9fa48("1437") ? false : stryMutAct_9fa48("1436") ? true : (stryCov_9fa48("1436", "1437", "1438"), (stryMutAct_9fa48("1440") ? codeChallenge && method : stryMutAct_9fa48("1439") ? true : (stryCov_9fa48("1439", "1440"), codeChallenge || method)) && (stryMutAct_9fa48("1442") ? method !== "S256" && !codeChallenge : stryMutAct_9fa48("1441") ? true : (stryCov_9fa48("1441", "1442"), (stryMutAct_9fa48("1444") ? method === "S256" : stryMutAct_9fa48("1443") ? false : (stryCov_9fa48("1443", "1444"), method !== (stryMutAct_9fa48("1445") ? "" : (stryCov_9fa48("1445"), "S256")))) || (stryMutAct_9fa48("1446") ? codeChallenge : (stryCov_9fa48("1446"), !codeChallenge)))))) return stryMutAct_9fa48("1447") ? {} : (stryCov_9fa48("1447"), {
      ok: stryMutAct_9fa48("1448") ? true : (stryCov_9fa48("1448"), false),
      message: stryMutAct_9fa48("1449") ? "" : (stryCov_9fa48("1449"), "PKCE needs code_challenge with code_challenge_method=S256.")
    });
    if (stryMutAct_9fa48("1452") ? app.authType === "pkce" || !codeChallenge : stryMutAct_9fa48("1451") ? false : stryMutAct_9fa48("1450") ? true : (stryCov_9fa48("1450", "1451", "1452"), (stryMutAct_9fa48("1454") ? app.authType !== "pkce" : stryMutAct_9fa48("1453") ? true : (stryCov_9fa48("1453", "1454"), app.authType === (stryMutAct_9fa48("1455") ? "" : (stryCov_9fa48("1455"), "pkce")))) && (stryMutAct_9fa48("1456") ? codeChallenge : (stryCov_9fa48("1456"), !codeChallenge)))) return stryMutAct_9fa48("1457") ? {} : (stryCov_9fa48("1457"), {
      ok: stryMutAct_9fa48("1458") ? true : (stryCov_9fa48("1458"), false),
      message: stryMutAct_9fa48("1459") ? "" : (stryCov_9fa48("1459"), "This app uses PKCE: code_challenge is required.")
    });
    return stryMutAct_9fa48("1460") ? {} : (stryCov_9fa48("1460"), {
      ok: stryMutAct_9fa48("1461") ? false : (stryCov_9fa48("1461"), true),
      request: stryMutAct_9fa48("1462") ? {} : (stryCov_9fa48("1462"), {
        app,
        redirectUri,
        scopes,
        state: q.get(stryMutAct_9fa48("1463") ? "" : (stryCov_9fa48("1463"), "state")),
        codeChallenge,
        nonce: q.get(stryMutAct_9fa48("1464") ? "" : (stryCov_9fa48("1464"), "nonce"))
      })
    });
  }
}

/** Signing in with only OpenID scopes connects no organisation, so no picker is shown. */
export const needsOrganisations = stryMutAct_9fa48("1465") ? () => undefined : (stryCov_9fa48("1465"), (() => {
  const needsOrganisations = (scopes: string[]) => stryMutAct_9fa48("1466") ? scopes.every(s => !OPENID_SCOPES.has(s)) : (stryCov_9fa48("1466"), scopes.some(stryMutAct_9fa48("1467") ? () => undefined : (stryCov_9fa48("1467"), s => stryMutAct_9fa48("1468") ? OPENID_SCOPES.has(s) : (stryCov_9fa48("1468"), !OPENID_SCOPES.has(s)))));
  return needsOrganisations;
})());
export type PickerOption = {
  org: Organisation;
  connected: boolean;
  disabledReason: string | null;
};
export function pickerOptions(app: SandboxApp, userId: string): PickerOption[] {
  if (stryMutAct_9fa48("1469")) {
    {}
  } else {
    stryCov_9fa48("1469");
    const orgs = organisationsOf(userId);
    const mine = new Set(listUserConnections(app.id, userId).map(stryMutAct_9fa48("1470") ? () => undefined : (stryCov_9fa48("1470"), c => c.orgId)));
    const onOrgs = appsOnOrganisations(orgs.map(stryMutAct_9fa48("1471") ? () => undefined : (stryCov_9fa48("1471"), o => o.id)));
    return orgs.map(stryMutAct_9fa48("1472") ? () => undefined : (stryCov_9fa48("1472"), org => stryMutAct_9fa48("1473") ? {} : (stryCov_9fa48("1473"), {
      org,
      connected: mine.has(org.id),
      disabledReason: orgAtUncertifiedCap(app, stryMutAct_9fa48("1474") ? onOrgs.get(org.id) && [] : (stryCov_9fa48("1474"), onOrgs.get(org.id) ?? (stryMutAct_9fa48("1475") ? ["Stryker was here"] : (stryCov_9fa48("1475"), [])))) ? ORG_CAP_MESSAGE : null
    })));
  }
}
export type ConsentOutcome = {
  kind: "redirect";
  location: string;
} | {
  kind: "limit";
} | {
  kind: "invalid";
  message: string;
};
export function grantConsent(req: AuthorizeRequest, session: LoginSession, orgIds: string[]): ConsentOutcome {
  if (stryMutAct_9fa48("1476")) {
    {}
  } else {
    stryCov_9fa48("1476");
    const options = new Map(pickerOptions(req.app, session.userId).map(stryMutAct_9fa48("1477") ? () => undefined : (stryCov_9fa48("1477"), o => stryMutAct_9fa48("1478") ? [] : (stryCov_9fa48("1478"), [o.org.id, o]))));
    const picked = (stryMutAct_9fa48("1479") ? [] : (stryCov_9fa48("1479"), [...new Set(orgIds)])).map(stryMutAct_9fa48("1480") ? () => undefined : (stryCov_9fa48("1480"), id => options.get(id)));
    if (stryMutAct_9fa48("1483") ? picked.every(o => !o || o.disabledReason) : stryMutAct_9fa48("1482") ? false : stryMutAct_9fa48("1481") ? true : (stryCov_9fa48("1481", "1482", "1483"), picked.some(stryMutAct_9fa48("1484") ? () => undefined : (stryCov_9fa48("1484"), o => stryMutAct_9fa48("1487") ? !o && o.disabledReason : stryMutAct_9fa48("1486") ? false : stryMutAct_9fa48("1485") ? true : (stryCov_9fa48("1485", "1486", "1487"), (stryMutAct_9fa48("1488") ? o : (stryCov_9fa48("1488"), !o)) || o.disabledReason))))) return stryMutAct_9fa48("1489") ? {} : (stryCov_9fa48("1489"), {
      kind: stryMutAct_9fa48("1490") ? "" : (stryCov_9fa48("1490"), "invalid"),
      message: stryMutAct_9fa48("1491") ? "" : (stryCov_9fa48("1491"), "One of the selected organisations cannot be connected.")
    });
    if (stryMutAct_9fa48("1494") ? needsOrganisations(req.scopes) || picked.length === 0 : stryMutAct_9fa48("1493") ? false : stryMutAct_9fa48("1492") ? true : (stryCov_9fa48("1492", "1493", "1494"), needsOrganisations(req.scopes) && (stryMutAct_9fa48("1496") ? picked.length !== 0 : stryMutAct_9fa48("1495") ? true : (stryCov_9fa48("1495", "1496"), picked.length === 0)))) return stryMutAct_9fa48("1497") ? {} : (stryCov_9fa48("1497"), {
      kind: stryMutAct_9fa48("1498") ? "" : (stryCov_9fa48("1498"), "invalid"),
      message: stryMutAct_9fa48("1499") ? "" : (stryCov_9fa48("1499"), "Select at least one organisation.")
    });
    const orgs = picked.map(stryMutAct_9fa48("1500") ? () => undefined : (stryCov_9fa48("1500"), o => o!.org));
    if (stryMutAct_9fa48("1502") ? false : stryMutAct_9fa48("1501") ? true : (stryCov_9fa48("1501", "1502"), wouldExceedAppCap(req.app, appPairs(req.app.id), session.userId, orgs))) return stryMutAct_9fa48("1503") ? {} : (stryCov_9fa48("1503"), {
      kind: stryMutAct_9fa48("1504") ? "" : (stryCov_9fa48("1504"), "limit")
    });
    const at = xeroNowMs();
    const authEventId = randomUuid();
    const code = sandboxDb().transaction(() => {
      if (stryMutAct_9fa48("1505")) {
        {}
      } else {
        stryCov_9fa48("1505");
        upsertConnections(req.app.id, session.userId, orgs.map(stryMutAct_9fa48("1506") ? () => undefined : (stryCov_9fa48("1506"), o => o.id)), authEventId, at);
        const scopes = recordGrant(req.app.id, session.userId, req.scopes, at);
        return issueCode(stryMutAct_9fa48("1507") ? {} : (stryCov_9fa48("1507"), {
          appId: req.app.id,
          userId: session.userId,
          redirectUri: req.redirectUri,
          scopes: scopes.join(stryMutAct_9fa48("1508") ? "" : (stryCov_9fa48("1508"), " ")),
          codeChallenge: req.codeChallenge,
          nonce: req.nonce,
          authEventId,
          globalSessionId: session.globalSessionId,
          authTime: session.authTime,
          issuedAt: at
        }));
      }
    });
    const params: Record<string, string> = stryMutAct_9fa48("1509") ? {} : (stryCov_9fa48("1509"), {
      code,
      scope: req.scopes.join(stryMutAct_9fa48("1510") ? "" : (stryCov_9fa48("1510"), " "))
    });
    if (stryMutAct_9fa48("1513") ? req.state === null : stryMutAct_9fa48("1512") ? false : stryMutAct_9fa48("1511") ? true : (stryCov_9fa48("1511", "1512", "1513"), req.state !== null)) params.state = req.state;
    params.session_state = hex32();
    return stryMutAct_9fa48("1514") ? {} : (stryCov_9fa48("1514"), {
      kind: stryMutAct_9fa48("1515") ? "" : (stryCov_9fa48("1515"), "redirect"),
      location: withQuery(req.redirectUri, params)
    });
  }
}

/** Cancel: back to the app with error=access_denied and no code (FACTS B2). */
export function deniedLocation(req: AuthorizeRequest): string {
  if (stryMutAct_9fa48("1516")) {
    {}
  } else {
    stryCov_9fa48("1516");
    return withQuery(req.redirectUri, (stryMutAct_9fa48("1519") ? req.state === null : stryMutAct_9fa48("1518") ? false : stryMutAct_9fa48("1517") ? true : (stryCov_9fa48("1517", "1518", "1519"), req.state !== null)) ? stryMutAct_9fa48("1520") ? {} : (stryCov_9fa48("1520"), {
      error: stryMutAct_9fa48("1521") ? "" : (stryCov_9fa48("1521"), "access_denied"),
      state: req.state
    }) : stryMutAct_9fa48("1522") ? {} : (stryCov_9fa48("1522"), {
      error: stryMutAct_9fa48("1523") ? "" : (stryCov_9fa48("1523"), "access_denied")
    }));
  }
}
function withQuery(base: string, params: Record<string, string>): string {
  if (stryMutAct_9fa48("1524")) {
    {}
  } else {
    stryCov_9fa48("1524");
    const url = new URL(base);
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    return url.toString();
  }
}
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
import { staleReasonCodes, type StaleReasonCode } from "./reasons";

// Pure staleness rules (DESIGN §2): each looks at plain facts about one connection, its grant and the
// same organisation's other connections to the same app, and returns a reason code with a plain
// sentence, or null. No I/O and no clock: `ctx.now` is passed in.
//
// "Successful call" (the idle rule): Connection Desk cannot see the app's own traffic to Xero, only the
// calls it makes itself. A call counts when its answer proved this connection works: a GET /connections
// by the connection's grant that listed it (`lastSeenAt`, every sync) or a tenant-scoped call for its
// organisation that succeeded (`lastOkCallAt`, when one is made). The later of the two is the last
// successful call; a token refresh alone proves nothing about one organisation. So "idle" means that
// for N days nothing we did could confirm the connection: its grant's syncs keep failing or stopped.

export type GrantFacts = {
  status: "active" | "needs_reauth" | "revoked";
  name: string;
  email: string;
  /** When the refresh token in force was obtained; Xero expires it after `refreshLifetimeDays` unused. */
  refreshObtainedAt: Date | null;
  /** Every auth event whose tokens this grant has held (the dashboard's own consents and the seed's). */
  authEventIds: readonly string[];
};
export type ConnectionFacts = {
  id: string;
  tenantName: string;
  status: "active" | "stale" | "disconnected";
  authEventId: string | null;
  xeroUpdatedAt: Date | null;
  lastSeenAt: Date;
  lastOkCallAt: Date | null;
  /** The organisation's latest answer for this app was 403 AuthenticationUnsuccessful, at this time. */
  lastForbiddenAt: Date | null;
  disconnectedBy: string | null;
  grant: GrantFacts;
  app: {
    plan: string;
  };
};
export type StaleContext = {
  now: Date;
  idleDays: number;
  refreshLifetimeDays?: number;
  expiryWarningDays?: number;
};
export type StaleReason = {
  code: StaleReasonCode;
  sentence: string;
};
type Rule = (c: ConnectionFacts, ctx: StaleContext) => StaleReason | null;
const DAY = stryMutAct_9fa48("1182") ? 24 * 60 * 60 / 1000 : (stryCov_9fa48("1182"), (stryMutAct_9fa48("1183") ? 24 * 60 / 60 : (stryCov_9fa48("1183"), (stryMutAct_9fa48("1184") ? 24 / 60 : (stryCov_9fa48("1184"), 24 * 60)) * 60)) * 1000);
export const REFRESH_LIFETIME_DAYS = 60;
export const EXPIRY_WARNING_DAYS = 7;
const day = stryMutAct_9fa48("1185") ? () => undefined : (stryCov_9fa48("1185"), (() => {
  const day = (d: Date) => stryMutAct_9fa48("1186") ? d.toISOString() : (stryCov_9fa48("1186"), d.toISOString().slice(0, 10));
  return day;
})());
const days = stryMutAct_9fa48("1187") ? () => undefined : (stryCov_9fa48("1187"), (() => {
  const days = (n: number) => stryMutAct_9fa48("1188") ? `` : (stryCov_9fa48("1188"), `${n} day${(stryMutAct_9fa48("1191") ? n !== 1 : stryMutAct_9fa48("1190") ? false : stryMutAct_9fa48("1189") ? true : (stryCov_9fa48("1189", "1190", "1191"), n === 1)) ? stryMutAct_9fa48("1192") ? "Stryker was here!" : (stryCov_9fa48("1192"), "") : stryMutAct_9fa48("1193") ? "" : (stryCov_9fa48("1193"), "s")}`);
  return days;
})());
const who = stryMutAct_9fa48("1194") ? () => undefined : (stryCov_9fa48("1194"), (() => {
  const who = (g: GrantFacts) => g.email ? stryMutAct_9fa48("1195") ? `` : (stryCov_9fa48("1195"), `${g.name} (${g.email})`) : g.name;
  return who;
})());
const isCustom = stryMutAct_9fa48("1196") ? () => undefined : (stryCov_9fa48("1196"), (() => {
  const isCustom = (c: ConnectionFacts) => stryMutAct_9fa48("1199") ? c.app.plan !== "custom-connection" : stryMutAct_9fa48("1198") ? false : stryMutAct_9fa48("1197") ? true : (stryCov_9fa48("1197", "1198", "1199"), c.app.plan === (stryMutAct_9fa48("1200") ? "" : (stryCov_9fa48("1200"), "custom-connection")));
  return isCustom;
})());
const isLive = stryMutAct_9fa48("1201") ? () => undefined : (stryCov_9fa48("1201"), (() => {
  const isLive = (c: ConnectionFacts) => stryMutAct_9fa48("1204") ? c.status === "disconnected" : stryMutAct_9fa48("1203") ? false : stryMutAct_9fa48("1202") ? true : (stryCov_9fa48("1202", "1203", "1204"), c.status !== (stryMutAct_9fa48("1205") ? "" : (stryCov_9fa48("1205"), "disconnected")));
  return isLive;
})());
export const needsReauth: Rule = c => {
  if (stryMutAct_9fa48("1206")) {
    {}
  } else {
    stryCov_9fa48("1206");
    if (stryMutAct_9fa48("1209") ? !isLive(c) && c.grant.status === "active" : stryMutAct_9fa48("1208") ? false : stryMutAct_9fa48("1207") ? true : (stryCov_9fa48("1207", "1208", "1209"), (stryMutAct_9fa48("1210") ? isLive(c) : (stryCov_9fa48("1210"), !isLive(c))) || (stryMutAct_9fa48("1212") ? c.grant.status !== "active" : stryMutAct_9fa48("1211") ? false : (stryCov_9fa48("1211", "1212"), c.grant.status === (stryMutAct_9fa48("1213") ? "" : (stryCov_9fa48("1213"), "active")))))) return null;
    const sentence = (stryMutAct_9fa48("1216") ? c.grant.status !== "revoked" : stryMutAct_9fa48("1215") ? false : stryMutAct_9fa48("1214") ? true : (stryCov_9fa48("1214", "1215", "1216"), c.grant.status === (stryMutAct_9fa48("1217") ? "" : (stryCov_9fa48("1217"), "revoked")))) ? stryMutAct_9fa48("1218") ? `` : (stryCov_9fa48("1218"), `${who(c.grant)}'s authorisation was revoked: no token works for this connection any more.`) : stryMutAct_9fa48("1219") ? `` : (stryCov_9fa48("1219"), `Xero refused to refresh ${who(c.grant)}'s tokens (invalid_grant: expired, rotated away or revoked): the grant needs re-authorisation.`);
    return stryMutAct_9fa48("1220") ? {} : (stryCov_9fa48("1220"), {
      code: stryMutAct_9fa48("1221") ? "" : (stryCov_9fa48("1221"), "needs_reauth"),
      sentence
    });
  }
};

/** Custom Connections have no refresh token; a grant already condemned says more than its expiry. */
export const refreshExpiry: Rule = (c, ctx) => {
  if (stryMutAct_9fa48("1222")) {
    {}
  } else {
    stryCov_9fa48("1222");
    if (stryMutAct_9fa48("1225") ? (!isLive(c) || isCustom(c) || c.grant.status !== "active") && !c.grant.refreshObtainedAt : stryMutAct_9fa48("1224") ? false : stryMutAct_9fa48("1223") ? true : (stryCov_9fa48("1223", "1224", "1225"), (stryMutAct_9fa48("1227") ? (!isLive(c) || isCustom(c)) && c.grant.status !== "active" : stryMutAct_9fa48("1226") ? false : (stryCov_9fa48("1226", "1227"), (stryMutAct_9fa48("1229") ? !isLive(c) && isCustom(c) : stryMutAct_9fa48("1228") ? false : (stryCov_9fa48("1228", "1229"), (stryMutAct_9fa48("1230") ? isLive(c) : (stryCov_9fa48("1230"), !isLive(c))) || isCustom(c))) || (stryMutAct_9fa48("1232") ? c.grant.status === "active" : stryMutAct_9fa48("1231") ? false : (stryCov_9fa48("1231", "1232"), c.grant.status !== (stryMutAct_9fa48("1233") ? "" : (stryCov_9fa48("1233"), "active")))))) || (stryMutAct_9fa48("1234") ? c.grant.refreshObtainedAt : (stryCov_9fa48("1234"), !c.grant.refreshObtainedAt)))) return null;
    const expiresAt = new Date(stryMutAct_9fa48("1235") ? c.grant.refreshObtainedAt.getTime() - (ctx.refreshLifetimeDays ?? REFRESH_LIFETIME_DAYS) * DAY : (stryCov_9fa48("1235"), c.grant.refreshObtainedAt.getTime() + (stryMutAct_9fa48("1236") ? (ctx.refreshLifetimeDays ?? REFRESH_LIFETIME_DAYS) / DAY : (stryCov_9fa48("1236"), (stryMutAct_9fa48("1237") ? ctx.refreshLifetimeDays && REFRESH_LIFETIME_DAYS : (stryCov_9fa48("1237"), ctx.refreshLifetimeDays ?? REFRESH_LIFETIME_DAYS)) * DAY))));
    const left = stryMutAct_9fa48("1238") ? expiresAt.getTime() + ctx.now.getTime() : (stryCov_9fa48("1238"), expiresAt.getTime() - ctx.now.getTime());
    if (stryMutAct_9fa48("1242") ? left > 0 : stryMutAct_9fa48("1241") ? left < 0 : stryMutAct_9fa48("1240") ? false : stryMutAct_9fa48("1239") ? true : (stryCov_9fa48("1239", "1240", "1241", "1242"), left <= 0)) return stryMutAct_9fa48("1243") ? {} : (stryCov_9fa48("1243"), {
      code: stryMutAct_9fa48("1244") ? "" : (stryCov_9fa48("1244"), "refresh_expired"),
      sentence: stryMutAct_9fa48("1245") ? `` : (stryCov_9fa48("1245"), `${who(c.grant)}'s refresh token expired on ${day(expiresAt)}: it was not used for ${stryMutAct_9fa48("1246") ? ctx.refreshLifetimeDays && REFRESH_LIFETIME_DAYS : (stryCov_9fa48("1246"), ctx.refreshLifetimeDays ?? REFRESH_LIFETIME_DAYS)} days.`)
    });
    if (stryMutAct_9fa48("1250") ? left <= (ctx.expiryWarningDays ?? EXPIRY_WARNING_DAYS) * DAY : stryMutAct_9fa48("1249") ? left >= (ctx.expiryWarningDays ?? EXPIRY_WARNING_DAYS) * DAY : stryMutAct_9fa48("1248") ? false : stryMutAct_9fa48("1247") ? true : (stryCov_9fa48("1247", "1248", "1249", "1250"), left > (stryMutAct_9fa48("1251") ? (ctx.expiryWarningDays ?? EXPIRY_WARNING_DAYS) / DAY : (stryCov_9fa48("1251"), (stryMutAct_9fa48("1252") ? ctx.expiryWarningDays && EXPIRY_WARNING_DAYS : (stryCov_9fa48("1252"), ctx.expiryWarningDays ?? EXPIRY_WARNING_DAYS)) * DAY)))) return null;
    return stryMutAct_9fa48("1253") ? {} : (stryCov_9fa48("1253"), {
      code: stryMutAct_9fa48("1254") ? "" : (stryCov_9fa48("1254"), "refresh_expiring"),
      sentence: stryMutAct_9fa48("1255") ? `` : (stryCov_9fa48("1255"), `${who(c.grant)}'s refresh token expires on ${day(expiresAt)} (in ${days(Math.ceil(stryMutAct_9fa48("1256") ? left * DAY : (stryCov_9fa48("1256"), left / DAY)))}) unless it is refreshed.`)
    });
  }
};
export const vanished: Rule = stryMutAct_9fa48("1257") ? () => undefined : (stryCov_9fa48("1257"), (() => {
  const vanished: Rule = c => (stryMutAct_9fa48("1260") ? c.status === "disconnected" || c.disconnectedBy?.startsWith("Xero") : stryMutAct_9fa48("1259") ? false : stryMutAct_9fa48("1258") ? true : (stryCov_9fa48("1258", "1259", "1260"), (stryMutAct_9fa48("1262") ? c.status !== "disconnected" : stryMutAct_9fa48("1261") ? true : (stryCov_9fa48("1261", "1262"), c.status === (stryMutAct_9fa48("1263") ? "" : (stryCov_9fa48("1263"), "disconnected")))) && (stryMutAct_9fa48("1265") ? c.disconnectedBy.startsWith("Xero") : stryMutAct_9fa48("1264") ? c.disconnectedBy?.endsWith("Xero") : (stryCov_9fa48("1264", "1265"), c.disconnectedBy?.startsWith(stryMutAct_9fa48("1266") ? "" : (stryCov_9fa48("1266"), "Xero")))))) ? stryMutAct_9fa48("1267") ? {} : (stryCov_9fa48("1267"), {
    code: stryMutAct_9fa48("1268") ? "" : (stryCov_9fa48("1268"), "vanished"),
    sentence: stryMutAct_9fa48("1269") ? `` : (stryCov_9fa48("1269"), `Xero stopped listing ${c.tenantName} for ${who(c.grant)}: it was disconnected on Xero's side (Connected Apps) or the organisation was removed.`)
  }) : null;
  return vanished;
})());
export const organisationForbidden: Rule = c => {
  if (stryMutAct_9fa48("1270")) {
    {}
  } else {
    stryCov_9fa48("1270");
    if (stryMutAct_9fa48("1273") ? !isLive(c) && !c.lastForbiddenAt : stryMutAct_9fa48("1272") ? false : stryMutAct_9fa48("1271") ? true : (stryCov_9fa48("1271", "1272", "1273"), (stryMutAct_9fa48("1274") ? isLive(c) : (stryCov_9fa48("1274"), !isLive(c))) || (stryMutAct_9fa48("1275") ? c.lastForbiddenAt : (stryCov_9fa48("1275"), !c.lastForbiddenAt)))) return null;
    if (stryMutAct_9fa48("1278") ? c.lastOkCallAt || c.lastOkCallAt > c.lastForbiddenAt : stryMutAct_9fa48("1277") ? false : stryMutAct_9fa48("1276") ? true : (stryCov_9fa48("1276", "1277", "1278"), c.lastOkCallAt && (stryMutAct_9fa48("1281") ? c.lastOkCallAt <= c.lastForbiddenAt : stryMutAct_9fa48("1280") ? c.lastOkCallAt >= c.lastForbiddenAt : stryMutAct_9fa48("1279") ? true : (stryCov_9fa48("1279", "1280", "1281"), c.lastOkCallAt > c.lastForbiddenAt)))) return null;
    return stryMutAct_9fa48("1282") ? {} : (stryCov_9fa48("1282"), {
      code: stryMutAct_9fa48("1283") ? "" : (stryCov_9fa48("1283"), "org_forbidden"),
      sentence: stryMutAct_9fa48("1284") ? `` : (stryCov_9fa48("1284"), `${c.tenantName} answered 403 AuthenticationUnsuccessful on ${day(c.lastForbiddenAt)}: the organisation may be deleted or its trial ended, or the user lost access.`)
    });
  }
};

/** Xero lists it under this user, but from an auth event whose tokens we never held (FACTS A4). */
export const earlierSignIn: Rule = c => {
  if (stryMutAct_9fa48("1285")) {
    {}
  } else {
    stryCov_9fa48("1285");
    if (stryMutAct_9fa48("1288") ? (!isLive(c) || isCustom(c) || !c.authEventId) && c.grant.authEventIds.includes(c.authEventId) : stryMutAct_9fa48("1287") ? false : stryMutAct_9fa48("1286") ? true : (stryCov_9fa48("1286", "1287", "1288"), (stryMutAct_9fa48("1290") ? (!isLive(c) || isCustom(c)) && !c.authEventId : stryMutAct_9fa48("1289") ? false : (stryCov_9fa48("1289", "1290"), (stryMutAct_9fa48("1292") ? !isLive(c) && isCustom(c) : stryMutAct_9fa48("1291") ? false : (stryCov_9fa48("1291", "1292"), (stryMutAct_9fa48("1293") ? isLive(c) : (stryCov_9fa48("1293"), !isLive(c))) || isCustom(c))) || (stryMutAct_9fa48("1294") ? c.authEventId : (stryCov_9fa48("1294"), !c.authEventId)))) || c.grant.authEventIds.includes(c.authEventId))) return null;
    return stryMutAct_9fa48("1295") ? {} : (stryCov_9fa48("1295"), {
      code: stryMutAct_9fa48("1296") ? "" : (stryCov_9fa48("1296"), "earlier_sign_in"),
      sentence: stryMutAct_9fa48("1297") ? `` : (stryCov_9fa48("1297"), `Listed under ${who(c.grant)} from a sign-in this dashboard holds no tokens for (auth event ${stryMutAct_9fa48("1298") ? c.authEventId : (stryCov_9fa48("1298"), c.authEventId.slice(0, 8))}…), typically left behind when someone logged out and in again elsewhere. It still fills a slot.`)
    });
  }
};
export const idle: Rule = (c, ctx) => {
  if (stryMutAct_9fa48("1299")) {
    {}
  } else {
    stryCov_9fa48("1299");
    if (stryMutAct_9fa48("1302") ? false : stryMutAct_9fa48("1301") ? true : stryMutAct_9fa48("1300") ? isLive(c) : (stryCov_9fa48("1300", "1301", "1302"), !isLive(c))) return null;
    const last = (stryMutAct_9fa48("1305") ? c.lastOkCallAt || c.lastOkCallAt > c.lastSeenAt : stryMutAct_9fa48("1304") ? false : stryMutAct_9fa48("1303") ? true : (stryCov_9fa48("1303", "1304", "1305"), c.lastOkCallAt && (stryMutAct_9fa48("1308") ? c.lastOkCallAt <= c.lastSeenAt : stryMutAct_9fa48("1307") ? c.lastOkCallAt >= c.lastSeenAt : stryMutAct_9fa48("1306") ? true : (stryCov_9fa48("1306", "1307", "1308"), c.lastOkCallAt > c.lastSeenAt)))) ? c.lastOkCallAt : c.lastSeenAt;
    const quiet = Math.floor(stryMutAct_9fa48("1309") ? (ctx.now.getTime() - last.getTime()) * DAY : (stryCov_9fa48("1309"), (stryMutAct_9fa48("1310") ? ctx.now.getTime() + last.getTime() : (stryCov_9fa48("1310"), ctx.now.getTime() - last.getTime())) / DAY));
    if (stryMutAct_9fa48("1314") ? quiet >= ctx.idleDays : stryMutAct_9fa48("1313") ? quiet <= ctx.idleDays : stryMutAct_9fa48("1312") ? false : stryMutAct_9fa48("1311") ? true : (stryCov_9fa48("1311", "1312", "1313", "1314"), quiet < ctx.idleDays)) return null;
    return stryMutAct_9fa48("1315") ? {} : (stryCov_9fa48("1315"), {
      code: stryMutAct_9fa48("1316") ? "" : (stryCov_9fa48("1316"), "idle"),
      sentence: stryMutAct_9fa48("1317") ? `` : (stryCov_9fa48("1317"), `No successful call has confirmed this connection for ${days(quiet)} (last on ${day(last)}; the limit is ${days(ctx.idleDays)}).`)
    });
  }
};

/** Every rule that looks at one connection alone. */
export const singleRules: Rule[] = stryMutAct_9fa48("1318") ? [] : (stryCov_9fa48("1318"), [needsReauth, refreshExpiry, organisationForbidden, earlierSignIn, idle, vanished]);
const ownReasons = stryMutAct_9fa48("1319") ? () => undefined : (stryCov_9fa48("1319"), (() => {
  const ownReasons = (c: ConnectionFacts, ctx: StaleContext) => stryMutAct_9fa48("1320") ? singleRules.map(r => r(c, ctx)) : (stryCov_9fa48("1320"), singleRules.map(stryMutAct_9fa48("1321") ? () => undefined : (stryCov_9fa48("1321"), r => r(c, ctx))).filter(stryMutAct_9fa48("1322") ? () => undefined : (stryCov_9fa48("1322"), (r): r is StaleReason => stryMutAct_9fa48("1325") ? r === null : stryMutAct_9fa48("1324") ? false : stryMutAct_9fa48("1323") ? true : (stryCov_9fa48("1323", "1324", "1325"), r !== null))));
  return ownReasons;
})());

/**
 * Of several live connections of one app to one organisation, the one to keep: the healthiest (fewest
 * reasons of its own), then the most recently consented, then by id so the choice is stable.
 */
export function pickKeeper(group: ConnectionFacts[], ctx: StaleContext): ConnectionFacts | undefined {
  if (stryMutAct_9fa48("1326")) {
    {}
  } else {
    stryCov_9fa48("1326");
    const scored = stryMutAct_9fa48("1327") ? group.map(c => ({
      c,
      n: ownReasons(c, ctx).length,
      at: c.xeroUpdatedAt?.getTime() ?? 0
    })) : (stryCov_9fa48("1327"), group.filter(isLive).map(stryMutAct_9fa48("1328") ? () => undefined : (stryCov_9fa48("1328"), c => stryMutAct_9fa48("1329") ? {} : (stryCov_9fa48("1329"), {
      c,
      n: ownReasons(c, ctx).length,
      at: stryMutAct_9fa48("1330") ? c.xeroUpdatedAt?.getTime() && 0 : (stryCov_9fa48("1330"), (stryMutAct_9fa48("1331") ? c.xeroUpdatedAt.getTime() : (stryCov_9fa48("1331"), c.xeroUpdatedAt?.getTime())) ?? 0)
    }))));
    stryMutAct_9fa48("1332") ? scored : (stryCov_9fa48("1332"), scored.sort(stryMutAct_9fa48("1333") ? () => undefined : (stryCov_9fa48("1333"), (a, b) => stryMutAct_9fa48("1336") ? (a.n - b.n || b.at - a.at) && a.c.id.localeCompare(b.c.id) : stryMutAct_9fa48("1335") ? false : stryMutAct_9fa48("1334") ? true : (stryCov_9fa48("1334", "1335", "1336"), (stryMutAct_9fa48("1338") ? a.n - b.n && b.at - a.at : stryMutAct_9fa48("1337") ? false : (stryCov_9fa48("1337", "1338"), (stryMutAct_9fa48("1339") ? a.n + b.n : (stryCov_9fa48("1339"), a.n - b.n)) || (stryMutAct_9fa48("1340") ? b.at + a.at : (stryCov_9fa48("1340"), b.at - a.at)))) || a.c.id.localeCompare(b.c.id)))));
    return stryMutAct_9fa48("1341") ? scored[0].c : (stryCov_9fa48("1341"), scored[0]?.c);
  }
}

/** Same app, same organisation, more than one user: every copy but the keeper is a duplicate. */
export function duplicate(c: ConnectionFacts, copies: ConnectionFacts[], ctx: StaleContext): StaleReason | null {
  if (stryMutAct_9fa48("1342")) {
    {}
  } else {
    stryCov_9fa48("1342");
    const others = stryMutAct_9fa48("1343") ? copies : (stryCov_9fa48("1343"), copies.filter(stryMutAct_9fa48("1344") ? () => undefined : (stryCov_9fa48("1344"), o => stryMutAct_9fa48("1347") ? o.id !== c.id || isLive(o) : stryMutAct_9fa48("1346") ? false : stryMutAct_9fa48("1345") ? true : (stryCov_9fa48("1345", "1346", "1347"), (stryMutAct_9fa48("1349") ? o.id === c.id : stryMutAct_9fa48("1348") ? true : (stryCov_9fa48("1348", "1349"), o.id !== c.id)) && isLive(o)))));
    if (stryMutAct_9fa48("1352") ? !isLive(c) && others.length === 0 : stryMutAct_9fa48("1351") ? false : stryMutAct_9fa48("1350") ? true : (stryCov_9fa48("1350", "1351", "1352"), (stryMutAct_9fa48("1353") ? isLive(c) : (stryCov_9fa48("1353"), !isLive(c))) || (stryMutAct_9fa48("1355") ? others.length !== 0 : stryMutAct_9fa48("1354") ? false : (stryCov_9fa48("1354", "1355"), others.length === 0)))) return null;
    const keeper = pickKeeper(stryMutAct_9fa48("1356") ? [] : (stryCov_9fa48("1356"), [c, ...others]), ctx);
    if (stryMutAct_9fa48("1359") ? !keeper && keeper.id === c.id : stryMutAct_9fa48("1358") ? false : stryMutAct_9fa48("1357") ? true : (stryCov_9fa48("1357", "1358", "1359"), (stryMutAct_9fa48("1360") ? keeper : (stryCov_9fa48("1360"), !keeper)) || (stryMutAct_9fa48("1362") ? keeper.id !== c.id : stryMutAct_9fa48("1361") ? false : (stryCov_9fa48("1361", "1362"), keeper.id === c.id)))) return null;
    return stryMutAct_9fa48("1363") ? {} : (stryCov_9fa48("1363"), {
      code: stryMutAct_9fa48("1364") ? "" : (stryCov_9fa48("1364"), "duplicate"),
      sentence: stryMutAct_9fa48("1365") ? `` : (stryCov_9fa48("1365"), `${c.tenantName} is also connected to this app through ${who(keeper.grant)}: Xero counts each user's connection, so this copy takes a second slot.`)
    });
  }
}

/** All reasons for one connection. `copies`: the app's other live connections to the same organisation. */
export function evaluateStaleness(c: ConnectionFacts, copies: ConnectionFacts[], ctx: StaleContext): StaleReason[] {
  if (stryMutAct_9fa48("1366")) {
    {}
  } else {
    stryCov_9fa48("1366");
    const dup = duplicate(c, copies, ctx);
    const reasons = dup ? stryMutAct_9fa48("1367") ? [] : (stryCov_9fa48("1367"), [...ownReasons(c, ctx), dup]) : ownReasons(c, ctx);
    return stryMutAct_9fa48("1368") ? reasons : (stryCov_9fa48("1368"), reasons.sort(stryMutAct_9fa48("1369") ? () => undefined : (stryCov_9fa48("1369"), (a, b) => stryMutAct_9fa48("1370") ? staleReasonCodes.indexOf(a.code) + staleReasonCodes.indexOf(b.code) : (stryCov_9fa48("1370"), staleReasonCodes.indexOf(a.code) - staleReasonCodes.indexOf(b.code)))));
  }
}
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
const DAY_MS = 86_400_000;

// Pure: when an app will reach its connection cap if it keeps growing as it has lately. A least-squares
// line through the last N daily counts gives connections per day; the date is counted from the latest
// point, so a recent jump is not averaged away.

export type TrendPoint = {
  day: string;
  count: number;
};
export type Projection = {
  kind: "uncapped";
} | {
  kind: "at-cap";
  cap: number;
  count: number;
} | {
  kind: "insufficient-data";
} | {
  kind: "not-growing";
  perDay: number;
} | {
  kind: "projected";
  perDay: number;
  days: number;
  date: string;
};
export const PROJECTION_WINDOW = 30;
/** Below this a slope is rounding noise, not growth (one connection in about three years). */
const FLAT = 0.001;
const dayNumber = stryMutAct_9fa48("1057") ? () => undefined : (stryCov_9fa48("1057"), (() => {
  const dayNumber = (day: string) => Math.round(stryMutAct_9fa48("1058") ? Date.parse(`${day}T00:00:00Z`) * DAY_MS : (stryCov_9fa48("1058"), Date.parse(stryMutAct_9fa48("1059") ? `` : (stryCov_9fa48("1059"), `${day}T00:00:00Z`)) / DAY_MS));
  return dayNumber;
})());
const dayString = stryMutAct_9fa48("1060") ? () => undefined : (stryCov_9fa48("1060"), (() => {
  const dayString = (n: number) => stryMutAct_9fa48("1061") ? new Date(n * DAY_MS).toISOString() : (stryCov_9fa48("1061"), new Date(stryMutAct_9fa48("1062") ? n / DAY_MS : (stryCov_9fa48("1062"), n * DAY_MS)).toISOString().slice(0, 10));
  return dayString;
})());

/** Connections gained per day by least squares over (day, count); null for fewer than two distinct days. */
export function slopePerDay(points: TrendPoint[]): number | null {
  if (stryMutAct_9fa48("1063")) {
    {}
  } else {
    stryCov_9fa48("1063");
    const xs = points.map(stryMutAct_9fa48("1064") ? () => undefined : (stryCov_9fa48("1064"), p => dayNumber(p.day)));
    const n = points.length;
    if (stryMutAct_9fa48("1067") ? n < 2 && new Set(xs).size < 2 : stryMutAct_9fa48("1066") ? false : stryMutAct_9fa48("1065") ? true : (stryCov_9fa48("1065", "1066", "1067"), (stryMutAct_9fa48("1070") ? n >= 2 : stryMutAct_9fa48("1069") ? n <= 2 : stryMutAct_9fa48("1068") ? false : (stryCov_9fa48("1068", "1069", "1070"), n < 2)) || (stryMutAct_9fa48("1073") ? new Set(xs).size >= 2 : stryMutAct_9fa48("1072") ? new Set(xs).size <= 2 : stryMutAct_9fa48("1071") ? false : (stryCov_9fa48("1071", "1072", "1073"), new Set(xs).size < 2)))) return null;
    const meanX = stryMutAct_9fa48("1074") ? xs.reduce((a, b) => a + b, 0) * n : (stryCov_9fa48("1074"), xs.reduce(stryMutAct_9fa48("1075") ? () => undefined : (stryCov_9fa48("1075"), (a, b) => stryMutAct_9fa48("1076") ? a - b : (stryCov_9fa48("1076"), a + b)), 0) / n);
    const meanY = stryMutAct_9fa48("1077") ? points.reduce((a, p) => a + p.count, 0) * n : (stryCov_9fa48("1077"), points.reduce(stryMutAct_9fa48("1078") ? () => undefined : (stryCov_9fa48("1078"), (a, p) => stryMutAct_9fa48("1079") ? a - p.count : (stryCov_9fa48("1079"), a + p.count)), 0) / n);
    let num = 0;
    let den = 0;
    points.forEach((p, i) => {
      if (stryMutAct_9fa48("1080")) {
        {}
      } else {
        stryCov_9fa48("1080");
        stryMutAct_9fa48("1081") ? num -= (xs[i]! - meanX) * (p.count - meanY) : (stryCov_9fa48("1081"), num += stryMutAct_9fa48("1082") ? (xs[i]! - meanX) / (p.count - meanY) : (stryCov_9fa48("1082"), (stryMutAct_9fa48("1083") ? xs[i]! + meanX : (stryCov_9fa48("1083"), xs[i]! - meanX)) * (stryMutAct_9fa48("1084") ? p.count + meanY : (stryCov_9fa48("1084"), p.count - meanY))));
        stryMutAct_9fa48("1085") ? den -= (xs[i]! - meanX) ** 2 : (stryCov_9fa48("1085"), den += (stryMutAct_9fa48("1086") ? xs[i]! + meanX : (stryCov_9fa48("1086"), xs[i]! - meanX)) ** 2);
      }
    });
    return stryMutAct_9fa48("1087") ? num * den : (stryCov_9fa48("1087"), num / den);
  }
}
export function projectCapDate(points: TrendPoint[], cap: number | null, window = PROJECTION_WINDOW): Projection {
  if (stryMutAct_9fa48("1088")) {
    {}
  } else {
    stryCov_9fa48("1088");
    if (stryMutAct_9fa48("1091") ? cap !== null : stryMutAct_9fa48("1090") ? false : stryMutAct_9fa48("1089") ? true : (stryCov_9fa48("1089", "1090", "1091"), cap === null)) return stryMutAct_9fa48("1092") ? {} : (stryCov_9fa48("1092"), {
      kind: stryMutAct_9fa48("1093") ? "" : (stryCov_9fa48("1093"), "uncapped")
    });
    const recent = stryMutAct_9fa48("1095") ? [...points].slice(-window) : stryMutAct_9fa48("1094") ? [...points].sort((a, b) => a.day.localeCompare(b.day)) : (stryCov_9fa48("1094", "1095"), (stryMutAct_9fa48("1096") ? [] : (stryCov_9fa48("1096"), [...points])).sort(stryMutAct_9fa48("1097") ? () => undefined : (stryCov_9fa48("1097"), (a, b) => a.day.localeCompare(b.day))).slice(stryMutAct_9fa48("1098") ? +window : (stryCov_9fa48("1098"), -window)));
    const latest = recent.at(stryMutAct_9fa48("1099") ? +1 : (stryCov_9fa48("1099"), -1));
    if (stryMutAct_9fa48("1102") ? latest || latest.count >= cap : stryMutAct_9fa48("1101") ? false : stryMutAct_9fa48("1100") ? true : (stryCov_9fa48("1100", "1101", "1102"), latest && (stryMutAct_9fa48("1105") ? latest.count < cap : stryMutAct_9fa48("1104") ? latest.count > cap : stryMutAct_9fa48("1103") ? true : (stryCov_9fa48("1103", "1104", "1105"), latest.count >= cap)))) return stryMutAct_9fa48("1106") ? {} : (stryCov_9fa48("1106"), {
      kind: stryMutAct_9fa48("1107") ? "" : (stryCov_9fa48("1107"), "at-cap"),
      cap,
      count: latest.count
    });
    const perDay = slopePerDay(recent);
    if (stryMutAct_9fa48("1110") ? !latest && perDay === null : stryMutAct_9fa48("1109") ? false : stryMutAct_9fa48("1108") ? true : (stryCov_9fa48("1108", "1109", "1110"), (stryMutAct_9fa48("1111") ? latest : (stryCov_9fa48("1111"), !latest)) || (stryMutAct_9fa48("1113") ? perDay !== null : stryMutAct_9fa48("1112") ? false : (stryCov_9fa48("1112", "1113"), perDay === null)))) return stryMutAct_9fa48("1114") ? {} : (stryCov_9fa48("1114"), {
      kind: stryMutAct_9fa48("1115") ? "" : (stryCov_9fa48("1115"), "insufficient-data")
    });
    if (stryMutAct_9fa48("1119") ? perDay >= FLAT : stryMutAct_9fa48("1118") ? perDay <= FLAT : stryMutAct_9fa48("1117") ? false : stryMutAct_9fa48("1116") ? true : (stryCov_9fa48("1116", "1117", "1118", "1119"), perDay < FLAT)) return stryMutAct_9fa48("1120") ? {} : (stryCov_9fa48("1120"), {
      kind: stryMutAct_9fa48("1121") ? "" : (stryCov_9fa48("1121"), "not-growing"),
      perDay
    });
    const days = Math.ceil(stryMutAct_9fa48("1122") ? (cap - latest.count) * perDay : (stryCov_9fa48("1122"), (stryMutAct_9fa48("1123") ? cap + latest.count : (stryCov_9fa48("1123"), cap - latest.count)) / perDay));
    return stryMutAct_9fa48("1124") ? {} : (stryCov_9fa48("1124"), {
      kind: stryMutAct_9fa48("1125") ? "" : (stryCov_9fa48("1125"), "projected"),
      perDay,
      days,
      date: dayString(stryMutAct_9fa48("1126") ? dayNumber(latest.day) - days : (stryCov_9fa48("1126"), dayNumber(latest.day) + days))
    });
  }
}
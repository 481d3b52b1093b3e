// @ts-nocheck
// Pure: what a pasted Xero error message or URL means (FACTS Part A 6 and 8). The wordings are Xero's
// own, matched loosely (case, punctuation, British or American spelling) because people paste them
// from screenshots, emails and logs.
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
export type RateLimitScope = "minute" | "day" | "app_minute" | "concurrent" | "unknown";
export type ClientRejection = "invalid_client" | "unauthorized_client" | "invalid_scope";
export type Classification = {
  kind: "none";
} | {
  kind: "app_cap";
  regime: "legacy" | "tiers" | "unknown";
  appName: string | null;
  clientId: string | null;
} | {
  kind: "org_cap";
} | {
  kind: "custom_connection";
} | {
  kind: "rate_limit";
  scope: RateLimitScope;
  retryAfterSeconds: number | null;
} | {
  kind: "refresh_token_dead";
} | {
  kind: "access_token_expired";
  expiredAt: string | null;
} | {
  kind: "organisation_gone";
} | {
  kind: "consent_cancelled";
} | {
  kind: "client_rejected";
  code: ClientRejection;
} | {
  kind: "not_permitted";
} | {
  kind: "unrecognised";
};
export type DiagnosisKind = Classification["kind"];
const ORG = stryMutAct_9fa48("535") ? "" : (stryCov_9fa48("535"), "organi[sz]ations?");
const LEGACY = new RegExp(stryMutAct_9fa48("536") ? `` : (stryCov_9fa48("536"), `needs to complete certification before (?:they|it) can connect to more xero ${ORG}`), stryMutAct_9fa48("537") ? "" : (stryCov_9fa48("537"), "i"));
const TIERS = new RegExp(stryMutAct_9fa48("538") ? `` : (stryCov_9fa48("538"), `has reached (?:their|its|the) xero connection limit`), stryMutAct_9fa48("539") ? "" : (stryCov_9fa48("539"), "i"));
const ORG_CAP = stryMutAct_9fa48("540") ? /maximum number of (?:allowed )uncertified apps/i : (stryCov_9fa48("540"), /maximum number of (?:allowed )?uncertified apps/i);
const CUSTOM_BOUND = stryMutAct_9fa48("541") ? /(?:one|single|another|a different|1) organi[^sz]ation|bound to|only be connected|through a redirect/i : (stryCov_9fa48("541"), /(?:one|single|another|a different|1) organi[sz]ation|bound to|only be connected|through a redirect/i);

/** The app's name as Xero writes it before the wording, without quotes or a pasted "Error:" prefix. */
function nameBefore(text: string, wording: RegExp): string | null {
  if (stryMutAct_9fa48("542")) {
    {}
  } else {
    stryCov_9fa48("542");
    const match = wording.exec(text);
    if (stryMutAct_9fa48("545") ? false : stryMutAct_9fa48("544") ? true : stryMutAct_9fa48("543") ? match : (stryCov_9fa48("543", "544", "545"), !match)) return null;
    const line = stryMutAct_9fa48("546") ? text.slice(0, match.index).split(/\r?\n/).pop() && "" : (stryCov_9fa48("546"), (stryMutAct_9fa48("547") ? text.split(/\r?\n/).pop() : (stryCov_9fa48("547"), text.slice(0, match.index).split(stryMutAct_9fa48("548") ? /\r\n/ : (stryCov_9fa48("548"), /\r?\n/)).pop())) ?? (stryMutAct_9fa48("549") ? "Stryker was here!" : (stryCov_9fa48("549"), "")));
    const name = stryMutAct_9fa48("550") ? line.replace(/^.*?\b(?:error|message|says?|shows?|screen)\s*[:\-–]\s*/i, "").replace(/^\s*sorry!?\s*/i, "").replace(/^[\s"'“”‘’«]+|[\s"'“”‘’»]+$/g, "") : (stryCov_9fa48("550"), line.replace(stryMutAct_9fa48("559") ? /^.*?\b(?:error|message|says?|shows?|screen)\s*[:\-–]\S*/i : stryMutAct_9fa48("558") ? /^.*?\b(?:error|message|says?|shows?|screen)\s*[:\-–]\s/i : stryMutAct_9fa48("557") ? /^.*?\b(?:error|message|says?|shows?|screen)\s*[^:\-–]\s*/i : stryMutAct_9fa48("556") ? /^.*?\b(?:error|message|says?|shows?|screen)\S*[:\-–]\s*/i : stryMutAct_9fa48("555") ? /^.*?\b(?:error|message|says?|shows?|screen)\s[:\-–]\s*/i : stryMutAct_9fa48("554") ? /^.*?\b(?:error|message|says?|shows|screen)\s*[:\-–]\s*/i : stryMutAct_9fa48("553") ? /^.*?\b(?:error|message|says|shows?|screen)\s*[:\-–]\s*/i : stryMutAct_9fa48("552") ? /^.\b(?:error|message|says?|shows?|screen)\s*[:\-–]\s*/i : stryMutAct_9fa48("551") ? /.*?\b(?:error|message|says?|shows?|screen)\s*[:\-–]\s*/i : (stryCov_9fa48("551", "552", "553", "554", "555", "556", "557", "558", "559"), /^.*?\b(?:error|message|says?|shows?|screen)\s*[:\-–]\s*/i), stryMutAct_9fa48("560") ? "Stryker was here!" : (stryCov_9fa48("560"), "")).replace(stryMutAct_9fa48("566") ? /^\s*sorry!?\S*/i : stryMutAct_9fa48("565") ? /^\s*sorry!?\s/i : stryMutAct_9fa48("564") ? /^\s*sorry!\s*/i : stryMutAct_9fa48("563") ? /^\S*sorry!?\s*/i : stryMutAct_9fa48("562") ? /^\ssorry!?\s*/i : stryMutAct_9fa48("561") ? /\s*sorry!?\s*/i : (stryCov_9fa48("561", "562", "563", "564", "565", "566"), /^\s*sorry!?\s*/i), stryMutAct_9fa48("567") ? "Stryker was here!" : (stryCov_9fa48("567"), "")).replace(stryMutAct_9fa48("575") ? /^[\s"'“”‘’«]+|[\S"'“”‘’»]+$/g : stryMutAct_9fa48("574") ? /^[\s"'“”‘’«]+|[^\s"'“”‘’»]+$/g : stryMutAct_9fa48("573") ? /^[\s"'“”‘’«]+|[\s"'“”‘’»]$/g : stryMutAct_9fa48("572") ? /^[\s"'“”‘’«]+|[\s"'“”‘’»]+/g : stryMutAct_9fa48("571") ? /^[\S"'“”‘’«]+|[\s"'“”‘’»]+$/g : stryMutAct_9fa48("570") ? /^[^\s"'“”‘’«]+|[\s"'“”‘’»]+$/g : stryMutAct_9fa48("569") ? /^[\s"'“”‘’«]|[\s"'“”‘’»]+$/g : stryMutAct_9fa48("568") ? /[\s"'“”‘’«]+|[\s"'“”‘’»]+$/g : (stryCov_9fa48("568", "569", "570", "571", "572", "573", "574", "575"), /^[\s"'“”‘’«]+|[\s"'“”‘’»]+$/g), stryMutAct_9fa48("576") ? "Stryker was here!" : (stryCov_9fa48("576"), "")).trim());
    return (stryMutAct_9fa48("579") ? name.length > 0 || name.length <= 120 : stryMutAct_9fa48("578") ? false : stryMutAct_9fa48("577") ? true : (stryCov_9fa48("577", "578", "579"), (stryMutAct_9fa48("582") ? name.length <= 0 : stryMutAct_9fa48("581") ? name.length >= 0 : stryMutAct_9fa48("580") ? true : (stryCov_9fa48("580", "581", "582"), name.length > 0)) && (stryMutAct_9fa48("585") ? name.length > 120 : stryMutAct_9fa48("584") ? name.length < 120 : stryMutAct_9fa48("583") ? true : (stryCov_9fa48("583", "584", "585"), name.length <= 120)))) ? name : null;
  }
}
function asUrl(text: string): URL | null {
  if (stryMutAct_9fa48("586")) {
    {}
  } else {
    stryCov_9fa48("586");
    const candidate = stryMutAct_9fa48("587") ? text.split(/\s+/).find(t => /^https?:\/\//i.test(t) || t.startsWith("/")) : (stryCov_9fa48("587"), text.trim().split(stryMutAct_9fa48("589") ? /\S+/ : stryMutAct_9fa48("588") ? /\s/ : (stryCov_9fa48("588", "589"), /\s+/)).find(stryMutAct_9fa48("590") ? () => undefined : (stryCov_9fa48("590"), t => stryMutAct_9fa48("593") ? /^https?:\/\//i.test(t) && t.startsWith("/") : stryMutAct_9fa48("592") ? false : stryMutAct_9fa48("591") ? true : (stryCov_9fa48("591", "592", "593"), (stryMutAct_9fa48("595") ? /^https:\/\//i : stryMutAct_9fa48("594") ? /https?:\/\//i : (stryCov_9fa48("594", "595"), /^https?:\/\//i)).test(t) || (stryMutAct_9fa48("596") ? t.endsWith("/") : (stryCov_9fa48("596"), t.startsWith(stryMutAct_9fa48("597") ? "" : (stryCov_9fa48("597"), "/"))))))));
    if (stryMutAct_9fa48("600") ? false : stryMutAct_9fa48("599") ? true : stryMutAct_9fa48("598") ? candidate : (stryCov_9fa48("598", "599", "600"), !candidate)) return null;
    try {
      if (stryMutAct_9fa48("601")) {
        {}
      } else {
        stryCov_9fa48("601");
        return new URL(candidate, stryMutAct_9fa48("602") ? "" : (stryCov_9fa48("602"), "https://placeholder.invalid"));
      }
    } catch {
      if (stryMutAct_9fa48("603")) {
        {}
      } else {
        stryCov_9fa48("603");
        return null;
      }
    }
  }
}
const PROBLEMS: Record<string, RateLimitScope> = stryMutAct_9fa48("604") ? {} : (stryCov_9fa48("604"), {
  minute: stryMutAct_9fa48("605") ? "" : (stryCov_9fa48("605"), "minute"),
  min: stryMutAct_9fa48("606") ? "" : (stryCov_9fa48("606"), "minute"),
  day: stryMutAct_9fa48("607") ? "" : (stryCov_9fa48("607"), "day"),
  daily: stryMutAct_9fa48("608") ? "" : (stryCov_9fa48("608"), "day"),
  appminute: stryMutAct_9fa48("609") ? "" : (stryCov_9fa48("609"), "app_minute"),
  appmin: stryMutAct_9fa48("610") ? "" : (stryCov_9fa48("610"), "app_minute"),
  concurrent: stryMutAct_9fa48("611") ? "" : (stryCov_9fa48("611"), "concurrent")
});

/** X-Rate-Limit-Problem first; then which *-Remaining header hit 0 (as Xero-Java decides); then words. */
function rateLimitScope(text: string): RateLimitScope {
  if (stryMutAct_9fa48("612")) {
    {}
  } else {
    stryCov_9fa48("612");
    const named = stryMutAct_9fa48("615") ? /(?:x-rate-limit-problem\s*[:=]|rate limit exceeded:)\s*"?([a-z_-]+)/i.exec(text)[1]?.toLowerCase().replace(/[_-]/g, "") : stryMutAct_9fa48("614") ? /(?:x-rate-limit-problem\s*[:=]|rate limit exceeded:)\s*"?([a-z_-]+)/i.exec(text)?.[1].toLowerCase().replace(/[_-]/g, "") : stryMutAct_9fa48("613") ? /(?:x-rate-limit-problem\s*[:=]|rate limit exceeded:)\s*"?([a-z_-]+)/i.exec(text)?.[1]?.toUpperCase().replace(/[_-]/g, "") : (stryCov_9fa48("613", "614", "615"), (stryMutAct_9fa48("623") ? /(?:x-rate-limit-problem\s*[:=]|rate limit exceeded:)\s*"?([^a-z_-]+)/i : stryMutAct_9fa48("622") ? /(?:x-rate-limit-problem\s*[:=]|rate limit exceeded:)\s*"?([a-z_-])/i : stryMutAct_9fa48("621") ? /(?:x-rate-limit-problem\s*[:=]|rate limit exceeded:)\s*"([a-z_-]+)/i : stryMutAct_9fa48("620") ? /(?:x-rate-limit-problem\s*[:=]|rate limit exceeded:)\S*"?([a-z_-]+)/i : stryMutAct_9fa48("619") ? /(?:x-rate-limit-problem\s*[:=]|rate limit exceeded:)\s"?([a-z_-]+)/i : stryMutAct_9fa48("618") ? /(?:x-rate-limit-problem\s*[^:=]|rate limit exceeded:)\s*"?([a-z_-]+)/i : stryMutAct_9fa48("617") ? /(?:x-rate-limit-problem\S*[:=]|rate limit exceeded:)\s*"?([a-z_-]+)/i : stryMutAct_9fa48("616") ? /(?:x-rate-limit-problem\s[:=]|rate limit exceeded:)\s*"?([a-z_-]+)/i : (stryCov_9fa48("616", "617", "618", "619", "620", "621", "622", "623"), /(?:x-rate-limit-problem\s*[:=]|rate limit exceeded:)\s*"?([a-z_-]+)/i)).exec(text)?.[1]?.toLowerCase().replace(stryMutAct_9fa48("624") ? /[^_-]/g : (stryCov_9fa48("624"), /[_-]/g), stryMutAct_9fa48("625") ? "Stryker was here!" : (stryCov_9fa48("625"), "")));
    if (stryMutAct_9fa48("627") ? false : stryMutAct_9fa48("626") ? true : (stryCov_9fa48("626", "627"), named)) return stryMutAct_9fa48("628") ? PROBLEMS[named] && "unknown" : (stryCov_9fa48("628"), PROBLEMS[named] ?? (stryMutAct_9fa48("629") ? "" : (stryCov_9fa48("629"), "unknown")));
    if (stryMutAct_9fa48("631") ? false : stryMutAct_9fa48("630") ? true : (stryCov_9fa48("630", "631"), (stryMutAct_9fa48("637") ? /x-appminlimit-remaining\s*[:=]\s*"0\b/i : stryMutAct_9fa48("636") ? /x-appminlimit-remaining\s*[:=]\S*"?0\b/i : stryMutAct_9fa48("635") ? /x-appminlimit-remaining\s*[:=]\s"?0\b/i : stryMutAct_9fa48("634") ? /x-appminlimit-remaining\s*[^:=]\s*"?0\b/i : stryMutAct_9fa48("633") ? /x-appminlimit-remaining\S*[:=]\s*"?0\b/i : stryMutAct_9fa48("632") ? /x-appminlimit-remaining\s[:=]\s*"?0\b/i : (stryCov_9fa48("632", "633", "634", "635", "636", "637"), /x-appminlimit-remaining\s*[:=]\s*"?0\b/i)).test(text))) return stryMutAct_9fa48("638") ? "" : (stryCov_9fa48("638"), "app_minute");
    if (stryMutAct_9fa48("640") ? false : stryMutAct_9fa48("639") ? true : (stryCov_9fa48("639", "640"), (stryMutAct_9fa48("646") ? /x-daylimit-remaining\s*[:=]\s*"0\b/i : stryMutAct_9fa48("645") ? /x-daylimit-remaining\s*[:=]\S*"?0\b/i : stryMutAct_9fa48("644") ? /x-daylimit-remaining\s*[:=]\s"?0\b/i : stryMutAct_9fa48("643") ? /x-daylimit-remaining\s*[^:=]\s*"?0\b/i : stryMutAct_9fa48("642") ? /x-daylimit-remaining\S*[:=]\s*"?0\b/i : stryMutAct_9fa48("641") ? /x-daylimit-remaining\s[:=]\s*"?0\b/i : (stryCov_9fa48("641", "642", "643", "644", "645", "646"), /x-daylimit-remaining\s*[:=]\s*"?0\b/i)).test(text))) return stryMutAct_9fa48("647") ? "" : (stryCov_9fa48("647"), "day");
    if (stryMutAct_9fa48("649") ? false : stryMutAct_9fa48("648") ? true : (stryCov_9fa48("648", "649"), (stryMutAct_9fa48("655") ? /x-minlimit-remaining\s*[:=]\s*"0\b/i : stryMutAct_9fa48("654") ? /x-minlimit-remaining\s*[:=]\S*"?0\b/i : stryMutAct_9fa48("653") ? /x-minlimit-remaining\s*[:=]\s"?0\b/i : stryMutAct_9fa48("652") ? /x-minlimit-remaining\s*[^:=]\s*"?0\b/i : stryMutAct_9fa48("651") ? /x-minlimit-remaining\S*[:=]\s*"?0\b/i : stryMutAct_9fa48("650") ? /x-minlimit-remaining\s[:=]\s*"?0\b/i : (stryCov_9fa48("650", "651", "652", "653", "654", "655"), /x-minlimit-remaining\s*[:=]\s*"?0\b/i)).test(text))) return stryMutAct_9fa48("656") ? "" : (stryCov_9fa48("656"), "minute");
    if (stryMutAct_9fa48("658") ? false : stryMutAct_9fa48("657") ? true : (stryCov_9fa48("657", "658"), (stryMutAct_9fa48("660") ? /app-?wide|across all (?:tenants|organi[^sz]ations)|app minute/i : stryMutAct_9fa48("659") ? /app-wide|across all (?:tenants|organi[sz]ations)|app minute/i : (stryCov_9fa48("659", "660"), /app-?wide|across all (?:tenants|organi[sz]ations)|app minute/i)).test(text))) return stryMutAct_9fa48("661") ? "" : (stryCov_9fa48("661"), "app_minute");
    if (stryMutAct_9fa48("663") ? false : stryMutAct_9fa48("662") ? true : (stryCov_9fa48("662", "663"), /concurren/i.test(text))) return stryMutAct_9fa48("664") ? "" : (stryCov_9fa48("664"), "concurrent");
    if (stryMutAct_9fa48("666") ? false : stryMutAct_9fa48("665") ? true : (stryCov_9fa48("665", "666"), /\bday\b|daily/i.test(text))) return stryMutAct_9fa48("667") ? "" : (stryCov_9fa48("667"), "day");
    if (stryMutAct_9fa48("669") ? false : stryMutAct_9fa48("668") ? true : (stryCov_9fa48("668", "669"), /minute/i.test(text))) return stryMutAct_9fa48("670") ? "" : (stryCov_9fa48("670"), "minute");
    return stryMutAct_9fa48("671") ? "" : (stryCov_9fa48("671"), "unknown");
  }
}
const retryAfter = (text: string): number | null => {
  if (stryMutAct_9fa48("672")) {
    {}
  } else {
    stryCov_9fa48("672");
    const m = (stryMutAct_9fa48("681") ? /retry-after\s*[:=]?\s*"?(\D+)/i : stryMutAct_9fa48("680") ? /retry-after\s*[:=]?\s*"?(\d)/i : stryMutAct_9fa48("679") ? /retry-after\s*[:=]?\s*"(\d+)/i : stryMutAct_9fa48("678") ? /retry-after\s*[:=]?\S*"?(\d+)/i : stryMutAct_9fa48("677") ? /retry-after\s*[:=]?\s"?(\d+)/i : stryMutAct_9fa48("676") ? /retry-after\s*[^:=]?\s*"?(\d+)/i : stryMutAct_9fa48("675") ? /retry-after\s*[:=]\s*"?(\d+)/i : stryMutAct_9fa48("674") ? /retry-after\S*[:=]?\s*"?(\d+)/i : stryMutAct_9fa48("673") ? /retry-after\s[:=]?\s*"?(\d+)/i : (stryCov_9fa48("673", "674", "675", "676", "677", "678", "679", "680", "681"), /retry-after\s*[:=]?\s*"?(\d+)/i)).exec(text);
    return m ? Number(m[1]) : null;
  }
};
function fromUrl(url: URL): Classification | null {
  if (stryMutAct_9fa48("682")) {
    {}
  } else {
    stryCov_9fa48("682");
    const path = stryMutAct_9fa48("683") ? url.pathname.toUpperCase() : (stryCov_9fa48("683"), url.pathname.toLowerCase());
    if (stryMutAct_9fa48("686") ? path.startsWith("/connectionlimit") : stryMutAct_9fa48("685") ? false : stryMutAct_9fa48("684") ? true : (stryCov_9fa48("684", "685", "686"), path.endsWith(stryMutAct_9fa48("687") ? "" : (stryCov_9fa48("687"), "/connectionlimit")))) return stryMutAct_9fa48("688") ? {} : (stryCov_9fa48("688"), {
      kind: stryMutAct_9fa48("689") ? "" : (stryCov_9fa48("689"), "app_cap"),
      regime: stryMutAct_9fa48("690") ? "" : (stryCov_9fa48("690"), "unknown"),
      appName: null,
      clientId: url.searchParams.get(stryMutAct_9fa48("691") ? "" : (stryCov_9fa48("691"), "client_id"))
    });
    const error = stryMutAct_9fa48("692") ? url.searchParams.get("error") && url.searchParams.get("connect_error") : (stryCov_9fa48("692"), url.searchParams.get(stryMutAct_9fa48("693") ? "" : (stryCov_9fa48("693"), "error")) ?? url.searchParams.get(stryMutAct_9fa48("694") ? "" : (stryCov_9fa48("694"), "connect_error")));
    if (stryMutAct_9fa48("697") ? error === "access_denied" && error === "cancelled" : stryMutAct_9fa48("696") ? false : stryMutAct_9fa48("695") ? true : (stryCov_9fa48("695", "696", "697"), (stryMutAct_9fa48("699") ? error !== "access_denied" : stryMutAct_9fa48("698") ? false : (stryCov_9fa48("698", "699"), error === (stryMutAct_9fa48("700") ? "" : (stryCov_9fa48("700"), "access_denied")))) || (stryMutAct_9fa48("702") ? error !== "cancelled" : stryMutAct_9fa48("701") ? false : (stryCov_9fa48("701", "702"), error === (stryMutAct_9fa48("703") ? "" : (stryCov_9fa48("703"), "cancelled")))))) return stryMutAct_9fa48("704") ? {} : (stryCov_9fa48("704"), {
      kind: stryMutAct_9fa48("705") ? "" : (stryCov_9fa48("705"), "consent_cancelled")
    });
    if (stryMutAct_9fa48("708") ? error === "invalid_grant" && error === "code_rejected" : stryMutAct_9fa48("707") ? false : stryMutAct_9fa48("706") ? true : (stryCov_9fa48("706", "707", "708"), (stryMutAct_9fa48("710") ? error !== "invalid_grant" : stryMutAct_9fa48("709") ? false : (stryCov_9fa48("709", "710"), error === (stryMutAct_9fa48("711") ? "" : (stryCov_9fa48("711"), "invalid_grant")))) || (stryMutAct_9fa48("713") ? error !== "code_rejected" : stryMutAct_9fa48("712") ? false : (stryCov_9fa48("712", "713"), error === (stryMutAct_9fa48("714") ? "" : (stryCov_9fa48("714"), "code_rejected")))))) return stryMutAct_9fa48("715") ? {} : (stryCov_9fa48("715"), {
      kind: stryMutAct_9fa48("716") ? "" : (stryCov_9fa48("716"), "refresh_token_dead")
    });
    if (stryMutAct_9fa48("719") ? error === "invalid_client" && error === "client_rejected" : stryMutAct_9fa48("718") ? false : stryMutAct_9fa48("717") ? true : (stryCov_9fa48("717", "718", "719"), (stryMutAct_9fa48("721") ? error !== "invalid_client" : stryMutAct_9fa48("720") ? false : (stryCov_9fa48("720", "721"), error === (stryMutAct_9fa48("722") ? "" : (stryCov_9fa48("722"), "invalid_client")))) || (stryMutAct_9fa48("724") ? error !== "client_rejected" : stryMutAct_9fa48("723") ? false : (stryCov_9fa48("723", "724"), error === (stryMutAct_9fa48("725") ? "" : (stryCov_9fa48("725"), "client_rejected")))))) return stryMutAct_9fa48("726") ? {} : (stryCov_9fa48("726"), {
      kind: stryMutAct_9fa48("727") ? "" : (stryCov_9fa48("727"), "client_rejected"),
      code: stryMutAct_9fa48("728") ? "" : (stryCov_9fa48("728"), "invalid_client")
    });
    if (stryMutAct_9fa48("731") ? error === "unauthorized_client" && error === "not_custom" : stryMutAct_9fa48("730") ? false : stryMutAct_9fa48("729") ? true : (stryCov_9fa48("729", "730", "731"), (stryMutAct_9fa48("733") ? error !== "unauthorized_client" : stryMutAct_9fa48("732") ? false : (stryCov_9fa48("732", "733"), error === (stryMutAct_9fa48("734") ? "" : (stryCov_9fa48("734"), "unauthorized_client")))) || (stryMutAct_9fa48("736") ? error !== "not_custom" : stryMutAct_9fa48("735") ? false : (stryCov_9fa48("735", "736"), error === (stryMutAct_9fa48("737") ? "" : (stryCov_9fa48("737"), "not_custom")))))) return stryMutAct_9fa48("738") ? {} : (stryCov_9fa48("738"), {
      kind: stryMutAct_9fa48("739") ? "" : (stryCov_9fa48("739"), "client_rejected"),
      code: stryMutAct_9fa48("740") ? "" : (stryCov_9fa48("740"), "unauthorized_client")
    });
    if (stryMutAct_9fa48("743") ? error === "invalid_scope" && error === "scope_rejected" : stryMutAct_9fa48("742") ? false : stryMutAct_9fa48("741") ? true : (stryCov_9fa48("741", "742", "743"), (stryMutAct_9fa48("745") ? error !== "invalid_scope" : stryMutAct_9fa48("744") ? false : (stryCov_9fa48("744", "745"), error === (stryMutAct_9fa48("746") ? "" : (stryCov_9fa48("746"), "invalid_scope")))) || (stryMutAct_9fa48("748") ? error !== "scope_rejected" : stryMutAct_9fa48("747") ? false : (stryCov_9fa48("747", "748"), error === (stryMutAct_9fa48("749") ? "" : (stryCov_9fa48("749"), "scope_rejected")))))) return stryMutAct_9fa48("750") ? {} : (stryCov_9fa48("750"), {
      kind: stryMutAct_9fa48("751") ? "" : (stryCov_9fa48("751"), "client_rejected"),
      code: stryMutAct_9fa48("752") ? "" : (stryCov_9fa48("752"), "invalid_scope")
    });
    if (stryMutAct_9fa48("755") ? error !== "rate_limited" : stryMutAct_9fa48("754") ? false : stryMutAct_9fa48("753") ? true : (stryCov_9fa48("753", "754", "755"), error === (stryMutAct_9fa48("756") ? "" : (stryCov_9fa48("756"), "rate_limited")))) return stryMutAct_9fa48("757") ? {} : (stryCov_9fa48("757"), {
      kind: stryMutAct_9fa48("758") ? "" : (stryCov_9fa48("758"), "rate_limit"),
      scope: stryMutAct_9fa48("759") ? "" : (stryCov_9fa48("759"), "unknown"),
      retryAfterSeconds: null
    });
    return null;
  }
}
export function classify(input: string | null | undefined): Classification {
  if (stryMutAct_9fa48("760")) {
    {}
  } else {
    stryCov_9fa48("760");
    const text = stryMutAct_9fa48("762") ? (input ?? "").slice(0, 5000) : stryMutAct_9fa48("761") ? (input ?? "").trim() : (stryCov_9fa48("761", "762"), (stryMutAct_9fa48("763") ? input && "" : (stryCov_9fa48("763"), input ?? (stryMutAct_9fa48("764") ? "Stryker was here!" : (stryCov_9fa48("764"), "")))).trim().slice(0, 5000));
    if (stryMutAct_9fa48("767") ? false : stryMutAct_9fa48("766") ? true : stryMutAct_9fa48("765") ? text : (stryCov_9fa48("765", "766", "767"), !text)) return stryMutAct_9fa48("768") ? {} : (stryCov_9fa48("768"), {
      kind: stryMutAct_9fa48("769") ? "" : (stryCov_9fa48("769"), "none")
    });
    if (stryMutAct_9fa48("771") ? false : stryMutAct_9fa48("770") ? true : (stryCov_9fa48("770", "771"), LEGACY.test(text))) return stryMutAct_9fa48("772") ? {} : (stryCov_9fa48("772"), {
      kind: stryMutAct_9fa48("773") ? "" : (stryCov_9fa48("773"), "app_cap"),
      regime: stryMutAct_9fa48("774") ? "" : (stryCov_9fa48("774"), "legacy"),
      appName: nameBefore(text, LEGACY),
      clientId: null
    });
    if (stryMutAct_9fa48("776") ? false : stryMutAct_9fa48("775") ? true : (stryCov_9fa48("775", "776"), TIERS.test(text))) return stryMutAct_9fa48("777") ? {} : (stryCov_9fa48("777"), {
      kind: stryMutAct_9fa48("778") ? "" : (stryCov_9fa48("778"), "app_cap"),
      regime: stryMutAct_9fa48("779") ? "" : (stryCov_9fa48("779"), "tiers"),
      appName: nameBefore(text, TIERS),
      clientId: null
    });
    if (stryMutAct_9fa48("781") ? false : stryMutAct_9fa48("780") ? true : (stryCov_9fa48("780", "781"), ORG_CAP.test(text))) return stryMutAct_9fa48("782") ? {} : (stryCov_9fa48("782"), {
      kind: stryMutAct_9fa48("783") ? "" : (stryCov_9fa48("783"), "org_cap")
    });
    const url = asUrl(text);
    const fromLink = url ? fromUrl(url) : null;
    if (stryMutAct_9fa48("785") ? false : stryMutAct_9fa48("784") ? true : (stryCov_9fa48("784", "785"), fromLink)) return fromLink;
    if (stryMutAct_9fa48("788") ? /custom connection/i.test(text) || CUSTOM_BOUND.test(text) : stryMutAct_9fa48("787") ? false : stryMutAct_9fa48("786") ? true : (stryCov_9fa48("786", "787", "788"), /custom connection/i.test(text) && CUSTOM_BOUND.test(text))) return stryMutAct_9fa48("789") ? {} : (stryCov_9fa48("789"), {
      kind: stryMutAct_9fa48("790") ? "" : (stryCov_9fa48("790"), "custom_connection")
    });
    if (stryMutAct_9fa48("792") ? false : stryMutAct_9fa48("791") ? true : (stryCov_9fa48("791", "792"), (stryMutAct_9fa48("793") ? /\b429\b|too many requests|rate.limit/i : (stryCov_9fa48("793"), /\b429\b|too many requests|rate.?limit/i)).test(text))) return stryMutAct_9fa48("794") ? {} : (stryCov_9fa48("794"), {
      kind: stryMutAct_9fa48("795") ? "" : (stryCov_9fa48("795"), "rate_limit"),
      scope: rateLimitScope(text),
      retryAfterSeconds: retryAfter(text)
    });
    if (stryMutAct_9fa48("797") ? false : stryMutAct_9fa48("796") ? true : (stryCov_9fa48("796", "797"), /invalid_grant/i.test(text))) return stryMutAct_9fa48("798") ? {} : (stryCov_9fa48("798"), {
      kind: stryMutAct_9fa48("799") ? "" : (stryCov_9fa48("799"), "refresh_token_dead")
    });
    if (stryMutAct_9fa48("801") ? false : stryMutAct_9fa48("800") ? true : (stryCov_9fa48("800", "801"), /tokenexpired|token expired/i.test(text))) return stryMutAct_9fa48("802") ? {} : (stryCov_9fa48("802"), {
      kind: stryMutAct_9fa48("803") ? "" : (stryCov_9fa48("803"), "access_token_expired"),
      expiredAt: stryMutAct_9fa48("804") ? /token expired at ([^"\n,}]+)/i.exec(text)?.[1]?.trim() && null : (stryCov_9fa48("804"), (stryMutAct_9fa48("807") ? /token expired at ([^"\n,}]+)/i.exec(text)[1]?.trim() : stryMutAct_9fa48("806") ? /token expired at ([^"\n,}]+)/i.exec(text)?.[1].trim() : stryMutAct_9fa48("805") ? /token expired at ([^"\n,}]+)/i.exec(text)?.[1] : (stryCov_9fa48("805", "806", "807"), (stryMutAct_9fa48("809") ? /token expired at (["\n,}]+)/i : stryMutAct_9fa48("808") ? /token expired at ([^"\n,}])/i : (stryCov_9fa48("808", "809"), /token expired at ([^"\n,}]+)/i)).exec(text)?.[1]?.trim())) ?? null)
    });
    if (stryMutAct_9fa48("811") ? false : stryMutAct_9fa48("810") ? true : (stryCov_9fa48("810", "811"), /authenticationunsuccessful/i.test(text))) return stryMutAct_9fa48("812") ? {} : (stryCov_9fa48("812"), {
      kind: stryMutAct_9fa48("813") ? "" : (stryCov_9fa48("813"), "organisation_gone")
    });
    if (stryMutAct_9fa48("815") ? false : stryMutAct_9fa48("814") ? true : (stryCov_9fa48("814", "815"), /authorizationunsuccessful/i.test(text))) return stryMutAct_9fa48("816") ? {} : (stryCov_9fa48("816"), {
      kind: stryMutAct_9fa48("817") ? "" : (stryCov_9fa48("817"), "not_permitted")
    });
    if (stryMutAct_9fa48("819") ? false : stryMutAct_9fa48("818") ? true : (stryCov_9fa48("818", "819"), /access_denied/i.test(text))) return stryMutAct_9fa48("820") ? {} : (stryCov_9fa48("820"), {
      kind: stryMutAct_9fa48("821") ? "" : (stryCov_9fa48("821"), "consent_cancelled")
    });
    const client = stryMutAct_9fa48("824") ? /\b(invalid_client|unauthorized_client|invalid_scope)\b/i.exec(text)[1]?.toLowerCase() : stryMutAct_9fa48("823") ? /\b(invalid_client|unauthorized_client|invalid_scope)\b/i.exec(text)?.[1].toLowerCase() : stryMutAct_9fa48("822") ? /\b(invalid_client|unauthorized_client|invalid_scope)\b/i.exec(text)?.[1]?.toUpperCase() : (stryCov_9fa48("822", "823", "824"), /\b(invalid_client|unauthorized_client|invalid_scope)\b/i.exec(text)?.[1]?.toLowerCase());
    if (stryMutAct_9fa48("826") ? false : stryMutAct_9fa48("825") ? true : (stryCov_9fa48("825", "826"), client)) return stryMutAct_9fa48("827") ? {} : (stryCov_9fa48("827"), {
      kind: stryMutAct_9fa48("828") ? "" : (stryCov_9fa48("828"), "client_rejected"),
      code: client as ClientRejection
    });
    // Bare statuses, as logs often keep only those: 403 is what a gone organisation answers, 401 an expired token.
    if (stryMutAct_9fa48("830") ? false : stryMutAct_9fa48("829") ? true : (stryCov_9fa48("829", "830"), /\b403\b|\bforbidden\b/i.test(text))) return stryMutAct_9fa48("831") ? {} : (stryCov_9fa48("831"), {
      kind: stryMutAct_9fa48("832") ? "" : (stryCov_9fa48("832"), "organisation_gone")
    });
    if (stryMutAct_9fa48("834") ? false : stryMutAct_9fa48("833") ? true : (stryCov_9fa48("833", "834"), (stryMutAct_9fa48("835") ? /\b401\b|\bunauthori[^sz]ed\b/i : (stryCov_9fa48("835"), /\b401\b|\bunauthori[sz]ed\b/i)).test(text))) return stryMutAct_9fa48("836") ? {} : (stryCov_9fa48("836"), {
      kind: stryMutAct_9fa48("837") ? "" : (stryCov_9fa48("837"), "access_token_expired"),
      expiredAt: null
    });
    if (stryMutAct_9fa48("839") ? false : stryMutAct_9fa48("838") ? true : (stryCov_9fa48("838", "839"), /connection limit|connectionlimit/i.test(text))) return stryMutAct_9fa48("840") ? {} : (stryCov_9fa48("840"), {
      kind: stryMutAct_9fa48("841") ? "" : (stryCov_9fa48("841"), "app_cap"),
      regime: stryMutAct_9fa48("842") ? "" : (stryCov_9fa48("842"), "unknown"),
      appName: null,
      clientId: null
    });
    return stryMutAct_9fa48("843") ? {} : (stryCov_9fa48("843"), {
      kind: stryMutAct_9fa48("844") ? "" : (stryCov_9fa48("844"), "unrecognised")
    });
  }
}
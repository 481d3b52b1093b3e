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
import { isPlan, type Plan } from "@/lib/limits/plans";
import type { Classification } from "./classify";

// Pure: the actions that fix a diagnosed problem, best first, each with what it changes. Ranking puts
// what frees a slot today without spending money first (stale connections), then structural fixes,
// then plan changes and requests to Xero.

export type AppFacts = {
  name: string;
  environment: string;
  plan: string;
  certified: boolean;
  cap: number | null;
  count: number;
  /** Stale connections the dashboard can disconnect (their grant has a working token). */
  staleDisconnectable: number;
  /** Stale connections whose grant needs re-authorisation: only Xero's Connected Apps screen removes them. */
  staleBlocked: number;
};
export type OrgFacts = {
  name: string;
  uncertifiedApps: Array<{
    name: string;
    live: number;
    stale: number;
  }>;
};
export type RankInput = {
  classification: Classification;
  app: AppFacts | null;
  org: OrgFacts | null;
};
export type RankedAction = {
  key: string;
  title: string;
  effect: string;
};
const n = stryMutAct_9fa48("225") ? () => undefined : (stryCov_9fa48("225"), (() => {
  const n = (v: number) => v.toLocaleString(stryMutAct_9fa48("226") ? "" : (stryCov_9fa48("226"), "en"));
  return n;
})());
const plural = stryMutAct_9fa48("227") ? () => undefined : (stryCov_9fa48("227"), (() => {
  const plural = (v: number, word: string) => stryMutAct_9fa48("228") ? `` : (stryCov_9fa48("228"), `${n(v)} ${word}${(stryMutAct_9fa48("231") ? v !== 1 : stryMutAct_9fa48("230") ? false : stryMutAct_9fa48("229") ? true : (stryCov_9fa48("229", "230", "231"), v === 1)) ? stryMutAct_9fa48("232") ? "Stryker was here!" : (stryCov_9fa48("232"), "") : stryMutAct_9fa48("233") ? "" : (stryCov_9fa48("233"), "s")}`);
  return plural;
})());
const UPGRADES: Partial<Record<Plan, {
  to: string;
  cap: string;
  note?: string;
}>> = stryMutAct_9fa48("234") ? {} : (stryCov_9fa48("234"), {
  "legacy-uncertified": stryMutAct_9fa48("235") ? {} : (stryCov_9fa48("235"), {
    to: stryMutAct_9fa48("236") ? "" : (stryCov_9fa48("236"), "get certified, or move to the Core (50) or Plus (1,000) plan"),
    cap: stryMutAct_9fa48("237") ? "" : (stryCov_9fa48("237"), "no cap once certified; 50 on Core")
  }),
  starter: stryMutAct_9fa48("238") ? {} : (stryCov_9fa48("238"), {
    to: stryMutAct_9fa48("239") ? "" : (stryCov_9fa48("239"), "move to the Core plan"),
    cap: stryMutAct_9fa48("240") ? "" : (stryCov_9fa48("240"), "50")
  }),
  core: stryMutAct_9fa48("241") ? {} : (stryCov_9fa48("241"), {
    to: stryMutAct_9fa48("242") ? "" : (stryCov_9fa48("242"), "move to the Plus plan (certification required)"),
    cap: stryMutAct_9fa48("243") ? "" : (stryCov_9fa48("243"), "1,000")
  }),
  plus: stryMutAct_9fa48("244") ? {} : (stryCov_9fa48("244"), {
    to: stryMutAct_9fa48("245") ? "" : (stryCov_9fa48("245"), "move to the Advanced plan"),
    cap: stryMutAct_9fa48("246") ? "" : (stryCov_9fa48("246"), "10,000"),
    note: stryMutAct_9fa48("247") ? "" : (stryCov_9fa48("247"), "a security assessment is due at 1,000 connections")
  }),
  advanced: stryMutAct_9fa48("248") ? {} : (stryCov_9fa48("248"), {
    to: stryMutAct_9fa48("249") ? "" : (stryCov_9fa48("249"), "move to the Enterprise plan"),
    cap: stryMutAct_9fa48("250") ? "" : (stryCov_9fa48("250"), "no cap")
  })
});
function appCapActions(app: AppFacts | null): RankedAction[] {
  if (stryMutAct_9fa48("251")) {
    {}
  } else {
    stryCov_9fa48("251");
    const out: RankedAction[] = stryMutAct_9fa48("252") ? ["Stryker was here"] : (stryCov_9fa48("252"), []);
    if (stryMutAct_9fa48("255") ? false : stryMutAct_9fa48("254") ? true : stryMutAct_9fa48("253") ? app : (stryCov_9fa48("253", "254", "255"), !app)) {
      if (stryMutAct_9fa48("256")) {
        {}
      } else {
        stryCov_9fa48("256");
        out.push(stryMutAct_9fa48("257") ? {} : (stryCov_9fa48("257"), {
          key: stryMutAct_9fa48("258") ? "" : (stryCov_9fa48("258"), "pick_app"),
          title: stryMutAct_9fa48("259") ? "" : (stryCov_9fa48("259"), "Pick the app named in the message"),
          effect: stryMutAct_9fa48("260") ? "" : (stryCov_9fa48("260"), "shows its connections against the cap, who holds them and which are stale")
        }));
      }
    } else {
      if (stryMutAct_9fa48("261")) {
        {}
      } else {
        stryCov_9fa48("261");
        const cap = app.cap;
        if (stryMutAct_9fa48("265") ? app.staleDisconnectable <= 0 : stryMutAct_9fa48("264") ? app.staleDisconnectable >= 0 : stryMutAct_9fa48("263") ? false : stryMutAct_9fa48("262") ? true : (stryCov_9fa48("262", "263", "264", "265"), app.staleDisconnectable > 0)) {
          if (stryMutAct_9fa48("266")) {
            {}
          } else {
            stryCov_9fa48("266");
            const after = stryMutAct_9fa48("267") ? app.count + app.staleDisconnectable : (stryCov_9fa48("267"), app.count - app.staleDisconnectable);
            out.push(stryMutAct_9fa48("268") ? {} : (stryCov_9fa48("268"), {
              key: stryMutAct_9fa48("269") ? "" : (stryCov_9fa48("269"), "disconnect_stale"),
              title: stryMutAct_9fa48("270") ? `` : (stryCov_9fa48("270"), `Disconnect ${(stryMutAct_9fa48("273") ? app.staleDisconnectable !== 1 : stryMutAct_9fa48("272") ? false : stryMutAct_9fa48("271") ? true : (stryCov_9fa48("271", "272", "273"), app.staleDisconnectable === 1)) ? stryMutAct_9fa48("274") ? "" : (stryCov_9fa48("274"), "this stale connection") : stryMutAct_9fa48("275") ? `` : (stryCov_9fa48("275"), `these ${n(app.staleDisconnectable)} stale connections`)}`),
              effect: stryMutAct_9fa48("276") ? `` : (stryCov_9fa48("276"), `frees ${plural(app.staleDisconnectable, stryMutAct_9fa48("277") ? "" : (stryCov_9fa48("277"), "slot"))}${(stryMutAct_9fa48("280") ? cap === null : stryMutAct_9fa48("279") ? false : stryMutAct_9fa48("278") ? true : (stryCov_9fa48("278", "279", "280"), cap !== null)) ? stryMutAct_9fa48("281") ? `` : (stryCov_9fa48("281"), `: ${n(app.count)} → ${n(after)} of ${n(cap)}`) : stryMutAct_9fa48("282") ? "Stryker was here!" : (stryCov_9fa48("282"), "")}`)
            }));
          }
        }
        if (stryMutAct_9fa48("286") ? app.staleBlocked <= 0 : stryMutAct_9fa48("285") ? app.staleBlocked >= 0 : stryMutAct_9fa48("284") ? false : stryMutAct_9fa48("283") ? true : (stryCov_9fa48("283", "284", "285", "286"), app.staleBlocked > 0)) {
          if (stryMutAct_9fa48("287")) {
            {}
          } else {
            stryCov_9fa48("287");
            out.push(stryMutAct_9fa48("288") ? {} : (stryCov_9fa48("288"), {
              key: stryMutAct_9fa48("289") ? "" : (stryCov_9fa48("289"), "disconnect_in_xero"),
              title: stryMutAct_9fa48("290") ? `` : (stryCov_9fa48("290"), `Remove the ${plural(app.staleBlocked, stryMutAct_9fa48("291") ? "" : (stryCov_9fa48("291"), "stale connection"))} whose grant needs re-authorisation in Xero's Connected Apps screen (or re-authorise them)`),
              effect: stryMutAct_9fa48("292") ? `` : (stryCov_9fa48("292"), `frees ${plural(app.staleBlocked, stryMutAct_9fa48("293") ? "" : (stryCov_9fa48("293"), "slot"))} once Xero stops listing them`)
            }));
          }
        }
        if (stryMutAct_9fa48("296") ? cap !== null || app.count < cap : stryMutAct_9fa48("295") ? false : stryMutAct_9fa48("294") ? true : (stryCov_9fa48("294", "295", "296"), (stryMutAct_9fa48("298") ? cap === null : stryMutAct_9fa48("297") ? true : (stryCov_9fa48("297", "298"), cap !== null)) && (stryMutAct_9fa48("301") ? app.count >= cap : stryMutAct_9fa48("300") ? app.count <= cap : stryMutAct_9fa48("299") ? true : (stryCov_9fa48("299", "300", "301"), app.count < cap)))) {
          if (stryMutAct_9fa48("302")) {
            {}
          } else {
            stryCov_9fa48("302");
            out.push(stryMutAct_9fa48("303") ? {} : (stryCov_9fa48("303"), {
              key: stryMutAct_9fa48("304") ? "" : (stryCov_9fa48("304"), "sync"),
              title: stryMutAct_9fa48("305") ? "" : (stryCov_9fa48("305"), "Sync the app, and ask every user who authorised it elsewhere to connect through the dashboard"),
              effect: stryMutAct_9fa48("306") ? `` : (stryCov_9fa48("306"), `we count ${n(app.count)} of ${n(cap)}: Xero counts connections we cannot see until their user's grant is here`)
            }));
          }
        }
      }
    }
    out.push(stryMutAct_9fa48("307") ? {} : (stryCov_9fa48("307"), {
      key: stryMutAct_9fa48("308") ? "" : (stryCov_9fa48("308"), "separate_apps"),
      title: stryMutAct_9fa48("309") ? "" : (stryCov_9fa48("309"), "Use a separate app per environment (development, staging, production)"),
      effect: stryMutAct_9fa48("310") ? "" : (stryCov_9fa48("310"), "test and staging organisations stop taking production's slots")
    }));
    const upgrade = (stryMutAct_9fa48("313") ? app && isPlan(app.plan) || !app.certified : stryMutAct_9fa48("312") ? false : stryMutAct_9fa48("311") ? true : (stryCov_9fa48("311", "312", "313"), (stryMutAct_9fa48("315") ? app || isPlan(app.plan) : stryMutAct_9fa48("314") ? true : (stryCov_9fa48("314", "315"), app && isPlan(app.plan))) && (stryMutAct_9fa48("316") ? app.certified : (stryCov_9fa48("316"), !app.certified)))) ? UPGRADES[app.plan] : undefined;
    if (stryMutAct_9fa48("318") ? false : stryMutAct_9fa48("317") ? true : (stryCov_9fa48("317", "318"), upgrade)) out.push(stryMutAct_9fa48("319") ? {} : (stryCov_9fa48("319"), {
      key: stryMutAct_9fa48("320") ? "" : (stryCov_9fa48("320"), "upgrade"),
      title: stryMutAct_9fa48("321") ? `` : (stryCov_9fa48("321"), `To raise the cap, ${upgrade.to}`),
      effect: stryMutAct_9fa48("322") ? `` : (stryCov_9fa48("322"), `the cap becomes ${upgrade.cap}${upgrade.note ? stryMutAct_9fa48("323") ? `` : (stryCov_9fa48("323"), ` (${upgrade.note})`) : stryMutAct_9fa48("324") ? "Stryker was here!" : (stryCov_9fa48("324"), "")}`)
    }));
    out.push(stryMutAct_9fa48("325") ? {} : (stryCov_9fa48("325"), {
      key: stryMutAct_9fa48("326") ? "" : (stryCov_9fa48("326"), "custom_connection"),
      title: stryMutAct_9fa48("327") ? "" : (stryCov_9fa48("327"), "Use a Custom Connection for an organisation that only needs machine-to-machine access"),
      effect: stryMutAct_9fa48("328") ? "" : (stryCov_9fa48("328"), "that organisation connects without taking a slot on this app (Custom Connections are billed per organisation)")
    }));
    out.push(stryMutAct_9fa48("329") ? {} : (stryCov_9fa48("329"), {
      key: stryMutAct_9fa48("330") ? "" : (stryCov_9fa48("330"), "ask_xero"),
      title: stryMutAct_9fa48("331") ? "" : (stryCov_9fa48("331"), "Ask Xero (api@xero.com) to raise the cap for a practice or franchise"),
      effect: stryMutAct_9fa48("332") ? "" : (stryCov_9fa48("332"), "Xero sets a higher cap for the app; record it as the app's cap override here")
    }));
    return out;
  }
}
function orgCapActions(org: OrgFacts | null): RankedAction[] {
  if (stryMutAct_9fa48("333")) {
    {}
  } else {
    stryCov_9fa48("333");
    const out: RankedAction[] = stryMutAct_9fa48("334") ? ["Stryker was here"] : (stryCov_9fa48("334"), []);
    if (stryMutAct_9fa48("337") ? false : stryMutAct_9fa48("336") ? true : stryMutAct_9fa48("335") ? org : (stryCov_9fa48("335", "336", "337"), !org)) out.push(stryMutAct_9fa48("338") ? {} : (stryCov_9fa48("338"), {
      key: stryMutAct_9fa48("339") ? "" : (stryCov_9fa48("339"), "pick_org"),
      title: stryMutAct_9fa48("340") ? "" : (stryCov_9fa48("340"), "Pick the organisation that was greyed out in Xero's picker"),
      effect: stryMutAct_9fa48("341") ? "" : (stryCov_9fa48("341"), "shows its two uncertified apps and who connected each")
    }));
    for (const a of stryMutAct_9fa48("342") ? org?.uncertifiedApps && [] : (stryCov_9fa48("342"), (stryMutAct_9fa48("343") ? org.uncertifiedApps : (stryCov_9fa48("343"), org?.uncertifiedApps)) ?? (stryMutAct_9fa48("344") ? ["Stryker was here"] : (stryCov_9fa48("344"), [])))) {
      if (stryMutAct_9fa48("345")) {
        {}
      } else {
        stryCov_9fa48("345");
        if (stryMutAct_9fa48("348") ? a.live > 0 || a.stale === a.live : stryMutAct_9fa48("347") ? false : stryMutAct_9fa48("346") ? true : (stryCov_9fa48("346", "347", "348"), (stryMutAct_9fa48("351") ? a.live <= 0 : stryMutAct_9fa48("350") ? a.live >= 0 : stryMutAct_9fa48("349") ? true : (stryCov_9fa48("349", "350", "351"), a.live > 0)) && (stryMutAct_9fa48("353") ? a.stale !== a.live : stryMutAct_9fa48("352") ? true : (stryCov_9fa48("352", "353"), a.stale === a.live)))) {
          if (stryMutAct_9fa48("354")) {
            {}
          } else {
            stryCov_9fa48("354");
            out.push(stryMutAct_9fa48("355") ? {} : (stryCov_9fa48("355"), {
              key: stryMutAct_9fa48("356") ? `` : (stryCov_9fa48("356"), `disconnect_stale_app:${a.name}`),
              title: stryMutAct_9fa48("357") ? `` : (stryCov_9fa48("357"), `Disconnect ${a.name}'s stale ${(stryMutAct_9fa48("360") ? a.live !== 1 : stryMutAct_9fa48("359") ? false : stryMutAct_9fa48("358") ? true : (stryCov_9fa48("358", "359", "360"), a.live === 1)) ? stryMutAct_9fa48("361") ? "" : (stryCov_9fa48("361"), "connection") : stryMutAct_9fa48("362") ? "" : (stryCov_9fa48("362"), "connections")} to ${org!.name}`),
              effect: stryMutAct_9fa48("363") ? `` : (stryCov_9fa48("363"), `frees 1 of ${org!.name}'s 2 uncertified-app slots`)
            }));
          }
        }
      }
    }
    const names = (stryMutAct_9fa48("366") ? org || org.uncertifiedApps.length > 0 : stryMutAct_9fa48("365") ? false : stryMutAct_9fa48("364") ? true : (stryCov_9fa48("364", "365", "366"), org && (stryMutAct_9fa48("369") ? org.uncertifiedApps.length <= 0 : stryMutAct_9fa48("368") ? org.uncertifiedApps.length >= 0 : stryMutAct_9fa48("367") ? true : (stryCov_9fa48("367", "368", "369"), org.uncertifiedApps.length > 0)))) ? stryMutAct_9fa48("370") ? `` : (stryCov_9fa48("370"), ` (${org.uncertifiedApps.map(stryMutAct_9fa48("371") ? () => undefined : (stryCov_9fa48("371"), a => a.name)).join(stryMutAct_9fa48("372") ? "" : (stryCov_9fa48("372"), " or "))})`) : stryMutAct_9fa48("373") ? "Stryker was here!" : (stryCov_9fa48("373"), "");
    out.push(stryMutAct_9fa48("374") ? {} : (stryCov_9fa48("374"), {
      key: stryMutAct_9fa48("375") ? "" : (stryCov_9fa48("375"), "disconnect_app"),
      title: stryMutAct_9fa48("376") ? `` : (stryCov_9fa48("376"), `Disconnect the uncertified app the organisation uses least${names}`),
      effect: stryMutAct_9fa48("377") ? "" : (stryCov_9fa48("377"), "frees 1 of the organisation's 2 uncertified-app slots (every user's connection of that app to it must go)")
    }));
    out.push(stryMutAct_9fa48("378") ? {} : (stryCov_9fa48("378"), {
      key: stryMutAct_9fa48("379") ? "" : (stryCov_9fa48("379"), "certify"),
      title: stryMutAct_9fa48("380") ? "" : (stryCov_9fa48("380"), "Use a certified app, or get this app certified"),
      effect: stryMutAct_9fa48("381") ? "" : (stryCov_9fa48("381"), "certified apps take no uncertified-app slot")
    }));
    out.push(stryMutAct_9fa48("382") ? {} : (stryCov_9fa48("382"), {
      key: stryMutAct_9fa48("383") ? "" : (stryCov_9fa48("383"), "custom_connection"),
      title: stryMutAct_9fa48("384") ? "" : (stryCov_9fa48("384"), "Use a Custom Connection for this organisation"),
      effect: stryMutAct_9fa48("385") ? "" : (stryCov_9fa48("385"), "Custom Connections never count toward the 2-app limit")
    }));
    return out;
  }
}
const RATE: Record<string, RankedAction[]> = stryMutAct_9fa48("386") ? {} : (stryCov_9fa48("386"), {
  minute: stryMutAct_9fa48("387") ? [] : (stryCov_9fa48("387"), [stryMutAct_9fa48("388") ? {} : (stryCov_9fa48("388"), {
    key: stryMutAct_9fa48("389") ? "" : (stryCov_9fa48("389"), "spread"),
    title: stryMutAct_9fa48("390") ? "" : (stryCov_9fa48("390"), "Spread calls to at most 60 a minute per organisation"),
    effect: stryMutAct_9fa48("391") ? "" : (stryCov_9fa48("391"), "no more minute-limit 429s")
  })]),
  day: stryMutAct_9fa48("392") ? [] : (stryCov_9fa48("392"), [stryMutAct_9fa48("393") ? {} : (stryCov_9fa48("393"), {
    key: stryMutAct_9fa48("394") ? "" : (stryCov_9fa48("394"), "fetch_less"),
    title: stryMutAct_9fa48("395") ? "" : (stryCov_9fa48("395"), "Fetch only what changed (If-Modified-Since) and cache reference data"),
    effect: stryMutAct_9fa48("396") ? "" : (stryCov_9fa48("396"), "fewer calls against the daily budget")
  })]),
  app_minute: stryMutAct_9fa48("397") ? [] : (stryCov_9fa48("397"), [stryMutAct_9fa48("398") ? {} : (stryCov_9fa48("398"), {
    key: stryMutAct_9fa48("399") ? "" : (stryCov_9fa48("399"), "spread_app"),
    title: stryMutAct_9fa48("400") ? "" : (stryCov_9fa48("400"), "Spread the app's calls across organisations and time"),
    effect: stryMutAct_9fa48("401") ? "" : (stryCov_9fa48("401"), "stays under 10,000 calls a minute app-wide")
  })]),
  concurrent: stryMutAct_9fa48("402") ? [] : (stryCov_9fa48("402"), [stryMutAct_9fa48("403") ? {} : (stryCov_9fa48("403"), {
    key: stryMutAct_9fa48("404") ? "" : (stryCov_9fa48("404"), "queue"),
    title: stryMutAct_9fa48("405") ? "" : (stryCov_9fa48("405"), "Queue calls: at most 5 in flight per organisation"),
    effect: stryMutAct_9fa48("406") ? "" : (stryCov_9fa48("406"), "no more concurrency 429s")
  })]),
  unknown: stryMutAct_9fa48("407") ? ["Stryker was here"] : (stryCov_9fa48("407"), [])
});
export function rankActions({
  classification: c,
  app,
  org
}: RankInput): RankedAction[] {
  if (stryMutAct_9fa48("408")) {
    {}
  } else {
    stryCov_9fa48("408");
    switch (c.kind) {
      case stryMutAct_9fa48("410") ? "" : (stryCov_9fa48("410"), "app_cap"):
        if (stryMutAct_9fa48("409")) {} else {
          stryCov_9fa48("409");
          return appCapActions(app);
        }
      case stryMutAct_9fa48("412") ? "" : (stryCov_9fa48("412"), "org_cap"):
        if (stryMutAct_9fa48("411")) {} else {
          stryCov_9fa48("411");
          return orgCapActions(org);
        }
      case stryMutAct_9fa48("414") ? "" : (stryCov_9fa48("414"), "custom_connection"):
        if (stryMutAct_9fa48("413")) {} else {
          stryCov_9fa48("413");
          return stryMutAct_9fa48("415") ? [] : (stryCov_9fa48("415"), [stryMutAct_9fa48("416") ? {} : (stryCov_9fa48("416"), {
            key: stryMutAct_9fa48("417") ? "" : (stryCov_9fa48("417"), "another_custom"),
            title: stryMutAct_9fa48("418") ? "" : (stryCov_9fa48("418"), "Create another Custom Connection for the other organisation"),
            effect: stryMutAct_9fa48("419") ? "" : (stryCov_9fa48("419"), "each organisation gets its own (billed per connection)")
          }), stryMutAct_9fa48("420") ? {} : (stryCov_9fa48("420"), {
            key: stryMutAct_9fa48("421") ? "" : (stryCov_9fa48("421"), "standard_app"),
            title: stryMutAct_9fa48("422") ? "" : (stryCov_9fa48("422"), "Use a standard (auth code) app to reach several organisations"),
            effect: stryMutAct_9fa48("423") ? "" : (stryCov_9fa48("423"), "one app reaches many organisations, within its plan's cap")
          }), stryMutAct_9fa48("424") ? {} : (stryCov_9fa48("424"), {
            key: stryMutAct_9fa48("425") ? "" : (stryCov_9fa48("425"), "reauthorise_custom"),
            title: stryMutAct_9fa48("426") ? "" : (stryCov_9fa48("426"), "After changing the organisation or scopes, have the authorising user approve it again"),
            effect: stryMutAct_9fa48("427") ? "" : (stryCov_9fa48("427"), "the Custom Connection is active again")
          })]);
        }
      case stryMutAct_9fa48("429") ? "" : (stryCov_9fa48("429"), "rate_limit"):
        if (stryMutAct_9fa48("428")) {} else {
          stryCov_9fa48("428");
          return stryMutAct_9fa48("430") ? [] : (stryCov_9fa48("430"), [stryMutAct_9fa48("431") ? {} : (stryCov_9fa48("431"), {
            key: stryMutAct_9fa48("432") ? "" : (stryCov_9fa48("432"), "wait"),
            title: (stryMutAct_9fa48("435") ? c.retryAfterSeconds === null : stryMutAct_9fa48("434") ? false : stryMutAct_9fa48("433") ? true : (stryCov_9fa48("433", "434", "435"), c.retryAfterSeconds !== null)) ? stryMutAct_9fa48("436") ? `` : (stryCov_9fa48("436"), `Wait ${c.retryAfterSeconds} seconds (Retry-After), then retry`) : stryMutAct_9fa48("437") ? "" : (stryCov_9fa48("437"), "Wait for the Retry-After time, then retry"),
            effect: stryMutAct_9fa48("438") ? "" : (stryCov_9fa48("438"), "the window resets; nothing else is needed")
          }), ...RATE[c.scope]!, stryMutAct_9fa48("439") ? {} : (stryCov_9fa48("439"), {
            key: stryMutAct_9fa48("440") ? "" : (stryCov_9fa48("440"), "batch"),
            title: stryMutAct_9fa48("441") ? "" : (stryCov_9fa48("441"), "Send up to about 50 items per request instead of one call each"),
            effect: stryMutAct_9fa48("442") ? "" : (stryCov_9fa48("442"), "fewer calls for the same work")
          }), ...((stryMutAct_9fa48("445") ? c.scope === "day" || app?.plan === "starter" : stryMutAct_9fa48("444") ? false : stryMutAct_9fa48("443") ? true : (stryCov_9fa48("443", "444", "445"), (stryMutAct_9fa48("447") ? c.scope !== "day" : stryMutAct_9fa48("446") ? true : (stryCov_9fa48("446", "447"), c.scope === (stryMutAct_9fa48("448") ? "" : (stryCov_9fa48("448"), "day")))) && (stryMutAct_9fa48("450") ? app?.plan !== "starter" : stryMutAct_9fa48("449") ? true : (stryCov_9fa48("449", "450"), (stryMutAct_9fa48("451") ? app.plan : (stryCov_9fa48("451"), app?.plan)) === (stryMutAct_9fa48("452") ? "" : (stryCov_9fa48("452"), "starter")))))) ? stryMutAct_9fa48("453") ? [] : (stryCov_9fa48("453"), [stryMutAct_9fa48("454") ? {} : (stryCov_9fa48("454"), {
            key: stryMutAct_9fa48("455") ? "" : (stryCov_9fa48("455"), "upgrade_day"),
            title: stryMutAct_9fa48("456") ? "" : (stryCov_9fa48("456"), "Move to the Core plan"),
            effect: stryMutAct_9fa48("457") ? "" : (stryCov_9fa48("457"), "5,000 calls a day per organisation instead of 1,000")
          })]) : stryMutAct_9fa48("458") ? ["Stryker was here"] : (stryCov_9fa48("458"), []))]);
        }
      case stryMutAct_9fa48("460") ? "" : (stryCov_9fa48("460"), "refresh_token_dead"):
        if (stryMutAct_9fa48("459")) {} else {
          stryCov_9fa48("459");
          return stryMutAct_9fa48("461") ? [] : (stryCov_9fa48("461"), [stryMutAct_9fa48("462") ? {} : (stryCov_9fa48("462"), {
            key: stryMutAct_9fa48("463") ? "" : (stryCov_9fa48("463"), "reauthorise"),
            title: stryMutAct_9fa48("464") ? "" : (stryCov_9fa48("464"), "Ask the Xero user to connect again (re-authorise)"),
            effect: stryMutAct_9fa48("465") ? "" : (stryCov_9fa48("465"), "new working tokens; the organisations stay connected")
          }), stryMutAct_9fa48("466") ? {} : (stryCov_9fa48("466"), {
            key: stryMutAct_9fa48("467") ? "" : (stryCov_9fa48("467"), "one_token_set"),
            title: stryMutAct_9fa48("468") ? "" : (stryCov_9fa48("468"), "Keep one token set per user in one place"),
            effect: stryMutAct_9fa48("469") ? "" : (stryCov_9fa48("469"), "refreshing the same tokens in two places makes one side fail with invalid_grant")
          }), stryMutAct_9fa48("470") ? {} : (stryCov_9fa48("470"), {
            key: stryMutAct_9fa48("471") ? "" : (stryCov_9fa48("471"), "keep_alive"),
            title: stryMutAct_9fa48("472") ? "" : (stryCov_9fa48("472"), "Keep keep-alive on (Settings → Jobs)"),
            effect: stryMutAct_9fa48("473") ? "" : (stryCov_9fa48("473"), "every grant is refreshed well before Xero's 60-day idle expiry")
          })]);
        }
      case stryMutAct_9fa48("475") ? "" : (stryCov_9fa48("475"), "access_token_expired"):
        if (stryMutAct_9fa48("474")) {} else {
          stryCov_9fa48("474");
          return stryMutAct_9fa48("476") ? [] : (stryCov_9fa48("476"), [stryMutAct_9fa48("477") ? {} : (stryCov_9fa48("477"), {
            key: stryMutAct_9fa48("478") ? "" : (stryCov_9fa48("478"), "refresh"),
            title: stryMutAct_9fa48("479") ? "" : (stryCov_9fa48("479"), "Refresh the access token and retry"),
            effect: stryMutAct_9fa48("480") ? "" : (stryCov_9fa48("480"), "a new 30-minute token; no user action")
          }), stryMutAct_9fa48("481") ? {} : (stryCov_9fa48("481"), {
            key: stryMutAct_9fa48("482") ? "" : (stryCov_9fa48("482"), "refresh_early"),
            title: stryMutAct_9fa48("483") ? "" : (stryCov_9fa48("483"), "Refresh a minute before expiry instead of after a 401"),
            effect: stryMutAct_9fa48("484") ? "" : (stryCov_9fa48("484"), "no failed calls")
          })]);
        }
      case stryMutAct_9fa48("486") ? "" : (stryCov_9fa48("486"), "organisation_gone"):
        if (stryMutAct_9fa48("485")) {} else {
          stryCov_9fa48("485");
          return stryMutAct_9fa48("487") ? [] : (stryCov_9fa48("487"), [stryMutAct_9fa48("488") ? {} : (stryCov_9fa48("488"), {
            key: stryMutAct_9fa48("489") ? "" : (stryCov_9fa48("489"), "check_org"),
            title: stryMutAct_9fa48("490") ? "" : (stryCov_9fa48("490"), "Ask the organisation whether it disconnected the app, removed the user, or closed"),
            effect: stryMutAct_9fa48("491") ? "" : (stryCov_9fa48("491"), "tells whether to reconnect or let go")
          }), stryMutAct_9fa48("492") ? {} : (stryCov_9fa48("492"), {
            key: stryMutAct_9fa48("493") ? "" : (stryCov_9fa48("493"), "reconnect"),
            title: stryMutAct_9fa48("494") ? "" : (stryCov_9fa48("494"), "Reconnect the organisation if it still needs the app"),
            effect: stryMutAct_9fa48("495") ? "" : (stryCov_9fa48("495"), "a new connection through a user with access")
          }), stryMutAct_9fa48("496") ? {} : (stryCov_9fa48("496"), {
            key: stryMutAct_9fa48("497") ? "" : (stryCov_9fa48("497"), "disconnect"),
            title: stryMutAct_9fa48("498") ? "" : (stryCov_9fa48("498"), "Otherwise disconnect the connection"),
            effect: stryMutAct_9fa48("499") ? "" : (stryCov_9fa48("499"), "frees its slot on the app")
          })]);
        }
      case stryMutAct_9fa48("501") ? "" : (stryCov_9fa48("501"), "consent_cancelled"):
        if (stryMutAct_9fa48("500")) {} else {
          stryCov_9fa48("500");
          return stryMutAct_9fa48("502") ? [] : (stryCov_9fa48("502"), [stryMutAct_9fa48("503") ? {} : (stryCov_9fa48("503"), {
            key: stryMutAct_9fa48("504") ? "" : (stryCov_9fa48("504"), "retry_consent"),
            title: stryMutAct_9fa48("505") ? "" : (stryCov_9fa48("505"), "Start the connection again and choose Allow access"),
            effect: stryMutAct_9fa48("506") ? "" : (stryCov_9fa48("506"), "the organisation connects; nothing was used by the cancelled attempt")
          })]);
        }
      case stryMutAct_9fa48("508") ? "" : (stryCov_9fa48("508"), "client_rejected"):
        if (stryMutAct_9fa48("507")) {} else {
          stryCov_9fa48("507");
          return stryMutAct_9fa48("509") ? [] : (stryCov_9fa48("509"), [stryMutAct_9fa48("510") ? {} : (stryCov_9fa48("510"), {
            key: stryMutAct_9fa48("511") ? "" : (stryCov_9fa48("511"), "fix_client"),
            title: (stryMutAct_9fa48("514") ? c.code !== "invalid_client" : stryMutAct_9fa48("513") ? false : stryMutAct_9fa48("512") ? true : (stryCov_9fa48("512", "513", "514"), c.code === (stryMutAct_9fa48("515") ? "" : (stryCov_9fa48("515"), "invalid_client")))) ? stryMutAct_9fa48("516") ? "" : (stryCov_9fa48("516"), "Copy the current client secret from Xero's developer portal into the app's settings") : (stryMutAct_9fa48("519") ? c.code !== "unauthorized_client" : stryMutAct_9fa48("518") ? false : stryMutAct_9fa48("517") ? true : (stryCov_9fa48("517", "518", "519"), c.code === (stryMutAct_9fa48("520") ? "" : (stryCov_9fa48("520"), "unauthorized_client")))) ? stryMutAct_9fa48("521") ? "" : (stryCov_9fa48("521"), "Use the auth code flow (client credentials are for Custom Connections only)") : stryMutAct_9fa48("522") ? "" : (stryCov_9fa48("522"), "Ask only for scopes the app may use (granular scopes for apps created since 2 March 2026)"),
            effect: stryMutAct_9fa48("523") ? "" : (stryCov_9fa48("523"), "Xero accepts the app's requests again")
          })]);
        }
      case stryMutAct_9fa48("525") ? "" : (stryCov_9fa48("525"), "not_permitted"):
        if (stryMutAct_9fa48("524")) {} else {
          stryCov_9fa48("524");
          return stryMutAct_9fa48("526") ? [] : (stryCov_9fa48("526"), [stryMutAct_9fa48("527") ? {} : (stryCov_9fa48("527"), {
            key: stryMutAct_9fa48("528") ? "" : (stryCov_9fa48("528"), "scopes_or_plan"),
            title: stryMutAct_9fa48("529") ? "" : (stryCov_9fa48("529"), "Add the missing scope (users must consent again) or move to a plan with the feature"),
            effect: stryMutAct_9fa48("530") ? "" : (stryCov_9fa48("530"), "the call is allowed")
          })]);
        }
      case stryMutAct_9fa48("531") ? "" : (stryCov_9fa48("531"), "none"):
      case stryMutAct_9fa48("533") ? "" : (stryCov_9fa48("533"), "unrecognised"):
        if (stryMutAct_9fa48("532")) {} else {
          stryCov_9fa48("532");
          return stryMutAct_9fa48("534") ? ["Stryker was here"] : (stryCov_9fa48("534"), []);
        }
    }
  }
}
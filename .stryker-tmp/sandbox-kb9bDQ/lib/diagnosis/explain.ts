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
import type { Classification } from "./classify";

// Pure: a title and a plain explanation for each class, in the words a support person can repeat to a
// customer. Facts from FACTS Part A (caps, lifetimes, rate limits).

export type Explained = {
  title: string;
  explanation: string;
};
const scopeText = {
  minute: "this organisation's 60 calls a minute for the app",
  day: "this organisation's daily call budget for the app (5,000 a day; 1,000 on the Starter plan)",
  app_minute: "the app's 10,000 calls a minute across all organisations",
  concurrent: "the 5 calls that may be in progress at once for one organisation",
  unknown: "one of Xero's rate limits (the X-Rate-Limit-Problem header says which)"
} as const;
export function explain(c: Classification): Explained {
  if (stryMutAct_9fa48("845")) {
    {}
  } else {
    stryCov_9fa48("845");
    switch (c.kind) {
      case stryMutAct_9fa48("847") ? "" : (stryCov_9fa48("847"), "none"):
        if (stryMutAct_9fa48("846")) {} else {
          stryCov_9fa48("846");
          return stryMutAct_9fa48("848") ? {} : (stryCov_9fa48("848"), {
            title: stryMutAct_9fa48("849") ? "" : (stryCov_9fa48("849"), "Nothing to diagnose yet"),
            explanation: stryMutAct_9fa48("850") ? "" : (stryCov_9fa48("850"), "Paste an error message or URL, or pick an app, organisation or authorising user.")
          });
        }
      case stryMutAct_9fa48("852") ? "" : (stryCov_9fa48("852"), "app_cap"):
        if (stryMutAct_9fa48("851")) {} else {
          stryCov_9fa48("851");
          {
            if (stryMutAct_9fa48("853")) {
              {}
            } else {
              stryCov_9fa48("853");
              const who = c.appName ? stryMutAct_9fa48("854") ? `` : (stryCov_9fa48("854"), `${c.appName} has`) : stryMutAct_9fa48("855") ? "" : (stryCov_9fa48("855"), "The app has");
              const rule = (stryMutAct_9fa48("858") ? c.regime !== "legacy" : stryMutAct_9fa48("857") ? false : stryMutAct_9fa48("856") ? true : (stryCov_9fa48("856", "857", "858"), c.regime === (stryMutAct_9fa48("859") ? "" : (stryCov_9fa48("859"), "legacy")))) ? stryMutAct_9fa48("860") ? "" : (stryCov_9fa48("860"), "This is the legacy rule for uncertified apps: 25 connections until the app is certified.") : (stryMutAct_9fa48("863") ? c.regime !== "tiers" : stryMutAct_9fa48("862") ? false : stryMutAct_9fa48("861") ? true : (stryCov_9fa48("861", "862", "863"), c.regime === (stryMutAct_9fa48("864") ? "" : (stryCov_9fa48("864"), "tiers")))) ? stryMutAct_9fa48("865") ? "" : (stryCov_9fa48("865"), "This is the plan's connection cap (Starter 5, Core 50, Plus 1,000, Advanced 10,000).") : stryMutAct_9fa48("866") ? "" : (stryCov_9fa48("866"), "Xero shows this screen (its /connectionLimit page) when a consent would pass the app's cap.");
              return stryMutAct_9fa48("867") ? {} : (stryCov_9fa48("867"), {
                title: stryMutAct_9fa48("868") ? "" : (stryCov_9fa48("868"), "The app's connection cap"),
                explanation: stryMutAct_9fa48("869") ? `` : (stryCov_9fa48("869"), `${who} as many connections as its cap allows, so Xero stopped the consent before it reached the app. Each connection is one Xero user with one organisation, so the same organisation connected by two users takes two slots. ${rule}`)
              });
            }
          }
        }
      case stryMutAct_9fa48("871") ? "" : (stryCov_9fa48("871"), "org_cap"):
        if (stryMutAct_9fa48("870")) {} else {
          stryCov_9fa48("870");
          return stryMutAct_9fa48("872") ? {} : (stryCov_9fa48("872"), {
            title: stryMutAct_9fa48("873") ? "" : (stryCov_9fa48("873"), "The organisation's 2-uncertified-apps cap"),
            explanation: stryMutAct_9fa48("874") ? "" : (stryCov_9fa48("874"), "An organisation may connect at most 2 uncertified apps. The organisation greyed out in Xero's picker already has two, so no third uncertified app can connect to it until one is disconnected or certified. The app's own count is not the problem.")
          });
        }
      case stryMutAct_9fa48("876") ? "" : (stryCov_9fa48("876"), "custom_connection"):
        if (stryMutAct_9fa48("875")) {} else {
          stryCov_9fa48("875");
          return stryMutAct_9fa48("877") ? {} : (stryCov_9fa48("877"), {
            title: stryMutAct_9fa48("878") ? "" : (stryCov_9fa48("878"), "A Custom Connection serves one organisation"),
            explanation: stryMutAct_9fa48("879") ? "" : (stryCov_9fa48("879"), "A Custom Connection is bound to the single organisation its authorising user approved. It cannot go through the consent screen or connect another organisation; changing its organisation or scopes deactivates it until it is authorised again.")
          });
        }
      case stryMutAct_9fa48("881") ? "" : (stryCov_9fa48("881"), "rate_limit"):
        if (stryMutAct_9fa48("880")) {} else {
          stryCov_9fa48("880");
          return stryMutAct_9fa48("882") ? {} : (stryCov_9fa48("882"), {
            title: stryMutAct_9fa48("883") ? "" : (stryCov_9fa48("883"), "A rate limit"),
            explanation: stryMutAct_9fa48("884") ? `` : (stryCov_9fa48("884"), `Xero answered 429 Too Many Requests: the calls used up ${scopeText[c.scope]}.${(stryMutAct_9fa48("887") ? c.retryAfterSeconds === null : stryMutAct_9fa48("886") ? false : stryMutAct_9fa48("885") ? true : (stryCov_9fa48("885", "886", "887"), c.retryAfterSeconds !== null)) ? stryMutAct_9fa48("888") ? `` : (stryCov_9fa48("888"), ` Xero asked to wait ${c.retryAfterSeconds} seconds (Retry-After).`) : stryMutAct_9fa48("889") ? "Stryker was here!" : (stryCov_9fa48("889"), "")} Nothing is broken; calls work again when the window resets.`)
          });
        }
      case stryMutAct_9fa48("891") ? "" : (stryCov_9fa48("891"), "refresh_token_dead"):
        if (stryMutAct_9fa48("890")) {} else {
          stryCov_9fa48("890");
          return stryMutAct_9fa48("892") ? {} : (stryCov_9fa48("892"), {
            title: stryMutAct_9fa48("893") ? "" : (stryCov_9fa48("893"), "The refresh token no longer works (invalid_grant)"),
            explanation: stryMutAct_9fa48("894") ? "" : (stryCov_9fa48("894"), "Xero refused the refresh token: it expired after 60 days unused, it was rotated away (another copy of the same tokens refreshed first), or the user revoked access. Only a new consent by that Xero user gives working tokens; the connections themselves stay.")
          });
        }
      case stryMutAct_9fa48("896") ? "" : (stryCov_9fa48("896"), "access_token_expired"):
        if (stryMutAct_9fa48("895")) {} else {
          stryCov_9fa48("895");
          return stryMutAct_9fa48("897") ? {} : (stryCov_9fa48("897"), {
            title: stryMutAct_9fa48("898") ? "" : (stryCov_9fa48("898"), "The access token expired (401 TokenExpired)"),
            explanation: stryMutAct_9fa48("899") ? `` : (stryCov_9fa48("899"), `Access tokens last 30 minutes${c.expiredAt ? stryMutAct_9fa48("900") ? `` : (stryCov_9fa48("900"), `; this one expired at ${c.expiredAt}`) : stryMutAct_9fa48("901") ? "Stryker was here!" : (stryCov_9fa48("901"), "")}. The caller should refresh it with the refresh token and retry. No user action is needed unless the refresh fails too.`)
          });
        }
      case stryMutAct_9fa48("903") ? "" : (stryCov_9fa48("903"), "organisation_gone"):
        if (stryMutAct_9fa48("902")) {} else {
          stryCov_9fa48("902");
          return stryMutAct_9fa48("904") ? {} : (stryCov_9fa48("904"), {
            title: stryMutAct_9fa48("905") ? "" : (stryCov_9fa48("905"), "The organisation refuses access (403 AuthenticationUnsuccessful)"),
            explanation: stryMutAct_9fa48("906") ? "" : (stryCov_9fa48("906"), "Xero no longer lets this user's connection reach the organisation: it was disconnected in Xero's Connected Apps screen, the user lost access, or the organisation was deleted or its trial ended.")
          });
        }
      case stryMutAct_9fa48("908") ? "" : (stryCov_9fa48("908"), "consent_cancelled"):
        if (stryMutAct_9fa48("907")) {} else {
          stryCov_9fa48("907");
          return stryMutAct_9fa48("909") ? {} : (stryCov_9fa48("909"), {
            title: stryMutAct_9fa48("910") ? "" : (stryCov_9fa48("910"), "The consent was cancelled (access_denied)"),
            explanation: stryMutAct_9fa48("911") ? "" : (stryCov_9fa48("911"), "The Xero user chose Cancel (or declined) on Xero's consent screen, so nothing was connected and no slot was used.")
          });
        }
      case stryMutAct_9fa48("913") ? "" : (stryCov_9fa48("913"), "client_rejected"):
        if (stryMutAct_9fa48("912")) {} else {
          stryCov_9fa48("912");
          return stryMutAct_9fa48("914") ? {} : (stryCov_9fa48("914"), {
            title: stryMutAct_9fa48("915") ? `` : (stryCov_9fa48("915"), `Xero rejected the app (${c.code})`),
            explanation: (stryMutAct_9fa48("918") ? c.code !== "invalid_client" : stryMutAct_9fa48("917") ? false : stryMutAct_9fa48("916") ? true : (stryCov_9fa48("916", "917", "918"), c.code === (stryMutAct_9fa48("919") ? "" : (stryCov_9fa48("919"), "invalid_client")))) ? stryMutAct_9fa48("920") ? "" : (stryCov_9fa48("920"), "Xero did not accept the app's client id or secret: the secret may have been regenerated in the developer portal.") : (stryMutAct_9fa48("923") ? c.code !== "unauthorized_client" : stryMutAct_9fa48("922") ? false : stryMutAct_9fa48("921") ? true : (stryCov_9fa48("921", "922", "923"), c.code === (stryMutAct_9fa48("924") ? "" : (stryCov_9fa48("924"), "unauthorized_client")))) ? stryMutAct_9fa48("925") ? "" : (stryCov_9fa48("925"), "Xero does not allow this app to sign in that way: client credentials work only for Custom Connections.") : stryMutAct_9fa48("926") ? "" : (stryCov_9fa48("926"), "Xero refused the scopes the app asked for: apps created since 2 March 2026 must use granular scopes.")
          });
        }
      case stryMutAct_9fa48("928") ? "" : (stryCov_9fa48("928"), "not_permitted"):
        if (stryMutAct_9fa48("927")) {} else {
          stryCov_9fa48("927");
          return stryMutAct_9fa48("929") ? {} : (stryCov_9fa48("929"), {
            title: stryMutAct_9fa48("930") ? "" : (stryCov_9fa48("930"), "The call is not permitted (401 AuthorizationUnsuccessful)"),
            explanation: stryMutAct_9fa48("931") ? "" : (stryCov_9fa48("931"), "The token works, but the app lacks the scope for this call or its plan does not include the feature (for example the Journals API on Starter).")
          });
        }
      case stryMutAct_9fa48("933") ? "" : (stryCov_9fa48("933"), "unrecognised"):
        if (stryMutAct_9fa48("932")) {} else {
          stryCov_9fa48("932");
          return stryMutAct_9fa48("934") ? {} : (stryCov_9fa48("934"), {
            title: stryMutAct_9fa48("935") ? "" : (stryCov_9fa48("935"), "We do not recognise this message"),
            explanation: stryMutAct_9fa48("936") ? "" : (stryCov_9fa48("936"), "It matches none of the Xero errors we know (connection caps, rate limits, token and consent errors). The evidence below still shows where the chosen app, organisation or user stands.")
          });
        }
    }
  }
}
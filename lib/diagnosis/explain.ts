import { formatCount, ACCESS_TOKEN_MINUTES, REFRESH_TOKEN_IDLE_DAYS } from "@/lib/xero/limits";
import { limitWords } from "@/lib/xero/error-messages";
import { GRANULAR_SCOPES_RULE, ORG_UNCERTIFIED_CAP, PLAN_RULES, PLANS } from "@/lib/limits/plans";
import type { Classification } from "./classify";
import { kindLabel, type NameMatch } from "./name-match";

// Pure: a title and a plain explanation for each class, in the words a support person can repeat to a
// customer. Facts from docs/xero.md#plans-and-caps, docs/xero.md#token-lifetimes and
// docs/xero.md#rate-limits.

export type Explained = { title: string; explanation: string };

type RateScope = Extract<Classification, { kind: "rate_limit" }>["scope"];

/**
 * Which budget ran out, in the words of lib/xero/error-messages.ts. The day limit depends on the plan:
 * with an app chosen, its plan's number; without one, every plan's.
 */
function scopeText(scope: RateScope, dayLimit: number | undefined): string {
  if (scope === "unknown") return "one of Xero's rate limits (the X-Rate-Limit-Problem header says which)";
  if (scope === "day" && dayLimit === undefined) {
    return `Xero's daily call limit per organisation (${formatCount(PLAN_RULES.core.dayLimit)} a day on most plans; ${formatCount(PLAN_RULES.starter.dayLimit)} on the Starter plan)`;
  }
  return `Xero's ${limitWords(scope === "app_minute" ? "appminute" : scope, dayLimit)}`;
}

/** "Starter 5, Core 50, Plus 1,000, Advanced 10,000": the tiers with a cap, from the plans themselves. */
const tierCaps = PLANS.filter((p) => PLAN_RULES[p].regime === "tiers" && PLAN_RULES[p].cap !== null)
  .map((p) => `${PLAN_RULES[p].label.replace(/ \(.*\)$/, "")} ${formatCount(PLAN_RULES[p].cap!)}`)
  .join(", ");

/** No message, but an app, organisation or user was chosen: the page shows evidence, so the heading must not say "nothing". */
export function explainChosen(c: Classification, chosen: readonly string[], dayLimit?: number): Explained {
  if (c.kind !== "none" || chosen.length === 0) return explain(c, dayLimit);
  return { title: `Evidence for ${chosen.join(", ")}`, explanation: "No error message was given: below is what our data shows, with the fixes ranked." };
}

/** An unrecognised message that names a record (or nearly): say so instead of only "we do not recognise it". */
export function explainNameMatch(m: NameMatch | null, base: Explained): Explained {
  if (!m || (!m.chosen && m.suggestions.length === 0)) return base;
  if (m.chosen) {
    return {
      title: `“${m.query}” is ${kindLabel(m.chosen)}`,
      explanation: `It is not a Xero error message we know, but it names ${kindLabel(m.chosen)} in our data: below is what our data shows about it. To diagnose an error, paste Xero's message or address.`,
    };
  }
  return { title: base.title, explanation: `${base.explanation} It matches names in our data: choose one below to see its evidence.` };
}

/** `dayLimit`: the chosen app's plan's day limit per organisation, when an app is known. */
export function explain(c: Classification, dayLimit?: number): Explained {
  switch (c.kind) {
    case "none":
      return { title: "Nothing to diagnose yet", explanation: "Paste an error message or URL, or pick an app, organisation or authorising user." };
    case "app_cap": {
      const who = c.appName ? `${c.appName} has` : "The app has";
      const rule =
        c.regime === "legacy"
          ? `This is the legacy rule for uncertified apps: ${formatCount(PLAN_RULES["legacy-uncertified"].cap!)} connections until the app is certified.`
          : c.regime === "tiers"
            ? `This is the plan's connection cap (${tierCaps}).`
            : "Xero shows this screen (its /connectionLimit page) when a consent would pass the app's cap.";
      return {
        title: "The app's connection cap",
        explanation: `${who} as many connections as its cap allows, so Xero stopped the consent before it reached the app. Each connection is one Xero user with one organisation, so the same organisation connected by two users takes two slots. ${rule}`,
      };
    }
    case "org_cap":
      return {
        title: `The organisation's ${ORG_UNCERTIFIED_CAP}-uncertified-apps cap`,
        explanation: `An organisation may connect at most ${ORG_UNCERTIFIED_CAP} uncertified apps. The organisation greyed out in Xero's picker already has ${ORG_UNCERTIFIED_CAP}, so no other uncertified app can connect to it until one is disconnected or certified. The app's own count is not the problem.`,
      };
    case "custom_connection":
      return {
        title: "A Custom Connection serves one organisation",
        explanation:
          "A Custom Connection is bound to the single organisation its authorising user approved. It cannot go through the consent screen or connect another organisation; changing its organisation or scopes deactivates it until it is authorised again.",
      };
    case "rate_limit":
      return {
        title: "A rate limit",
        explanation: `Xero answered 429 Too Many Requests: the calls used up ${scopeText(c.scope, dayLimit)}.${c.retryAfterSeconds !== null ? ` Xero asked to wait ${c.retryAfterSeconds} seconds (Retry-After).` : ""} Nothing is broken; calls work again when the window resets.`,
      };
    case "refresh_token_dead":
      return {
        title: "The refresh token no longer works (invalid_grant)",
        explanation: `Xero refused the refresh token: it expired after ${REFRESH_TOKEN_IDLE_DAYS} days unused, it was rotated away (another copy of the same tokens refreshed first), or the user revoked access. Only a new consent by that Xero user gives working tokens; the connections themselves stay.`,
      };
    case "access_token_expired":
      return {
        title: "The access token expired (401 TokenExpired)",
        explanation: `Access tokens last ${ACCESS_TOKEN_MINUTES} minutes${c.expiredAt ? `; this one expired at ${c.expiredAt}` : ""}. The caller should refresh it with the refresh token and retry. No user action is needed unless the refresh fails too.`,
      };
    case "organisation_gone":
      return {
        title: "The organisation refuses access (403 AuthenticationUnsuccessful)",
        explanation:
          "Xero no longer lets this user's connection reach the organisation: it was disconnected in Xero's Connected Apps screen, the user lost access, or the organisation was deleted or its trial ended.",
      };
    case "consent_cancelled":
      return { title: "The consent was cancelled (access_denied)", explanation: "The Xero user chose Cancel (or declined) on Xero's consent screen, so nothing was connected and no slot was used." };
    case "client_rejected":
      return {
        title: `Xero rejected the app (${c.code})`,
        explanation:
          c.code === "invalid_client"
            ? "Xero did not accept the app's client id or secret: the secret may have been regenerated in the developer portal."
            : c.code === "unauthorized_client"
              ? "Xero does not allow this app to sign in that way: client credentials work only for Custom Connections."
              : `Xero refused the scopes the app asked for: ${GRANULAR_SCOPES_RULE}.`,
      };
    case "not_permitted":
      return {
        title: "The call is not permitted (401 AuthorizationUnsuccessful)",
        explanation: "The token works, but the app lacks the scope for this call or its plan does not include the feature (for example the Journals API on Starter).",
      };
    case "unrecognised":
      return {
        title: "We do not recognise this message",
        explanation:
          "It matches none of the Xero errors we know (connection caps, rate limits, token and consent errors). The evidence below still shows where the chosen app, organisation or user stands.",
      };
  }
}

import { GRANULAR_SCOPES_RULE, isPlan, ORG_UNCERTIFIED_CAP, PLAN_RULES, type Plan, SECURITY_ASSESSMENT_AT } from "@/lib/limits/plans";
import { ACCESS_TOKEN_MINUTES, APP_CALLS_PER_MINUTE, BATCH_ITEMS_PER_REQUEST, REFRESH_TOKEN_IDLE_DAYS, TENANT_CALLS_PER_MINUTE, TENANT_CONCURRENT_CALLS } from "@/lib/xero/limits";
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
export type OrgFacts = { name: string; uncertifiedApps: Array<{ name: string; live: number; stale: number }> };
export type RankInput = { classification: Classification; app: AppFacts | null; org: OrgFacts | null };
export type RankedAction = { key: string; title: string; effect: string };

const n = (v: number) => v.toLocaleString("en");
const plural = (v: number, word: string) => `${n(v)} ${word}${v === 1 ? "" : "s"}`;

const capOf = (plan: Plan) => {
  const cap = PLAN_RULES[plan].cap;
  return cap === null ? "no cap" : n(cap);
};
const UPGRADES: Partial<Record<Plan, { to: string; cap: string; note?: string }>> = {
  "legacy-uncertified": { to: `get certified, or move to the ${PLAN_RULES.core.label} or ${PLAN_RULES.plus.label} plan`, cap: `no cap once certified; ${capOf("core")} on Core` },
  starter: { to: "move to the Core plan", cap: capOf("core") },
  core: { to: "move to the Plus plan (certification required)", cap: capOf("plus") },
  plus: { to: "move to the Advanced plan", cap: capOf("advanced"), note: `a security assessment is due at ${n(SECURITY_ASSESSMENT_AT)} connections` },
  advanced: { to: "move to the Enterprise plan", cap: capOf("enterprise") },
};

function appCapActions(app: AppFacts | null): RankedAction[] {
  const out: RankedAction[] = [];
  if (!app) {
    out.push({ key: "pick_app", title: "Pick the app named in the message", effect: "shows its connections against the cap, who holds them and which are stale" });
  } else {
    const cap = app.cap;
    if (app.staleDisconnectable > 0) {
      const after = app.count - app.staleDisconnectable;
      out.push({
        key: "disconnect_stale",
        title: `Disconnect ${app.staleDisconnectable === 1 ? "this stale connection" : `these ${n(app.staleDisconnectable)} stale connections`}`,
        effect: `frees ${plural(app.staleDisconnectable, "slot")}${cap !== null ? `: ${n(app.count)} → ${n(after)} of ${n(cap)}` : ""}`,
      });
    }
    if (app.staleBlocked > 0) {
      out.push({
        key: "disconnect_in_xero",
        title: `Remove the ${plural(app.staleBlocked, "stale connection")} whose grant needs re-authorisation in Xero's Connected Apps screen (or re-authorise them)`,
        effect: `frees ${plural(app.staleBlocked, "slot")} once Xero stops listing them`,
      });
    }
    if (cap !== null && app.count < cap) {
      out.push({
        key: "sync",
        title: "Sync the app, and ask every user who authorised it elsewhere to connect through the dashboard",
        effect: `we count ${n(app.count)} of ${n(cap)}: Xero counts connections we cannot see until their user's grant is here`,
      });
    }
  }
  out.push({ key: "separate_apps", title: "Use a separate app per environment (development, staging, production)", effect: "test and staging organisations stop taking production's slots" });
  const upgrade = app && isPlan(app.plan) && !app.certified ? UPGRADES[app.plan] : undefined;
  if (upgrade) out.push({ key: "upgrade", title: `To raise the cap, ${upgrade.to}`, effect: `the cap becomes ${upgrade.cap}${upgrade.note ? ` (${upgrade.note})` : ""}` });
  out.push({
    key: "custom_connection",
    title: "Use a Custom Connection for an organisation that only needs machine-to-machine access",
    effect: "that organisation connects without taking a slot on this app (Custom Connections are billed per organisation)",
  });
  out.push({ key: "ask_xero", title: "Ask Xero (api@xero.com) to raise the cap for a practice or franchise", effect: "Xero sets a higher cap for the app; record it as the app's cap override here" });
  return out;
}

function orgCapActions(org: OrgFacts | null): RankedAction[] {
  const out: RankedAction[] = [];
  if (!org) out.push({ key: "pick_org", title: "Pick the organisation that was greyed out in Xero's picker", effect: `shows its ${ORG_UNCERTIFIED_CAP} uncertified apps and who connected each` });
  for (const a of org?.uncertifiedApps ?? []) {
    if (a.live > 0 && a.stale === a.live) {
      out.push({
        key: `disconnect_stale_app:${a.name}`,
        title: `Disconnect ${a.name}'s stale ${a.live === 1 ? "connection" : "connections"} to ${org!.name}`,
        effect: `frees 1 of ${org!.name}'s ${ORG_UNCERTIFIED_CAP} uncertified-app slots`,
      });
    }
  }
  const names = org && org.uncertifiedApps.length > 0 ? ` (${org.uncertifiedApps.map((a) => a.name).join(" or ")})` : "";
  out.push({
    key: "disconnect_app",
    title: `Disconnect the uncertified app the organisation uses least${names}`,
    effect: `frees 1 of the organisation's ${ORG_UNCERTIFIED_CAP} uncertified-app slots (every user's connection of that app to it must go)`,
  });
  out.push({ key: "certify", title: "Use a certified app, or get this app certified", effect: "certified apps take no uncertified-app slot" });
  out.push({ key: "custom_connection", title: "Use a Custom Connection for this organisation", effect: `Custom Connections never count toward the ${ORG_UNCERTIFIED_CAP}-app limit` });
  return out;
}

const RATE: Record<string, RankedAction[]> = {
  minute: [{ key: "spread", title: `Spread calls to at most ${TENANT_CALLS_PER_MINUTE} a minute per organisation`, effect: "no more minute-limit 429s" }],
  day: [{ key: "fetch_less", title: "Fetch only what changed (If-Modified-Since) and cache reference data", effect: "fewer calls against the daily budget" }],
  app_minute: [{ key: "spread_app", title: "Spread the app's calls across organisations and time", effect: `stays under ${n(APP_CALLS_PER_MINUTE)} calls a minute app-wide` }],
  concurrent: [{ key: "queue", title: `Queue calls: at most ${TENANT_CONCURRENT_CALLS} in flight per organisation`, effect: "no more concurrency 429s" }],
  unknown: [],
};

export function rankActions({ classification: c, app, org }: RankInput): RankedAction[] {
  switch (c.kind) {
    case "app_cap":
      return appCapActions(app);
    case "org_cap":
      return orgCapActions(org);
    case "custom_connection":
      return [
        { key: "another_custom", title: "Create another Custom Connection for the other organisation", effect: "each organisation gets its own (billed per connection)" },
        { key: "standard_app", title: "Use a standard (auth code) app to reach several organisations", effect: "one app reaches many organisations, within its plan's cap" },
        { key: "reauthorise_custom", title: "After changing the organisation or scopes, have the authorising user approve it again", effect: "the Custom Connection is active again" },
      ];
    case "rate_limit":
      return [
        {
          key: "wait",
          title: c.retryAfterSeconds !== null ? `Wait ${c.retryAfterSeconds} seconds (Retry-After), then retry` : "Wait for the Retry-After time, then retry",
          effect: "the window resets; nothing else is needed",
        },
        ...RATE[c.scope]!,
        { key: "batch", title: `Send up to about ${BATCH_ITEMS_PER_REQUEST} items per request instead of one call each`, effect: "fewer calls for the same work" },
        ...(c.scope === "day" && app?.plan === "starter"
          ? [{ key: "upgrade_day", title: "Move to the Core plan", effect: `${n(PLAN_RULES.core.dayLimit)} calls a day per organisation instead of ${n(PLAN_RULES.starter.dayLimit)}` }]
          : []),
      ];
    case "refresh_token_dead":
      return [
        { key: "reauthorise", title: "Ask the Xero user to connect again (re-authorise)", effect: "new working tokens; the organisations stay connected" },
        { key: "one_token_set", title: "Keep one token set per user in one place", effect: "refreshing the same tokens in two places makes one side fail with invalid_grant" },
        { key: "keep_alive", title: "Keep keep-alive on (Settings → Jobs)", effect: `every grant is refreshed well before Xero's ${REFRESH_TOKEN_IDLE_DAYS}-day idle expiry` },
      ];
    case "access_token_expired":
      return [
        { key: "refresh", title: "Refresh the access token and retry", effect: `a new ${ACCESS_TOKEN_MINUTES}-minute token; no user action` },
        { key: "refresh_early", title: "Refresh a minute before expiry instead of after a 401", effect: "no failed calls" },
      ];
    case "organisation_gone":
      return [
        { key: "check_org", title: "Ask the organisation whether it disconnected the app, removed the user, or closed", effect: "tells whether to reconnect or let go" },
        { key: "reconnect", title: "Reconnect the organisation if it still needs the app", effect: "a new connection through a user with access" },
        { key: "disconnect", title: "Otherwise disconnect the connection", effect: "frees its slot on the app" },
      ];
    case "consent_cancelled":
      return [{ key: "retry_consent", title: "Start the connection again and choose Allow access", effect: "the organisation connects; nothing was used by the cancelled attempt" }];
    case "client_rejected":
      return [
        {
          key: "fix_client",
          title:
            c.code === "invalid_client"
              ? "Copy the current client secret from Xero's developer portal into the app's settings"
              : c.code === "unauthorized_client"
                ? "Use the auth code flow (client credentials are for Custom Connections only)"
                : `Ask only for scopes the app may use (${GRANULAR_SCOPES_RULE})`,
          effect: "Xero accepts the app's requests again",
        },
      ];
    case "not_permitted":
      return [{ key: "scopes_or_plan", title: "Add the missing scope (users must consent again) or move to a plan with the feature", effect: "the call is allowed" }];
    case "none":
    case "unrecognised":
      return [];
  }
}

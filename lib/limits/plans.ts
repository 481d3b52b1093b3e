// Xero's connection limits as data (docs/xero.md#plans-and-caps). Both the dashboard's rules and the sandbox
// read these, so the product and its local Xero can never disagree about a cap.

export const PLANS = ["legacy-uncertified", "legacy-certified", "starter", "core", "plus", "advanced", "enterprise", "custom-connection"] as const;
export type Plan = (typeof PLANS)[number];
export type Regime = "legacy" | "tiers" | "custom";

/** Tiered plans started on this day; apps created since must use granular scopes. */
export const TIERS_START = new Date("2026-03-02T00:00:00Z");
/** The tier start as our sentences write it ("2 March 2026"), so wording and rule share one date. */
export const TIERS_START_LABEL = TIERS_START.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
/** The legacy rules' span as labels write it ("2019 – Mar 2026"). */
export const LEGACY_SPAN_LABEL = `2019 – ${TIERS_START.toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" })}`;

type PlanRule = {
  label: string;
  /** App connection cap; null = no cap. A Custom Connection serves exactly one organisation. */
  cap: number | null;
  regime: Regime;
  /** Takes one of an organisation's 2 uncertified-app slots unless the app is certified. */
  uncertifiedUnlessCertified: boolean;
  /** Per-tenant daily API budget (docs/xero.md#rate-limits). */
  dayLimit: number;
};

/** A plan's rule with its label written from its own cap ("Core (50)"), so a label cannot disagree with the rule. */
function plan(name: string, cap: number | null, rule: Omit<PlanRule, "label" | "cap">, describeCap = (c: string) => c): PlanRule {
  return { label: `${name} (${describeCap(cap === null ? "no cap" : cap.toLocaleString("en-GB"))})`, cap, ...rule };
}

export const PLAN_RULES: Record<Plan, PlanRule> = {
  "legacy-uncertified": plan("Legacy, uncertified", 25, { regime: "legacy", uncertifiedUnlessCertified: true, dayLimit: 5000 }, (c) => `${c} cap, ${LEGACY_SPAN_LABEL}`),
  "legacy-certified": plan("Legacy, certified partner", null, { regime: "legacy", uncertifiedUnlessCertified: false, dayLimit: 5000 }),
  starter: plan("Starter", 5, { regime: "tiers", uncertifiedUnlessCertified: true, dayLimit: 1000 }),
  core: plan("Core", 50, { regime: "tiers", uncertifiedUnlessCertified: true, dayLimit: 5000 }),
  plus: plan("Plus", 1000, { regime: "tiers", uncertifiedUnlessCertified: false, dayLimit: 5000 }),
  advanced: plan("Advanced", 10000, { regime: "tiers", uncertifiedUnlessCertified: false, dayLimit: 5000 }),
  enterprise: plan("Enterprise", null, { regime: "tiers", uncertifiedUnlessCertified: false, dayLimit: 5000 }),
  "custom-connection": plan("Custom Connection", 1, { regime: "custom", uncertifiedUnlessCertified: false, dayLimit: 5000 }, () => "one organisation"),
};

export const DEFAULT_PLAN: Plan = "starter";
export const ORG_UNCERTIFIED_CAP = 2;
/** At this many connections Xero expects an annual security self-assessment. */
export const SECURITY_ASSESSMENT_AT = 1000;
/** The granular-scopes rule in words, for every message about refused scopes. */
export const GRANULAR_SCOPES_RULE = `apps created since ${TIERS_START_LABEL} must use granular scopes`;

export const ORG_CAP_MESSAGE = "This organisation is already connected to the maximum number of allowed uncertified apps";

export const isPlan = (value: string): value is Plan => (PLANS as readonly string[]).includes(value);

export function planRule(plan: string): PlanRule {
  return isPlan(plan) ? PLAN_RULES[plan] : PLAN_RULES[DEFAULT_PLAN];
}

/** Whether the app takes one of an organisation's two uncertified-app slots. Custom Connections never do. */
export function countsAsUncertified(app: { plan: string; certified: boolean }): boolean {
  if (app.plan === "legacy-uncertified") return true;
  return isPlan(app.plan) && PLAN_RULES[app.plan].uncertifiedUnlessCertified && !app.certified;
}

/** The cap in force: an override (Xero raises caps for practices on request) wins over the plan's. */
export function effectiveCap(app: { plan: string; capOverride?: number | null }): number | null {
  return app.capOverride ?? planRule(app.plan).cap;
}

/** The limit screen's wording, by regime (docs/xero.md#limit-screens). */
export function limitScreenMessage(app: { name: string; plan: string }): string {
  if (planRule(app.plan).regime === "legacy") return `${app.name} needs to complete certification before they can connect to more Xero organisations`;
  return `Sorry! ${app.name} has reached their Xero connection limit, please let them know so they can connect more Xero organisations`;
}

// Limits are data (FACTS A1): each plan's connection cap and whether it counts toward an organisation's
// 2-uncertified-apps cap. `null` means no cap.

export const PLANS = ["legacy-uncertified", "legacy-certified", "starter", "core", "plus", "advanced", "enterprise", "custom-connection"] as const;
export type Plan = (typeof PLANS)[number];

type PlanRule = { label: string; cap: number | null; regime: "legacy" | "tiers" | "custom"; uncertifiedUnlessCertified: boolean; dayLimit: number };

export const PLAN_RULES: Record<Plan, PlanRule> = {
  "legacy-uncertified": { label: "Legacy (uncertified)", cap: 25, regime: "legacy", uncertifiedUnlessCertified: true, dayLimit: 5000 },
  "legacy-certified": { label: "Legacy (certified partner)", cap: null, regime: "legacy", uncertifiedUnlessCertified: false, dayLimit: 5000 },
  starter: { label: "Starter", cap: 5, regime: "tiers", uncertifiedUnlessCertified: true, dayLimit: 1000 },
  core: { label: "Core", cap: 50, regime: "tiers", uncertifiedUnlessCertified: true, dayLimit: 5000 },
  plus: { label: "Plus", cap: 1000, regime: "tiers", uncertifiedUnlessCertified: false, dayLimit: 5000 },
  advanced: { label: "Advanced", cap: 10000, regime: "tiers", uncertifiedUnlessCertified: false, dayLimit: 5000 },
  enterprise: { label: "Enterprise", cap: null, regime: "tiers", uncertifiedUnlessCertified: false, dayLimit: 5000 },
  "custom-connection": { label: "Custom Connection", cap: 1, regime: "custom", uncertifiedUnlessCertified: false, dayLimit: 5000 },
};

export const isPlan = (value: string): value is Plan => (PLANS as readonly string[]).includes(value);

/** Whether the app takes one of an organisation's two uncertified-app slots. Custom Connections never do. */
export function countsAsUncertified(app: { plan: string; certified: boolean }): boolean {
  if (!isPlan(app.plan)) return false;
  if (app.plan === "legacy-uncertified") return true;
  return PLAN_RULES[app.plan].uncertifiedUnlessCertified && !app.certified;
}

export function capFor(plan: string): number | null {
  return isPlan(plan) ? PLAN_RULES[plan].cap : null;
}

/** The limit screen's wording, by regime (FACTS A6). */
export function limitScreenMessage(app: { name: string; plan: string }): string {
  const regime = isPlan(app.plan) ? PLAN_RULES[app.plan].regime : "tiers";
  if (regime === "legacy") return `${app.name} needs to complete certification before they can connect to more Xero organisations`;
  return `Sorry! ${app.name} has reached their Xero connection limit, please let them know so they can connect more Xero organisations`;
}

export const ORG_UNCERTIFIED_CAP = 2;
export const ORG_CAP_MESSAGE = "This organisation is already connected to the maximum number of allowed uncertified apps";

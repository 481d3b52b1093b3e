// @ts-nocheck
// The sandbox enforces the same limits the dashboard explains: one table of Xero's plans (FACTS A1)
// in lib/limits/plans.ts serves both, so they can never disagree.
export { PLANS, PLAN_RULES, isPlan, countsAsUncertified, limitScreenMessage, ORG_UNCERTIFIED_CAP, ORG_CAP_MESSAGE, type Plan } from "@/lib/limits/plans";
import { PLAN_RULES, isPlan } from "@/lib/limits/plans";

/** A plan's own cap (no override: the sandbox's apps have none). Unknown plans have no cap. */
export function capFor(plan: string): number | null {
  return isPlan(plan) ? PLAN_RULES[plan].cap : null;
}

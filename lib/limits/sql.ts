import { sql } from "drizzle-orm";
import { PLANS, PLAN_RULES } from "./plans";

// countsAsUncertified (plans.ts) as SQL over a xero_apps row aliased `a`, built from the same data.
const unlessCertified = PLANS.filter((p) => PLAN_RULES[p].uncertifiedUnlessCertified && p !== "legacy-uncertified");

export const appTakesUncertifiedSlot = sql.raw(
  `(a.plan = 'legacy-uncertified' or (a.plan in (${unlessCertified.map((p) => `'${p}'`).join(", ")}) and a.certified = 0))`,
);

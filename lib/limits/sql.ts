import { and, eq, gte, inArray, or, type SQL } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { getDb, type Db } from "@/db/index";
import { organisationSlotCounts } from "@/db/schema";
import { ORG_UNCERTIFIED_CAP, PLANS, PLAN_RULES } from "./plans";

// countsAsUncertified (plans.ts) as a condition over a xero_apps table (or an alias of it), built from the same data.
const unlessCertified = PLANS.filter((p) => PLAN_RULES[p].uncertifiedUnlessCertified && p !== "legacy-uncertified");

export function takesUncertifiedSlot(app: { plan: AnySQLiteColumn; certified: AnySQLiteColumn }): SQL {
  return or(eq(app.plan, "legacy-uncertified"), and(inArray(app.plan, unlessCertified), eq(app.certified, false)))!;
}

/**
 * Tenant ids whose live connections already use both uncertified-app slots: a subquery for `inArray` (built on
 * `db`, a transaction's when inside one). Read from the trigger-kept organisation_slot_counts (migration
 * organisation_slot_counts), a range of its uncertified_apps index, never a grouping of connections.
 */
export function organisationsUsingBothSlots(db: Pick<Db, "select"> = getDb()) {
  return db.select({ tenantId: organisationSlotCounts.tenantId }).from(organisationSlotCounts).where(gte(organisationSlotCounts.uncertifiedApps, ORG_UNCERTIFIED_CAP));
}

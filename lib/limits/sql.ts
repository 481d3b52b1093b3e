import { and, countDistinct, eq, gte, inArray, ne, or, type SQL } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { getDb, type Db } from "@/db/index";
import { connections, xeroApps } from "@/db/schema";
import { ORG_UNCERTIFIED_CAP, PLANS, PLAN_RULES } from "./plans";

// countsAsUncertified (plans.ts) as a condition over a xero_apps table (or an alias of it), built from the same data.
const unlessCertified = PLANS.filter((p) => PLAN_RULES[p].uncertifiedUnlessCertified && p !== "legacy-uncertified");

export function takesUncertifiedSlot(app: { plan: AnySQLiteColumn; certified: AnySQLiteColumn }): SQL {
  return or(eq(app.plan, "legacy-uncertified"), and(inArray(app.plan, unlessCertified), eq(app.certified, false)))!;
}

/** Tenant ids whose live connections already use both uncertified-app slots: a subquery for `inArray` (built on `db`, a transaction's when inside one). */
export function organisationsUsingBothSlots(db: Pick<Db, "select"> = getDb()) {
  return db
    .select({ tenantId: connections.tenantId })
    .from(connections)
    .innerJoin(xeroApps, eq(xeroApps.id, connections.appId))
    .where(and(ne(connections.status, "disconnected"), takesUncertifiedSlot(xeroApps)))
    .groupBy(connections.tenantId)
    .having(gte(countDistinct(connections.appId), ORG_UNCERTIFIED_CAP));
}

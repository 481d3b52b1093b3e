import "server-only";
import { and, eq, inArray, ne } from "drizzle-orm";
import { appSettings, connections, organisations, xeroApps } from "@/db/schema";
import { all, first, run, transact, type Tx } from "@/db/steps";
import { xeroNow } from "@/lib/clock";
import { countedConnections } from "@/lib/apps/counts";
import { effectiveCap, ORG_UNCERTIFIED_CAP } from "@/lib/limits/plans";
import { capProgress } from "@/lib/limits/progress";
import { countedAgainstCap } from "@/lib/limits/portal";
import { organisationsUsingBothSlots, takesUncertifiedSlot } from "@/lib/limits/sql";
import { planLimitAlerts, type LimitState } from "./crossing";
import { queueAlertStep } from "./emit";

// System layer: after a sync, compare every app's cap level and every organisation's uncertified slots
// with what we last alerted on (kept in app_settings), and alert on new crossings only.

const STATE_KEY = "alerts.limit-state";

function* readState(tx: Tx) {
  const value = (yield* first(tx.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, STATE_KEY))))?.value as Partial<LimitState> | undefined;
  const state: LimitState = { apps: value?.apps ?? {}, fullOrganisations: value?.fullOrganisations ?? [] };
  return state;
}

function* appLevels(tx: Tx) {
  const rows = yield* all(
    tx
      .select({
        id: xeroApps.id,
        name: xeroApps.name,
        plan: xeroApps.plan,
        environment: xeroApps.environment,
        capOverride: xeroApps.capOverride,
        count: countedConnections,
        portal: xeroApps.portalConnectionCount,
      })
      .from(xeroApps),
  );
  return rows.map((a) => ({ ...a, progress: capProgress(countedAgainstCap(a.count, a.portal), effectiveCap(a)) }));
}

/** Organisations whose live connections already use both uncertified-app slots, with those apps. */
function* fullOrganisations(tx: Tx) {
  const rows = yield* all(
    tx
      .selectDistinct({ tenantId: connections.tenantId, appId: xeroApps.id, appName: xeroApps.name })
      .from(connections)
      .innerJoin(xeroApps, eq(xeroApps.id, connections.appId))
      .where(and(ne(connections.status, "disconnected"), takesUncertifiedSlot(xeroApps), inArray(connections.tenantId, organisationsUsingBothSlots(tx)))),
  );
  const out = new Map<string, Array<{ id: string; name: string }>>();
  for (const r of rows) out.set(r.tenantId, [...(out.get(r.tenantId) ?? []), { id: r.appId, name: r.appName }]);
  return out;
}

/** Returns how many webhook deliveries were queued. Immediate: two syncs finishing together cannot both alert. */
export async function checkLimitAlerts(): Promise<number> {
  return transact(
    function* (tx) {
      const apps = yield* appLevels(tx);
      const full = yield* fullOrganisations(tx);
      const plan = planLimitAlerts(
        yield* readState(tx),
        apps.map((a) => ({ appId: a.id, level: a.progress.level })),
        [...full.keys()],
      );
      let queued = 0;
      for (const { appId, event } of plan.apps) {
        const a = apps.find((x) => x.id === appId)!;
        queued += yield* queueAlertStep(tx, event, {
          app: { id: a.id, name: a.name, plan: a.plan, environment: a.environment },
          connections: a.progress.count,
          cap: a.progress.cap,
          percent: a.progress.percent,
        });
      }
      const names = plan.organisations.length
        ? new Map(
            (yield* all(tx.select({ id: organisations.tenantId, name: organisations.name }).from(organisations).where(inArray(organisations.tenantId, plan.organisations)))).map((o) => [o.id, o.name]),
          )
        : new Map<string, string>();
      for (const tenantId of plan.organisations) {
        queued += yield* queueAlertStep(tx, "organisation.uncertified_slots_full", {
          organisation: { tenantId, name: names.get(tenantId) ?? tenantId },
          slots: ORG_UNCERTIFIED_CAP,
          apps: full.get(tenantId) ?? [],
        });
      }
      const at = xeroNow();
      yield* run(
        tx
          .insert(appSettings)
          .values({ key: STATE_KEY, value: plan.next, updatedAt: at, updatedBy: "system" })
          .onConflictDoUpdate({ target: appSettings.key, set: { value: plan.next, updatedAt: at } }),
      );
      return queued;
    },
    { immediate: true },
  );
}

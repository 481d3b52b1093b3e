import "server-only";
import { and, eq, inArray, like, ne, or, sql, type SQL } from "drizzle-orm";
import { connections, grants, xeroApps } from "@/db/schema";
import { all, run, transact, type Tx } from "@/db/steps";
import { xeroNow } from "@/lib/clock";
import { stalenessSettings } from "@/lib/jobs/settings";
import { copiesOf, factTables, loadFactsStep, type LoadedFacts } from "./facts";
import { evaluateStaleness, type StaleContext } from "./rules";

// System layer (no role check; called by sync, refresh and background jobs): runs the staleness rules
// and writes connections.status ('stale' when any reason applies, else 'active') and stale_reasons.
// Disconnected connections keep their status; one Xero stopped listing gets the reason 'vanished' once.
// Reads are one query per app (or per call when scoped to grants); writes are one UPDATE per distinct
// outcome, all in one transaction.

export type StalenessSummary = { checked: number; changed: number; stale: number };

const conn = factTables.c;
const newlyVanished = and(eq(conn.status, "disconnected"), like(conn.disconnectedBy, "Xero%"), sql`${conn.staleReasons} = '[]'`);

/** Re-evaluates the given grants' connections (and their copies through other users), or every connection. */
export async function refreshStaleness(grantIds?: string[]): Promise<StalenessSummary> {
  if (grantIds && grantIds.length === 0) return { checked: 0, changed: 0, stale: 0 };
  const ctx: StaleContext = { now: xeroNow(), ...(await stalenessSettings()) };
  // Immediate: what is written was decided from what was read, with no other writer in between.
  return transact(
    function* (tx) {
      const scopes = grantIds ? [grantScope(tx, grantIds)] : (yield* all(tx.select({ id: xeroApps.id }).from(xeroApps))).map((a) => appScope(a.id));
      const total = { checked: 0, changed: 0, stale: 0 };
      for (const where of scopes) {
        const s = yield* applyTo(tx, yield* loadFactsStep(tx, where), ctx);
        total.checked += s.checked;
        total.changed += s.changed;
        total.stale += s.stale;
      }
      return total;
    },
    { immediate: true },
  );
}

function appScope(appId: string): SQL | undefined {
  return and(eq(conn.appId, appId), or(ne(conn.status, "disconnected"), newlyVanished));
}

/** The grants' own connections plus every live copy of the same app and organisation: duplicates are judged together. */
function grantScope(db: Pick<Tx, "select">, grantIds: string[]): SQL | undefined {
  return or(
    and(
      ne(conn.status, "disconnected"),
      inArray(conn.tenantId, db.select({ tenantId: connections.tenantId }).from(connections).where(inArray(connections.grantId, grantIds))),
      inArray(conn.appId, db.select({ appId: grants.appId }).from(grants).where(inArray(grants.id, grantIds))),
    ),
    and(inArray(conn.grantId, grantIds), newlyVanished),
  );
}

function* applyTo(tx: Tx, facts: LoadedFacts[], ctx: StaleContext) {
  const copies = copiesOf(facts);
  const updates = new Map<string, { status: LoadedFacts["status"]; reasons: string[]; ids: string[] }>();
  let stale = 0;
  for (const c of facts) {
    const reasons = evaluateStaleness(c, copies(c), ctx).map((r) => r.code);
    const status = c.status === "disconnected" ? "disconnected" : reasons.length > 0 ? "stale" : "active";
    if (status === "stale") stale++;
    if (status === c.status && JSON.stringify(reasons) === JSON.stringify(c.storedReasons)) continue;
    const key = `${status}|${JSON.stringify(reasons)}`;
    const group = updates.get(key) ?? { status, reasons, ids: [] };
    group.ids.push(c.id);
    updates.set(key, group);
  }
  let changed = 0;
  for (const { status, reasons, ids } of updates.values()) {
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      yield* run(tx.update(connections).set({ status, staleReasons: reasons }).where(inArray(connections.id, chunk)));
      changed += chunk.length;
    }
  }
  const summary: StalenessSummary = { checked: facts.length, changed, stale };
  return summary;
}

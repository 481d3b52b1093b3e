import "server-only";
import { inArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/index";
import { connections, xeroApps } from "@/db/schema";
import { xeroNow } from "@/lib/clock";
import { stalenessSettings } from "@/lib/jobs/settings";
import { copiesOf, loadFacts, type LoadedFacts } from "./facts";
import { evaluateStaleness, type StaleContext } from "./rules";

// System layer (no role check; called by sync, refresh and background jobs): runs the staleness rules
// and writes connections.status ('stale' when any reason applies, else 'active') and stale_reasons.
// Disconnected connections keep their status; one Xero stopped listing gets the reason 'vanished' once.
// Reads are one query per app (or per call when scoped to grants); writes are one UPDATE per distinct
// outcome, all in one transaction.

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];
export type StalenessSummary = { checked: number; changed: number; stale: number };

const newlyVanished = sql`(c.status = 'disconnected' and c.disconnected_by like 'Xero%' and c.stale_reasons = '[]')`;

/** Re-evaluates the given grants' connections (and their copies through other users), or every connection. */
export function refreshStaleness(grantIds?: string[]): StalenessSummary {
  if (grantIds && grantIds.length === 0) return { checked: 0, changed: 0, stale: 0 };
  const ctx: StaleContext = { now: xeroNow(), ...stalenessSettings() };
  return getDb().transaction((tx) => {
    const scopes = grantIds ? [grantScope(grantIds)] : tx.select({ id: xeroApps.id }).from(xeroApps).all().map((a) => appScope(a.id));
    const total = { checked: 0, changed: 0, stale: 0 };
    for (const where of scopes) {
      const s = applyTo(tx, loadFacts(tx, where), ctx);
      total.checked += s.checked;
      total.changed += s.changed;
      total.stale += s.stale;
    }
    return total;
  });
}

function appScope(appId: string): SQL {
  return sql`c.app_id = ${appId} and (c.status != 'disconnected' or ${newlyVanished})`;
}

/** The grants' own connections plus every live copy of the same app and organisation: duplicates are judged together. */
function grantScope(grantIds: string[]): SQL {
  const ids = sql.join(grantIds.map((id) => sql`${id}`), sql`, `);
  return sql`(
    (c.status != 'disconnected'
      and c.tenant_id in (select s.tenant_id from connections s where s.grant_id in (${ids}))
      and c.app_id in (select s.app_id from grants s where s.id in (${ids})))
    or (c.grant_id in (${ids}) and ${newlyVanished}))`;
}

function applyTo(tx: Tx, all: LoadedFacts[], ctx: StaleContext): StalenessSummary {
  const copies = copiesOf(all);
  const updates = new Map<string, { status: LoadedFacts["status"]; reasons: string[]; ids: string[] }>();
  let stale = 0;
  for (const c of all) {
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
      tx.update(connections).set({ status, staleReasons: reasons }).where(inArray(connections.id, chunk)).run();
      changed += chunk.length;
    }
  }
  return { checked: all.length, changed, stale };
}

import "server-only";
import { and, inArray, ne, or } from "drizzle-orm";
import { getDb } from "@/db/index";
import { connections } from "@/db/schema";
import { xeroNow } from "@/lib/clock";
import { stalenessSettings } from "@/lib/jobs/settings";
import { copiesOf, factTables, loadFacts } from "./facts";
import { isStaleReasonCode, reasonInfo, recommendedAction } from "./reasons";
import { evaluateStaleness, type StaleReason } from "./rules";

// Why each connection is stale, as sentences, for pages that already checked the caller's role (the
// stale view, Diagnose). No role check here: never call it from an action or route handler directly.

export type Explanation = { reasons: StaleReason[]; action: string | null };

/** Sentences for the given connections, judged with their copies through other users. */
export async function explainConnections(ids: string[]): Promise<Record<string, Explanation>> {
  if (ids.length === 0) return {};
  const db = getDb();
  const conn = factTables.c;
  const sameOrganisations = db.select({ tenantId: connections.tenantId }).from(connections).where(inArray(connections.id, ids));
  const all = await loadFacts(db, or(inArray(conn.id, ids), and(ne(conn.status, "disconnected"), inArray(conn.tenantId, sameOrganisations))));
  const copies = copiesOf(all);
  const ctx = { now: xeroNow(), ...(await stalenessSettings()) };
  const wanted = new Set(ids);
  const out: Record<string, Explanation> = {};
  for (const c of all) {
    if (!wanted.has(c.id)) continue;
    let reasons = evaluateStaleness(c, copies(c), ctx);
    // Fixed since the last check (or judged differently now): show what the last check found.
    if (reasons.length === 0)
      reasons = c.storedReasons.filter(isStaleReasonCode).map((code) => ({ code, sentence: `${reasonInfo[code].label} (found at the last check; it may have cleared since).` }));
    out[c.id] = { reasons, action: recommendedAction(reasons.map((r) => r.code)) };
  }
  return out;
}

import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/index";
import type { ConnectionFacts } from "./rules";

// Loads the plain facts the staleness rules read, in one query per call, for connections matching a
// condition over `c` (connections), `g` (grants) and `a` (xero_apps). No role check: callers are the
// system layer (apply.ts) or data functions that checked the caller's role themselves.

export type LoadedFacts = ConnectionFacts & { appId: string; tenantId: string; grantId: string; storedReasons: string[] };

type Row = {
  id: string; appId: string; tenantId: string; tenantName: string; status: ConnectionFacts["status"]; authEventId: string | null;
  xeroUpdatedAt: number | null; lastSeenAt: number; lastOkCallAt: number | null; disconnectedBy: string | null; staleReasons: string;
  grantId: string; grantStatus: ConnectionFacts["grant"]["status"]; name: string; email: string; refreshObtainedAt: number | null; authEventIds: string;
  plan: string; lastForbiddenAt: number | null; source: NonNullable<ConnectionFacts["grant"]["source"]>; lastObservedAt: number | null;
};

const date = (ms: number | null) => (ms === null ? null : new Date(ms));
const jsonList = (text: string): string[] => {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
};

export function loadFacts(db: Pick<Db, "all">, where: SQL): LoadedFacts[] {
  const rows = db.all<Row>(sql`
    select c.id, c.app_id as appId, c.tenant_id as tenantId, c.tenant_name as tenantName, c.status, c.auth_event_id as authEventId,
      c.xero_updated_at as xeroUpdatedAt, c.last_seen_at as lastSeenAt, c.last_ok_call_at as lastOkCallAt,
      c.disconnected_by as disconnectedBy, c.stale_reasons as staleReasons,
      g.id as grantId, g.status as grantStatus, g.name, g.email, g.refresh_obtained_at as refreshObtainedAt, g.auth_event_ids as authEventIds,
      a.plan, c.last_forbidden_at as lastForbiddenAt, g.source, g.last_observed_at as lastObservedAt
    from connections c join grants g on g.id = c.grant_id join xero_apps a on a.id = c.app_id
    where ${where}`);
  return rows.map((r) => ({
    id: r.id,
    appId: r.appId,
    tenantId: r.tenantId,
    grantId: r.grantId,
    tenantName: r.tenantName,
    status: r.status,
    authEventId: r.authEventId,
    xeroUpdatedAt: date(r.xeroUpdatedAt),
    lastSeenAt: new Date(r.lastSeenAt),
    lastOkCallAt: date(r.lastOkCallAt),
    lastForbiddenAt: date(r.lastForbiddenAt),
    disconnectedBy: r.disconnectedBy,
    storedReasons: jsonList(r.staleReasons),
    grant: { status: r.grantStatus, name: r.name, email: r.email, refreshObtainedAt: date(r.refreshObtainedAt), authEventIds: jsonList(r.authEventIds), source: r.source, lastObservedAt: date(r.lastObservedAt) },
    app: { plan: r.plan },
  }));
}

/** Groups live connections by app and organisation, so each can be judged against its copies. */
export function copiesOf(all: LoadedFacts[]): (c: LoadedFacts) => LoadedFacts[] {
  const groups = new Map<string, LoadedFacts[]>();
  for (const c of all) {
    if (c.status === "disconnected") continue;
    const key = `${c.appId}|${c.tenantId}`;
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  return (c) => (groups.get(`${c.appId}|${c.tenantId}`) ?? []).filter((o) => o.id !== c.id);
}

import "server-only";
import { eq, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/index";
import { connections, grants, xeroApps } from "@/db/schema";
import { all, type Tx } from "@/db/steps";
import type { ConnectionFacts } from "./rules";

// Loads the plain facts the staleness rules read, in one query per call, for connections matching a
// condition over factTables: `c` (connections), `g` (grants) and `a` (xero_apps). No role check: callers are the
// system layer (apply.ts) or data functions that checked the caller's role themselves.

export type LoadedFacts = ConnectionFacts & { appId: string; tenantId: string; grantId: string; storedReasons: string[] };

// Only the connections are aliased (`c`, the query's FROM): conditions may name `c.` in raw SQL. The joined grant
// and app keep their own names, because Postgres's drizzle joins a SQLite-described alias by its alias alone.
export const factTables = { c: alias(connections, "c"), g: grants, a: xeroApps };

const jsonList = (text: string): string[] => {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
};

function factsQuery(db: Pick<Db, "select">, where: SQL | undefined) {
  const { c, g, a } = factTables;
  return db
    .select({
      id: c.id,
      appId: c.appId,
      tenantId: c.tenantId,
      tenantName: c.tenantName,
      status: c.status,
      authEventId: c.authEventId,
      xeroUpdatedAt: c.xeroUpdatedAt,
      lastSeenAt: c.lastSeenAt,
      lastOkCallAt: c.lastOkCallAt,
      lastForbiddenAt: c.lastForbiddenAt,
      disconnectedBy: c.disconnectedBy,
      // The JSON lists as text: a malformed one reads as empty rather than failing the whole load.
      staleReasons: sql<string>`${c.staleReasons}`,
      grantId: g.id,
      grantStatus: g.status,
      name: g.name,
      email: g.email,
      refreshObtainedAt: g.refreshObtainedAt,
      authEventIds: sql<string>`${g.authEventIds}`,
      source: g.source,
      lastObservedAt: g.lastObservedAt,
      plan: a.plan,
    })
    .from(c)
    .innerJoin(g, eq(g.id, c.grantId))
    .innerJoin(a, eq(a.id, c.appId))
    .where(where);
}

type FactRow = Awaited<ReturnType<typeof factsQuery>>[number];

/** The facts of the connections matching `where` (a condition over factTables). */
export async function loadFacts(db: Pick<Db, "select">, where: SQL | undefined): Promise<LoadedFacts[]> {
  return toFacts(await factsQuery(db, where));
}

/** The same, as a step of a transaction that writes what it decides (apply.ts). */
export function* loadFactsStep(tx: Tx, where: SQL | undefined) {
  return toFacts(yield* all(factsQuery(tx, where)));
}

function toFacts(rows: FactRow[]): LoadedFacts[] {
  return rows.map((r) => ({
    id: r.id,
    appId: r.appId,
    tenantId: r.tenantId,
    grantId: r.grantId,
    tenantName: r.tenantName,
    status: r.status,
    authEventId: r.authEventId,
    xeroUpdatedAt: r.xeroUpdatedAt,
    lastSeenAt: r.lastSeenAt,
    lastOkCallAt: r.lastOkCallAt,
    lastForbiddenAt: r.lastForbiddenAt,
    disconnectedBy: r.disconnectedBy,
    storedReasons: jsonList(r.staleReasons),
    grant: { status: r.grantStatus, name: r.name, email: r.email, refreshObtainedAt: r.refreshObtainedAt, authEventIds: jsonList(r.authEventIds), source: r.source, lastObservedAt: r.lastObservedAt },
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

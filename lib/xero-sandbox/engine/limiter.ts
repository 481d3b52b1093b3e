import { and, eq, gt, inArray, lte, sql } from "drizzle-orm";
import { sandboxDb, sandboxTransaction } from "@/lib/xero-sandbox/db";
import { callsInFlight, rateWindows } from "@/lib/xero-sandbox/schema";
import { APP_PER_MINUTE, DAY_WINDOW_MS, MINUTE_MS, remainingIn, takeFromWindow, TENANT_CONCURRENT, TENANT_PER_MINUTE, type Window } from "@/lib/xero-sandbox/rules/rate-limit";

// The rate-limit counters, in the sandbox's database so every process serving this sandbox counts the same calls
// (several server instances on one data directory). Each admission reads and writes its windows in one immediate
// transaction, so two processes cannot both take the last call of a window.

/** Longer than any sandbox call: a call row older than this belongs to a process that died mid-call. */
export const CALL_TTL_MS = 60_000;

export type LimitProblem = "minute" | "day" | "appminute" | "concurrent";
export type LimitOutcome = { ok: boolean; headers: Record<string, string>; problem?: LimitProblem; retryAfterSeconds?: number; callId?: number };

const keys = (appId: string, tenantId: string) => ({ app: `app-minute:${appId}`, minute: `tenant-minute:${appId}/${tenantId}`, day: `tenant-day:${appId}/${tenantId}`, call: `${appId}/${tenantId}` });

function readWindows(names: string[]): Map<string, Window> {
  const rows = sandboxDb().select().from(rateWindows).where(inArray(rateWindows.key, names)).all();
  return new Map(rows.map((r) => [r.key, { start: r.start, count: r.count }]));
}

function saveWindow(key: string, w: Window) {
  sandboxDb()
    .insert(rateWindows)
    .values({ key, ...w })
    .onConflictDoUpdate({ target: rateWindows.key, set: w })
    .run();
}

const inOneTransaction = sandboxTransaction;

/** A tenant-scoped call: per-tenant minute, day and concurrency limits, plus the app-wide minute limit. */
export function admitTenantCall(appId: string, tenantId: string, dayLimit: number, now: number): LimitOutcome {
  const k = keys(appId, tenantId);
  return inOneTransaction(() => {
    const windows = readWindows([k.app, k.minute, k.day]);
    const db = sandboxDb();
    db.delete(callsInFlight)
      .where(and(eq(callsInFlight.key, k.call), lte(callsInFlight.startedAt, now - CALL_TTL_MS)))
      .run();
    const inFlight = db
      .select({ id: callsInFlight.id })
      .from(callsInFlight)
      .where(and(eq(callsInFlight.key, k.call), gt(callsInFlight.startedAt, now - CALL_TTL_MS)))
      .all().length;
    const minLeft = remainingIn(windows.get(k.minute), now, MINUTE_MS, TENANT_PER_MINUTE);
    const dayLeft = remainingIn(windows.get(k.day), now, DAY_WINDOW_MS, dayLimit);
    const appLeft = remainingIn(windows.get(k.app), now, MINUTE_MS, APP_PER_MINUTE);
    const headers = (m: number, d: number, a: number) => ({
      "X-MinLimit-Remaining": String(m),
      "X-DayLimit-Remaining": String(d),
      "X-AppMinLimit-Remaining": String(a),
    });
    const blocked = (problem: LimitProblem, w: Window | undefined, length: number): LimitOutcome => ({
      ok: false,
      problem,
      retryAfterSeconds: w ? Math.max(1, Math.ceil((w.start + length - now) / 1000)) : 1,
      headers: headers(minLeft, dayLeft, appLeft),
    });
    if (dayLeft <= 0) return blocked("day", windows.get(k.day), DAY_WINDOW_MS);
    if (minLeft <= 0) return blocked("minute", windows.get(k.minute), MINUTE_MS);
    if (appLeft <= 0) return blocked("appminute", windows.get(k.app), MINUTE_MS);
    if (inFlight >= TENANT_CONCURRENT) return { ok: false, problem: "concurrent", retryAfterSeconds: 1, headers: headers(minLeft, dayLeft, appLeft) };
    const m = takeFromWindow(windows.get(k.minute), now, MINUTE_MS, TENANT_PER_MINUTE);
    const d = takeFromWindow(windows.get(k.day), now, DAY_WINDOW_MS, dayLimit);
    const a = takeFromWindow(windows.get(k.app), now, MINUTE_MS, APP_PER_MINUTE);
    saveWindow(k.minute, m.window);
    saveWindow(k.day, d.window);
    saveWindow(k.app, a.window);
    const { id } = db.insert(callsInFlight).values({ key: k.call, startedAt: now }).returning({ id: callsInFlight.id }).get();
    return { ok: true, callId: id, headers: headers(m.result.remaining, d.result.remaining, a.result.remaining) };
  });
}

/** Ends a call admitted by admitTenantCall (frees its concurrency slot). */
export function releaseTenantCall(admitted: LimitOutcome): void {
  if (admitted.callId !== undefined) sandboxDb().delete(callsInFlight).where(eq(callsInFlight.id, admitted.callId)).run();
}

/** A tenantless call (/connections): only the app-wide minute limit applies. */
export function admitAppCall(appId: string, now: number): LimitOutcome {
  const key = keys(appId, "").app;
  return inOneTransaction(() => {
    const a = takeFromWindow(readWindows([key]).get(key), now, MINUTE_MS, APP_PER_MINUTE);
    saveWindow(key, a.window);
    if (!a.result.ok) return { ok: false, problem: "appminute", retryAfterSeconds: a.result.retryAfterSeconds, headers: { "X-AppMinLimit-Remaining": "0" } };
    return { ok: true, headers: { "X-AppMinLimit-Remaining": String(a.result.remaining) } };
  });
}

/** Forgets every window and call in flight (tests). */
export function resetRateLimits(): void {
  const db = sandboxDb();
  db.delete(rateWindows)
    .where(sql`true`)
    .run();
  db.delete(callsInFlight)
    .where(sql`true`)
    .run();
}

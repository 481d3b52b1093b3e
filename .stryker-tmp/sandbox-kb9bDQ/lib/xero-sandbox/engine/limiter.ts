// @ts-nocheck
import {
  APP_PER_MINUTE, DAY_WINDOW_MS, MINUTE_MS, remainingIn, takeFromWindow, TENANT_CONCURRENT, TENANT_PER_MINUTE, type Window,
} from "@/lib/xero-sandbox/rules/rate-limit";

// The process's rate-limit counters. In memory on purpose: windows are short-lived, and the concurrency
// count must be exact, which only the process that handles the calls can know.

type State = { appMinute: Map<string, Window>; tenantMinute: Map<string, Window>; tenantDay: Map<string, Window>; inFlight: Map<string, number> };
const g = globalThis as unknown as { __xeroSandboxLimits?: State };
const state = (): State => (g.__xeroSandboxLimits ??= { appMinute: new Map(), tenantMinute: new Map(), tenantDay: new Map(), inFlight: new Map() });

export type LimitProblem = "minute" | "day" | "appminute" | "concurrent";
export type LimitOutcome = { ok: boolean; headers: Record<string, string>; problem?: LimitProblem; retryAfterSeconds?: number };

/** A tenant-scoped call: per-tenant minute, day and concurrency limits, plus the app-wide minute limit. */
export function admitTenantCall(appId: string, tenantId: string, dayLimit: number, now: number): LimitOutcome {
  const s = state();
  const key = `${appId}/${tenantId}`;
  const inFlight = s.inFlight.get(key) ?? 0;
  const minLeft = remainingIn(s.tenantMinute.get(key), now, MINUTE_MS, TENANT_PER_MINUTE);
  const dayLeft = remainingIn(s.tenantDay.get(key), now, DAY_WINDOW_MS, dayLimit);
  const appLeft = remainingIn(s.appMinute.get(appId), now, MINUTE_MS, APP_PER_MINUTE);
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
  if (dayLeft <= 0) return blocked("day", s.tenantDay.get(key), DAY_WINDOW_MS);
  if (minLeft <= 0) return blocked("minute", s.tenantMinute.get(key), MINUTE_MS);
  if (appLeft <= 0) return blocked("appminute", s.appMinute.get(appId), MINUTE_MS);
  if (inFlight >= TENANT_CONCURRENT) return { ok: false, problem: "concurrent", retryAfterSeconds: 1, headers: headers(minLeft, dayLeft, appLeft) };
  const m = takeFromWindow(s.tenantMinute.get(key), now, MINUTE_MS, TENANT_PER_MINUTE);
  const d = takeFromWindow(s.tenantDay.get(key), now, DAY_WINDOW_MS, dayLimit);
  const a = takeFromWindow(s.appMinute.get(appId), now, MINUTE_MS, APP_PER_MINUTE);
  s.tenantMinute.set(key, m.window);
  s.tenantDay.set(key, d.window);
  s.appMinute.set(appId, a.window);
  s.inFlight.set(key, inFlight + 1);
  return { ok: true, headers: headers(m.result.remaining, d.result.remaining, a.result.remaining) };
}

/** Ends a call admitted by admitTenantCall (frees its concurrency slot). */
export function releaseTenantCall(appId: string, tenantId: string): void {
  const s = state();
  const key = `${appId}/${tenantId}`;
  s.inFlight.set(key, Math.max(0, (s.inFlight.get(key) ?? 1) - 1));
}

/** A tenantless call (/connections): only the app-wide minute limit applies. */
export function admitAppCall(appId: string, now: number): LimitOutcome {
  const s = state();
  const a = takeFromWindow(s.appMinute.get(appId), now, MINUTE_MS, APP_PER_MINUTE);
  s.appMinute.set(appId, a.window);
  if (!a.result.ok) return { ok: false, problem: "appminute", retryAfterSeconds: a.result.retryAfterSeconds, headers: { "X-AppMinLimit-Remaining": "0" } };
  return { ok: true, headers: { "X-AppMinLimit-Remaining": String(a.result.remaining) } };
}

export function resetRateLimits(): void {
  g.__xeroSandboxLimits = undefined;
}

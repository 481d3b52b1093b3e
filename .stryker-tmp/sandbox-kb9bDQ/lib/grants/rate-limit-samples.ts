// @ts-nocheck
import "server-only";
import { getDb } from "@/db/index";
import { rateLimitSamples } from "@/db/schema";
import { xeroNow } from "@/lib/clock";
import type { ResponseInfo } from "@/lib/xero/types";

/** An onResponse hook for lib/xero calls that keeps the budget headers Xero sent (the rate-limit meter). */
export function recordRateLimit(appId: string) {
  return (info: ResponseInfo) => {
    const r = info.rateLimit;
    if (r.minRemaining === undefined && r.dayRemaining === undefined && r.appMinRemaining === undefined && info.status !== 429) return;
    getDb()
      .insert(rateLimitSamples)
      .values({
        appId,
        tenantId: info.tenantId ?? null,
        minRemaining: r.minRemaining ?? null,
        dayRemaining: r.dayRemaining ?? null,
        appMinRemaining: r.appMinRemaining ?? null,
        problem: info.status === 429 ? (r.problem ?? "unknown") : null,
        retryAfterSeconds: r.retryAfterSeconds ?? null,
        statusCode: info.status,
        at: xeroNow(),
      })
      .run();
  };
}

import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { rateLimitSamples, xeroApps } from "@/db/schema";
import { xeroNow } from "@/lib/clock";
import { planRule } from "@/lib/limits/plans";
import { rateLimitProblemOf } from "@/lib/xero/rate-limit";
import type { CallOptions, ResponseInfo } from "@/lib/xero/types";

/** An onResponse hook for lib/xero calls that keeps the budget headers Xero sent (the rate-limit meter). */
export function recordRateLimit(appId: string) {
  return (info: ResponseInfo) => {
    const r = info.rateLimit;
    if (r.minRemaining === undefined && r.dayRemaining === undefined && r.appMinRemaining === undefined && info.status !== 429) return;
    // Fire and forget: a recorder must never turn a good Xero answer into a failure (lib/xero/http.ts), nor wait.
    void getDb()
      .insert(rateLimitSamples)
      .values({
        appId,
        tenantId: info.tenantId ?? null,
        minRemaining: r.minRemaining ?? null,
        dayRemaining: r.dayRemaining ?? null,
        appMinRemaining: r.appMinRemaining ?? null,
        // The same scope the thrown error names (the header, else the exhausted budget).
        problem: info.status === 429 ? rateLimitProblemOf(r) : null,
        retryAfterSeconds: r.retryAfterSeconds ?? null,
        statusCode: info.status,
        at: xeroNow(),
      })
      .catch(() => undefined);
  };
}

/** Options for an app's Xero calls: record the budgets, and word a day-limit 429 with the app's plan's number. */
export async function appCallOptions(appId: string): Promise<CallOptions> {
  const [app] = await getDb().select({ plan: xeroApps.plan }).from(xeroApps).where(eq(xeroApps.id, appId)).limit(1);
  return { onResponse: recordRateLimit(appId), ...(app ? { dayLimit: planRule(app.plan).dayLimit } : {}) };
}

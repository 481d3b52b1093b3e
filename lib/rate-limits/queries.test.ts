import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { rateLimitSamples } from "@/db/schema";
import { DAY_MS, xeroNowMs } from "@/lib/clock";
import { testSession } from "@/lib/testing/auth-mock";
import { insertApp, insertConnection, insertGrant } from "@/lib/testing/fixtures";
import { insertTestUser } from "@/lib/testing/users";
import { getRateLimitMeter, latestRateLimitHit } from "./queries";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

// Issue 10: "the budget meter does not reflect the 429 and the app page says nothing about it". The meter
// marks each scope's newest 429 (per organisation, and app-level), and the app page reads the newest one.

const ago = (ms: number) => new Date(xeroNowMs() - ms);
const HOUR = 60 * 60 * 1000;

describe("the last 429 per scope", () => {
  let appId = "";
  let tenantId = "";
  beforeAll(async () => {
    await migrateConfiguredDatabase();
    testSession.userId = (await insertTestUser("support")).id;
    appId = await insertApp({ plan: "legacy-uncertified" });
    ({ tenantId } = await insertConnection(appId, await insertGrant(appId), "Kea Plumbing"));
    const otherApp = await insertApp();
    await getDb()
      .insert(rateLimitSamples)
      .values([
        // App-level (GET /connections): only the app-wide budget comes back, which looks healthy.
        { appId, tenantId: null, appMinRemaining: 9999, problem: "day", retryAfterSeconds: 3600, statusCode: 429, at: ago(3 * HOUR) },
        { appId, tenantId: null, appMinRemaining: 9998, statusCode: 200, at: ago(2 * HOUR) },
        { appId, tenantId, minRemaining: 0, problem: "minute", retryAfterSeconds: 60, statusCode: 429, at: ago(5 * HOUR) },
        { appId, tenantId, minRemaining: 59, dayRemaining: 0, problem: "day", retryAfterSeconds: 3600, statusCode: 429, at: ago(HOUR) },
        { appId, tenantId, minRemaining: 58, dayRemaining: 4000, statusCode: 200, at: ago(HOUR / 2) },
        { appId: otherApp, tenantId: null, problem: "appminute", statusCode: 429, at: ago(60_000) },
      ]);
  });

  it("the meter carries each scope's newest 429 even after later calls succeeded", async () => {
    const meter = await getRateLimitMeter(appId);
    expect(meter.dayLimit).toBe(5000);
    expect(meter.appWide?.statusCode).toBe(200);
    expect(meter.appWideLastHit).toMatchObject({ tenantId: null, problem: "day", retryAfterSeconds: 3600 });
    expect(meter.rows).toHaveLength(1);
    expect(meter.rows[0]?.lastHit).toMatchObject({ tenantId, problem: "day" });
    expect(Math.abs(meter.rows[0]!.lastHit!.at.getTime() - ago(HOUR).getTime())).toBeLessThan(1000);
  });

  it("the app page's notice reads this app's newest 429 within a day, with the organisation's name", async () => {
    expect(await latestRateLimitHit(appId)).toMatchObject({ tenantId, tenantName: "Kea Plumbing", problem: "day" });
    expect(await latestRateLimitHit(appId, HOUR / 4)).toBeNull();
    expect(await latestRateLimitHit(appId, DAY_MS)).not.toBeNull();
  });
});

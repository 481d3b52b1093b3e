import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { grants, rateLimitSamples } from "@/db/schema";
import { resetEnvForTests } from "@/lib/env";
import { sealTokens } from "@/lib/grants/sealed-tokens";
import { startRun } from "@/lib/jobs/runs";
import { insertApp, insertGrant } from "@/lib/testing/fixtures";
import { sendJson, startTestServer } from "@/lib/xero/testing/http-server";
import { runSync, SYNC_CONCURRENCY } from "./sync-engine";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

// A run reconciles several grants at once (one at a time left most of Xero's app-wide budget unused), and
// still finishes every grant. A scripted Xero answers GET /connections after a short wait and counts the
// calls in flight.

let server: Awaited<ReturnType<typeof startTestServer>>;
let inFlight = 0;
let peak = 0;

beforeAll(async () => {
  server = await startTestServer((req, _body, res) => {
    peak = Math.max(peak, ++inFlight);
    setTimeout(() => {
      inFlight--;
      sendJson(res, 200, [], { "x-appminlimit-remaining": "9000" });
    }, 30);
  });
  process.env.APP_URL = server.url;
  resetEnvForTests();
  await migrateConfiguredDatabase();
});
afterAll(() => server.close());

describe("runSync", () => {
  it("keeps several grants in flight, up to SYNC_CONCURRENCY, and reconciles every one", async () => {
    const appId = await insertApp({ name: "Busy App" });
    const expiresAt = new Date(Date.now() + 60 * 60 * 1000);
    const ids: string[] = [];
    for (let i = 0; i < 24; i++) {
      const id = await insertGrant(appId, `User${i}`);
      await getDb()
        .update(grants)
        .set({ tokenSetEnc: sealTokens({ accessToken: `token-${i}`, expiresAt, scope: ["offline_access"] }), accessExpiresAt: expiresAt })
        .where(eq(grants.id, id));
      ids.push(id);
    }

    const results = await runSync(await startRun("sync", "test", "test", ids.length), ids);

    expect(results.map((r) => r.ok)).toEqual(ids.map(() => true));
    expect(new Set(results.map((r) => r.grantId))).toEqual(new Set(ids));
    expect(server.requests).toBe(ids.length);
    expect(peak).toBeGreaterThan(1);
    expect(peak).toBeLessThanOrEqual(SYNC_CONCURRENCY);
    // Each answer's budget header is kept for the rate-limit meter, as before.
    expect(await getDb().select().from(rateLimitSamples).where(eq(rateLimitSamples.appId, appId))).toHaveLength(ids.length);
  });
});

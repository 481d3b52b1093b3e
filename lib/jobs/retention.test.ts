import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { jobRuns, rateLimitSamples, xeroApps } from "@/db/schema";
import { DAY_MS, xeroNowMs } from "@/lib/clock";
import { KEEP_RUNS, pruneOldRecords } from "./retention";

describe("pruneOldRecords", () => {
  beforeAll(() => migrateConfiguredDatabase());

  it("drops rate-limit samples past 90 days and keeps the newest job runs", async () => {
    const db = getDb();
    const at = new Date(xeroNowMs());
    await db
      .insert(xeroApps)
      .values({ id: "app-1", name: "A", environment: "development", plan: "starter", clientId: "A".repeat(32), redirectUri: "http://x", scopes: "openid", createdAt: at, updatedAt: at });
    await db.insert(rateLimitSamples).values([
      { appId: "app-1", statusCode: 200, at: new Date(xeroNowMs() - 91 * DAY_MS) },
      { appId: "app-1", statusCode: 200, at: new Date(xeroNowMs() - 10 * DAY_MS) },
    ]);
    for (let i = 0; i < KEEP_RUNS + 3; i++) await db.insert(jobRuns).values({ kind: "sync", trigger: "t", holder: "h", startedAt: at, status: "ok" });
    expect(await pruneOldRecords()).toMatchObject({ samples: 1, runs: 3 });
    expect(await db.select().from(rateLimitSamples)).toHaveLength(1);
    expect(await db.select().from(jobRuns)).toHaveLength(KEEP_RUNS);
    expect(await pruneOldRecords()).toMatchObject({ samples: 0, runs: 0 });
  });
});

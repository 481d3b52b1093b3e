import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { appDailyCounts, connections } from "@/db/schema";
import { insertApp, insertConnection, insertGrant } from "@/lib/alerts/testing";
import { dayOf, recordDailyCounts } from "./daily-counts";

beforeAll(() => migrateConfiguredDatabase());

describe("recordDailyCounts", () => {
  it("writes one point per app per UTC day, rewritten by later syncs that day, counting what the cap counts", async () => {
    const appId = await insertApp("Trend app", "core");
    const grantId = await insertGrant(appId);
    const [a] = [await insertConnection(appId, grantId), await insertConnection(appId, grantId)];
    const morning = new Date("2026-11-24T01:00:00Z");
    await recordDailyCounts(morning);
    await getDb().update(connections).set({ status: "disconnected" }).where(eq(connections.id, a!.id));
    await insertConnection(appId, grantId);
    await insertConnection(appId, grantId);
    await recordDailyCounts(new Date("2026-11-24T23:30:00Z"));
    await recordDailyCounts(new Date("2026-11-25T00:10:00Z"));
    const points = await getDb().select({ day: appDailyCounts.day, count: appDailyCounts.count }).from(appDailyCounts).where(eq(appDailyCounts.appId, appId)).orderBy(appDailyCounts.day);
    expect(points).toEqual([
      { day: "2026-11-24", count: 3 },
      { day: "2026-11-25", count: 3 },
    ]);
    expect(dayOf(morning)).toBe("2026-11-24");
  });
});

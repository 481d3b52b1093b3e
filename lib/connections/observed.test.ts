import { beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { connections, grants } from "@/db/schema";
import { DAY_MS, xeroNow } from "@/lib/clock";
import { startRun } from "@/lib/jobs/runs";
import { startKeepAlive } from "@/lib/jobs/background";
import { testSession } from "@/lib/testing/auth-mock";
import { insertApp, insertConnection, insertGrant } from "@/lib/testing/fixtures";
import { insertTestUser } from "@/lib/testing/users";
import { disconnectConnections } from "./disconnect";
import { runSync } from "./sync-engine";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

// Observed grants hold no token: sync skips them without calling them broken (their staleness is still
// judged), and Disconnect explains what works instead of failing at Xero.

let appId: string;
async function observedConnection(reportedDaysAgo: number) {
  const grantId = await insertGrant(appId, "Observed");
  const lastObservedAt = new Date(xeroNow().getTime() - reportedDaysAgo * DAY_MS);
  await getDb().update(grants).set({ source: "observed", tokenSetEnc: null, refreshObtainedAt: null, lastObservedAt }).where(eq(grants.id, grantId));
  const c = await insertConnection(appId, grantId, `Observed Org ${reportedDaysAgo}`);
  await getDb().update(connections).set({ lastSeenAt: lastObservedAt, authEventId: null }).where(eq(connections.id, c.id));
  return { grantId, connectionId: c.id };
}

beforeAll(async () => {
  await migrateConfiguredDatabase();
  appId = await insertApp({ name: "Observed App" });
  testSession.userId = (await insertTestUser("developer")).id;
});

describe("sync and observed grants", () => {
  it("skips them without marking them broken, and marks the unreported ones stale with the reason", async () => {
    const fresh = await observedConnection(2);
    const old = await observedConnection(20);
    const results = await runSync(await startRun("sync", "test", "test", 2), [fresh.grantId, old.grantId]);
    expect(results.every((r) => r.ok)).toBe(true);
    const grantRows = await getDb().select({ status: grants.status, failureCount: grants.failureCount }).from(grants).where(eq(grants.source, "observed"));
    expect(grantRows.every((g) => g.status === "active" && g.failureCount === 0)).toBe(true);
    const status = async (id: string) => (await getDb().select({ status: connections.status, reasons: connections.staleReasons }).from(connections).where(eq(connections.id, id)).limit(1))[0];
    expect(await status(fresh.connectionId)).toEqual({ status: "active", reasons: [] });
    expect(await status(old.connectionId)).toEqual({ status: "stale", reasons: ["not_reported"] });
  });
});

describe("keep-alive and observed grants", () => {
  it("has nothing to refresh for them: no run is due", async () => {
    // Only observed grants (no refresh token, never refreshed) and fresh held ones exist in this file.
    await observedConnection(3);
    expect(await startKeepAlive("test", { skipIfNothingDue: true })).toBeNull();
  });
});

describe("disconnecting an observed connection", () => {
  it("explains the two ways that work and leaves the connection as it was", async () => {
    const { connectionId } = await observedConnection(1);
    const [result] = await disconnectConnections({ ids: [connectionId] });
    expect(result).toMatchObject({ id: connectionId, ok: false });
    expect(result!.message).toMatch(/holds no token/);
    expect(result!.message).toMatch(/from your product/);
    expect(result!.message).toMatch(/Connected apps/);
    expect((await getDb().select({ status: connections.status }).from(connections).where(eq(connections.id, connectionId)).limit(1))[0]?.status).toBe("active");
  });
});

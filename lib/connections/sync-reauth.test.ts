import { beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { grants } from "@/db/schema";
import { DAY_MS, xeroNow } from "@/lib/clock";
import { getRun } from "@/lib/jobs/runs";
import { testSession } from "@/lib/testing/auth-mock";
import { insertApp, insertConnection, insertGrant } from "@/lib/testing/fixtures";
import { insertTestUser } from "@/lib/testing/users";
import { syncFinishedText } from "./sync-outcome";
import { startAppSync } from "./sync";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

// Issue 10: "After the clock passes 60 days, Sync now says '0 of 0 users checked' without saying that
// grants are dead." A sync checks only working grants; its summary now counts the dead ones, with why.

beforeAll(async () => {
  await migrateConfiguredDatabase();
  testSession.userId = (await insertTestUser("developer")).id;
});

describe("Sync now on an app whose every grant is dead", () => {
  it("finishes with 0 of 0 checked and says how many grants need re-authorisation and why", async () => {
    const appId = await insertApp({ name: "Dormant App" });
    const unusedSince = new Date(xeroNow().getTime() - 63 * DAY_MS);
    for (const name of ["Ana", "Ben", "Chen"]) {
      const grantId = await insertGrant(appId, name);
      await insertConnection(appId, grantId, `${name} Ltd`);
      await getDb().update(grants).set({ status: "needs_reauth", refreshObtainedAt: unusedSince }).where(eq(grants.id, grantId));
    }
    const { runId, total } = await startAppSync(appId);
    expect(total).toBe(0);
    let run = await getRun(runId);
    for (let i = 0; i < 50 && run?.status === "running"; i++) {
      await new Promise((r) => setTimeout(r, 20));
      run = await getRun(runId);
    }
    expect(run?.summary).toMatchObject({ needsReauth: { count: 3, causes: [{ cause: "idle", count: 3 }] } });
    expect(syncFinishedText({ done: run!.done, total: run!.total, summary: run!.summary }).text).toBe(
      "Sync finished: 0 of 0 users checked: 3 grants need re-authorisation (refresh token unused for more than 60 days).",
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, gte } from "drizzle-orm";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { seedDemoData } from "@/db/seed-demo";
import { grants, jobRuns } from "@/db/schema";
import { advanceClock, DAY_MS, xeroNowMs } from "@/lib/clock";
import { runServerProcess } from "@/lib/testing/child-process";
import { refreshesSince } from "@/lib/testing/sandbox-issued";
import { startSandboxServer } from "@/lib/xero-sandbox/test-server";

// Two server processes on one database (this file's DATA_DIR) each run a background tick at the same
// moment against the sandbox over HTTP. Only the lease holder may work, so every grant is refreshed
// exactly once, and a process taking over an expired lease does not refresh them again.

let sandbox: Awaited<ReturnType<typeof startSandboxServer>>;

const runTick = (origin: string) => runServerProcess<{ holder: string }>("lib/jobs/testing/tick-child.ts", origin);

beforeAll(async () => {
  await migrateConfiguredDatabase();
  sandbox = await startSandboxServer();
  expect(await seedDemoData()).not.toBeNull();
  // Old enough for keep-alive (7 days), well inside Xero's 60-day idle expiry.
  advanceClock(8 * DAY_MS);
});
afterAll(() => sandbox?.close());

describe("two server processes on one database", () => {
  it("refresh each grant exactly once, all by one lease holder", async () => {
    const origin = sandbox.baseUrl.replace(/\/sandbox\/xero$/, "");
    const refreshable = await getDb().select({ id: grants.id, xeroUserId: grants.xeroUserId }).from(grants).where(eq(grants.status, "active"));
    const since = xeroNowMs();
    const [a, b] = await Promise.all([runTick(origin), runTick(origin)]);
    expect(a.holder).not.toBe(b.holder);

    const runs = await getDb().select().from(jobRuns);
    const holders = [...new Set(runs.map((r) => r.holder))];
    expect(holders).toHaveLength(1);
    expect([a.holder, b.holder]).toContain(holders[0]);
    expect(runs.map((r) => r.kind).sort()).toEqual(["keep-alive", "sync"]);
    const keepAlive = runs.find((r) => r.kind === "keep-alive")!;
    expect(keepAlive).toMatchObject({ status: "ok", total: refreshable.length, done: refreshable.length });

    // The sandbox issued exactly one new refresh token per refresh-token grant (the Custom Connection has none).
    const counts = refreshesSince(since);
    expect(counts.size).toBeGreaterThan(3);
    expect(
      [...counts.values()].every((n) => n === 1),
      JSON.stringify([...counts]),
    ).toBe(true);
    expect((await getDb().select({ status: grants.status }).from(grants)).every((g) => g.status === "active")).toBe(true);
  }, 90_000);

  it("a process that takes over an expired lease does not refresh the same grants again", async () => {
    const origin = sandbox.baseUrl.replace(/\/sandbox\/xero$/, "");
    const before = (await getDb().select({ id: jobRuns.id }).from(jobRuns)).length;
    // The first holder has exited; its 5-minute lease runs out.
    advanceClock(6 * 60 * 1000);
    const since = xeroNowMs();
    await Promise.all([runTick(origin), runTick(origin)]);
    const newRuns = await getDb()
      .select()
      .from(jobRuns)
      .where(gte(jobRuns.id, before + 1));
    // Nothing was due, so the new holder recorded no keep-alive run at all.
    expect(newRuns.filter((r) => r.kind === "keep-alive")).toEqual([]);
    expect(refreshesSince(since).size).toBe(0);
  }, 90_000);
});

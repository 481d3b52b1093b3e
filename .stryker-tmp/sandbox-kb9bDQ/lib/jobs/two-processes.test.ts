// @ts-nocheck
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, gte } from "drizzle-orm";
import { getDb } from "@/db/index";
import { migrateDatabase } from "@/db/migrate";
import { seedDemoData } from "@/db/seed-demo";
import { grants, jobRuns } from "@/db/schema";
import { advanceClock, DAY_MS, xeroNowMs } from "@/lib/clock";
import { env } from "@/lib/env";
import { sandboxDb } from "@/lib/xero-sandbox/db";
import { apps as sandboxApps, refreshTokens } from "@/lib/xero-sandbox/schema";
import { startSandboxServer } from "@/lib/xero-sandbox/test-server";

// Two server processes on one database (this file's DATA_DIR) each run a background tick at the same
// moment against the sandbox over HTTP. Only the lease holder may work, so every grant is refreshed
// exactly once, and a process taking over an expired lease does not refresh them again.

let sandbox: Awaited<ReturnType<typeof startSandboxServer>>;

function runTick(origin: string): Promise<{ holder: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join("lib", "jobs", "testing", "tick-child.ts")], {
      cwd: process.cwd(),
      env: { ...process.env, DATA_DIR: env().dataDir, APP_URL: origin, XERO_MODE: "sandbox", JOBS_ENABLED: "false", LOG_LEVEL: "error", NODE_ENV: "test" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 45_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(JSON.parse(out.trim().split("\n").at(-1)!) as { holder: string });
      else reject(new Error(`tick process exited with ${code}: ${err.slice(0, 2000)}`));
    });
  });
}

/** Refresh tokens the sandbox issued since `sinceMs`, per (client id, Xero user). */
function refreshesSince(sinceMs: number): Map<string, number> {
  const rows = sandboxDb()
    .select({ clientId: sandboxApps.clientId, userId: refreshTokens.userId })
    .from(refreshTokens)
    .innerJoin(sandboxApps, eq(sandboxApps.id, refreshTokens.appId))
    .where(gte(refreshTokens.issuedAt, sinceMs))
    .all();
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(`${r.clientId}/${r.userId}`, (counts.get(`${r.clientId}/${r.userId}`) ?? 0) + 1);
  return counts;
}

beforeAll(async () => {
  migrateDatabase();
  sandbox = await startSandboxServer();
  expect(seedDemoData()).not.toBeNull();
  // Old enough for keep-alive (7 days), well inside Xero's 60-day idle expiry.
  advanceClock(8 * DAY_MS);
});
afterAll(() => sandbox?.close());

describe("two server processes on one database", () => {
  it("refresh each grant exactly once, all by one lease holder", async () => {
    const origin = sandbox.baseUrl.replace(/\/sandbox\/xero$/, "");
    const refreshable = getDb().select({ id: grants.id, xeroUserId: grants.xeroUserId }).from(grants).where(eq(grants.status, "active")).all();
    const since = xeroNowMs();
    const [a, b] = await Promise.all([runTick(origin), runTick(origin)]);
    expect(a.holder).not.toBe(b.holder);

    const runs = getDb().select().from(jobRuns).all();
    const holders = [...new Set(runs.map((r) => r.holder))];
    expect(holders).toHaveLength(1);
    expect([a.holder, b.holder]).toContain(holders[0]);
    expect(runs.map((r) => r.kind).sort()).toEqual(["keep-alive", "sync"]);
    const keepAlive = runs.find((r) => r.kind === "keep-alive")!;
    expect(keepAlive).toMatchObject({ status: "ok", total: refreshable.length, done: refreshable.length });

    // The sandbox issued exactly one new refresh token per refresh-token grant (the Custom Connection has none).
    const counts = refreshesSince(since);
    expect(counts.size).toBeGreaterThan(3);
    expect([...counts.values()].every((n) => n === 1), JSON.stringify([...counts])).toBe(true);
    expect(getDb().select({ status: grants.status }).from(grants).all().every((g) => g.status === "active")).toBe(true);
  }, 90_000);

  it("a process that takes over an expired lease does not refresh the same grants again", async () => {
    const origin = sandbox.baseUrl.replace(/\/sandbox\/xero$/, "");
    const before = getDb().select({ id: jobRuns.id }).from(jobRuns).all().length;
    // The first holder has exited; its 5-minute lease runs out.
    advanceClock(6 * 60 * 1000);
    const since = xeroNowMs();
    await Promise.all([runTick(origin), runTick(origin)]);
    const newRuns = getDb().select().from(jobRuns).where(gte(jobRuns.id, before + 1)).all();
    // Nothing was due, so the new holder recorded no keep-alive run at all.
    expect(newRuns.filter((r) => r.kind === "keep-alive")).toEqual([]);
    expect(refreshesSince(since).size).toBe(0);
  }, 90_000);
});

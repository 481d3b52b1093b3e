// The sync figure of `npm run bench`: reconciles GRANTS grants (each a Xero user with ORGS_PER_GRANT
// organisations) against the sandbox over HTTP through lib/xero, with the production sync engine, and prints
// one JSON line: Xero API calls per minute, as a share of the app-wide 10,000/min, and the 429s met.
// The sandbox runs in a child process; this process is the dashboard's sync (run by scripts/bench.ts).
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import type { SyncFigure } from "./bench-report";

// The sync engine is server code: `server-only` throws outside React Server Components, so this script
// (a server of its own) answers it with an empty module, as vitest.config.mts does for tests.
const serverOnly = createRequire(path.join(process.cwd(), "package.json")).resolve("server-only");
require.cache[serverOnly] = { id: serverOnly, filename: serverOnly, loaded: true, exports: {} } as NodeJS.Module;

const GRANTS = Number(process.env.BENCH_SYNC_GRANTS ?? 5000);
const ORGS_PER_GRANT = 2;

/** CPU seconds a process (and its threads) has used, from /proc: user + system ticks. */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** tsx runs the script in a child of its own: the sandbox's CPU is the whole tree's. */
function treeCpuSeconds(pid: number): number {
  let total = 0;
  const walk = (p: number) => {
    total += cpuSeconds(p);
    const children = fs.readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
    children.forEach((c) => walk(Number(c)));
  };
  walk(pid);
  return total;
}

function startSandbox(env: NodeJS.ProcessEnv): Promise<{ origin: string; cpu(): number; stop(): void }> {
  const child = spawn("node_modules/.bin/tsx", ["scripts/bench-sandbox-serve.ts"], { env, stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`the sandbox exited (${code})`)));
    child.stdout.on("data", (chunk: Buffer) => {
      const origin = /READY (\S+)/.exec(chunk.toString())?.[1];
      if (origin) resolve({ origin, cpu: () => treeCpuSeconds(child.pid!), stop: () => child.kill("SIGTERM") });
    });
  });
}

/** Counts every HTTP call lib/xero makes, by kind and status: the figure is what Xero would have seen. */
function countCalls() {
  const counts = { api: 0, identity: 0, tooMany: 0 };
  const original = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const res = await original(input, init);
    if (url.includes("/sandbox/xero/api/")) counts.api++;
    else if (url.includes("/sandbox/xero/identity/")) counts.identity++;
    if (res.status === 429) counts.tooMany++;
    return res;
  };
  return counts;
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "connection-desk-bench-sync-"));
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    XERO_MODE: "sandbox",
    JOBS_ENABLED: "false",
    SEED_DEMO: "false",
    LOG_LEVEL: "error",
    AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
  };
  const sandbox = await startSandbox(env);
  try {
    Object.assign(process.env, env, { APP_URL: sandbox.origin });
    const { seedSyncBench } = await import("./bench-sync-seed");
    const grantIds = await seedSyncBench(GRANTS, ORGS_PER_GRANT, sandbox.origin);
    const engine = await import("../lib/connections/sync-engine");
    const { startRun } = await import("../lib/jobs/runs");
    const { PROCESS_OWNER } = await import("../lib/jobs/owner");
    const { APP_CALLS_PER_MINUTE: APP_MINUTE_LIMIT } = await import("../lib/xero/limits");
    const calls = countCalls();
    const sandboxCpu = sandbox.cpu();
    const cpu = process.cpuUsage();
    const started = performance.now();
    const results = await engine.runSync(await startRun("sync", "bench", PROCESS_OWNER, grantIds.length), grantIds);
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const figure: SyncFigure = {
      grants: grantIds.length,
      calls: calls.api,
      seconds,
      perMinute: (calls.api * 60) / seconds,
      budget: APP_MINUTE_LIMIT,
      tooMany: calls.tooMany,
      failed: results.filter((r) => !r.ok).length,
      concurrency: engine.SYNC_CONCURRENCY,
      cpuMsPerCall: { sync: (used.user + used.system) / 1000 / calls.api, sandbox: ((sandbox.cpu() - sandboxCpu) * 1000) / calls.api },
    };
    // Why grants failed (a figure from a busy machine can fail on time-outs), on stderr beside the figure.
    const reasons = new Map<string, number>();
    for (const r of results) if (!r.ok) reasons.set(r.error ?? "?", (reasons.get(r.error ?? "?") ?? 0) + 1);
    for (const [reason, n] of reasons) console.error(`  ${n} grant(s) failed: ${reason}`);
    console.log(JSON.stringify(figure));
  } finally {
    sandbox.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

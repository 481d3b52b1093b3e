// Benchmark (prints figures, asserts nothing): seeds a scratch database with 200 apps, 20,000
// organisations, 5,000 grants and 100,000 connections, starts the built server on it, and prints p50/p95
// server times for the heaviest pages plus the server's memory. Then runs the sandbox benchmark.
// Usage: npm run bench [-- --write-readme]   (needs a build: run `npm run build` first or it builds)
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { seedBenchData } from "./bench-seed";
import { prepareVendBench } from "./bench-vend";

const PORT = 3999;
const ROUNDS = 30;
const base = `http://127.0.0.1:${PORT}`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function time(url: string, cookie: string, init: RequestInit = {}): Promise<number> {
  const started = performance.now();
  // No redirects: a session that stopped working must fail the run, not time the sign-in page.
  const res = await fetch(url, { headers: { cookie }, redirect: "manual", ...init });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return performance.now() - started;
}

async function measure(name: string, url: string, cookie: string, rounds = ROUNDS, init?: RequestInit) {
  for (let i = 0; i < 3; i++) await time(url, cookie, init);
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) samples.push(await time(url, cookie, init));
  samples.sort((a, b) => a - b);
  return { name, p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "connection-desk-bench-"));
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(PORT),
    HOST: "127.0.0.1",
    APP_URL: base,
    XERO_MODE: "live",
    JOBS_ENABLED: "false",
    SEED_DEMO: "false",
    LOG_LEVEL: "error",
    AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  Object.assign(process.env, env);
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit", env });

  console.log("Seeding 200 apps, 20,000 organisations, 5,000 grants, 100,000 connections…");
  const seeded = await seedBenchData();
  const vend = prepareVendBench(seeded.adminId);
  const { encode } = await import("next-auth/jwt");
  const token = await encode({ token: { sub: seeded.adminId, sessionId: crypto.randomUUID() }, secret: env.AUTH_SECRET, salt: "authjs.session-token" });
  const cookie = `authjs.session-token=${token}`;

  const server = spawn("node_modules/.bin/next", ["start", "-p", String(PORT), "-H", "127.0.0.1"], { env, stdio: "ignore" });
  try {
    for (let i = 0; i < 200; i++) {
      const ok = await fetch(`${base}/api/health`).then((r) => r.ok).catch(() => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const results = [
      await measure("Baseline: a page with no data (/settings)", `${base}/settings`, cookie),
      await measure("Overview (/)", `${base}/`, cookie),
      await measure("App detail, first page", `${base}/apps/${seeded.busyAppId}`, cookie),
      await measure("Organisation search", `${base}/organisations?q=Harbour`, cookie),
      await measure("Connections search, two filters", `${base}/connections?environment=production&status=active&q=Kauri`, cookie),
      await measure("People, first page", `${base}/people`, cookie),
      await measure("People search", `${base}/people?q=user12`, cookie),
      await measure("CSV export, 10,000 rows", `${base}/api/connections/export?app=${seeded.busyAppId}&status=all`, cookie, 10),
      // Token vending beside the cheapest route, in the same run: the difference is what a vend costs.
      await measure("API baseline: GET /api/health", `${base}/api/health`, ""),
      await measure("Token vending: POST /api/v1/grants/{id}/access-token (token still valid)", `${base}/api/v1/grants/${vend.grantId}/access-token`, "", ROUNDS, { method: "POST", headers: { authorization: `Bearer ${vend.key}` } }),
    ];
    const memory = rssMb(server.pid!);
    const lines = [
      "| Scenario | p50 | p95 |",
      "| --- | --- | --- |",
      ...results.map((r) => `| ${r.name} | ${r.p50.toFixed(1)} ms | ${r.p95.toFixed(1)} ms |`),
      `| Server memory (RSS) after the runs | ${memory.toFixed(0)} MB | |`,
    ];
    console.log(`\n${lines.join("\n")}\n`);
    const sandbox = spawnSync("node_modules/.bin/tsx", ["scripts/bench-sandbox.ts"], { encoding: "utf8" });
    console.log(sandbox.stdout);
    if (process.argv.includes("--write-readme")) writeReadme([...lines, "", "Sandbox, loopback:", "", ...sandbox.stdout.trim().split("\n").map((l) => `- ${l}`)]);
  } finally {
    server.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function writeReadme(lines: string[]) {
  const readme = fs.readFileSync("README.md", "utf8");
  const stamp = `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown CPU"}), Node ${process.version}.`;
  const body = `<!-- bench:start -->\n${stamp}\n\n${lines.join("\n")}\n<!-- bench:end -->`;
  fs.writeFileSync("README.md", readme.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, body));
}

void main();

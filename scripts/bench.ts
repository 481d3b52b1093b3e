// Benchmark (prints figures, asserts nothing). For each scale in --connections (default 100,000; e.g.
// `--connections 100000,1000000`) it seeds a scratch database (apps, organisations and grants in proportion),
// starts the built server on it and prints every page's p50/p95 and its ratio to an empty page measured in
// the same run, 50 concurrent readers against 1 on /connections, and the server's RSS. Then first-load JS
// per route from the build's manifests, the sync figure (scripts/bench-sync.ts) and the sandbox's own speed.
// Usage: npm run bench [-- --connections 100000,1000000] [--engine postgres] [--write-readme] [--skip-sync] [--report-only]
// `--engine postgres` seeds the same SQLite data, copies it into a private PostgreSQL cluster (db/copy-to-postgres.ts)
// and serves from there: the same table, to compare with SQLite's side by side.
// Figures are saved in .bench/; `--report-only` renders (and with --write-readme writes) them without measuring.
// BENCH_PORT (default 3996) is the server's port. Needs a build: run `npm run build` first or it builds.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";
import Database from "better-sqlite3";
import { closeDb, dbFile } from "../db/index";
import { copySqliteToPostgres } from "../db/copy-to-postgres";
import { migratePostgres } from "../db/migrate";
import { closePg, openPg } from "../db/pg";
import { startPgCluster, type PgCluster } from "./pg-cluster";
import { serverCommand, serverEnv } from "./server-command";
import { freshDatabase } from "./pg-database";
import { env as appEnv, resetEnvForTests } from "../lib/env";
import { seedBenchData } from "./bench-seed";
import { prepareVendBench } from "./bench-vend";
import { measureFirstLoad } from "./bench-first-load";
import { parseConnectionsArg, percentile, renderFirstLoad, renderTable, scaleFor, type FirstLoad, type Readers, type Scale, type ScaleResult, type SyncFigure, type Timing } from "./bench-report";

const PORT = Number(process.env.BENCH_PORT ?? 3996);
const ROUNDS = 30;
/** A slow page stops sampling after this long (at least MIN_ROUNDS samples), so a 1 M run ends in the hour. */
const PAGE_SECONDS = Number(process.env.BENCH_PAGE_SECONDS ?? 40);
const MIN_ROUNDS = 5;
const READERS = 50;
const READ_SECONDS = Number(process.env.BENCH_READ_SECONDS ?? 30);
/** Each scale's figures and the sync's, so `--report-only` can write one table from separate runs. */
const RESULTS_DIR = ".bench";
const base = `http://127.0.0.1:${PORT}`;
const ENGINE = process.argv.includes("--engine") ? process.argv[process.argv.indexOf("--engine") + 1] : "sqlite";
if (ENGINE !== "sqlite" && ENGINE !== "postgres") throw new Error(`--engine is sqlite or postgres, not ${ENGINE}`);
/** Results of a Postgres run are kept apart from SQLite's. */
const resultFile = (name: string) => (ENGINE === "postgres" ? name.replace(/\.json$/, "-postgres.json") : name);
let cluster: PgCluster | undefined;

/** Postgres run: the seeded SQLite data copied into a fresh database on a private cluster; its URL. */
async function copyToPostgres(connections: number): Promise<string> {
  cluster ??= await startPgCluster();
  const url = await freshDatabase(`cd_bench_${connections}`, cluster.url);
  const pg = openPg(url, 2);
  const sqlite = new Database(dbFile(), { readonly: true });
  const started = performance.now();
  try {
    await migratePostgres(pg.pool, url);
    await copySqliteToPostgres(sqlite, pg.pool);
    await pg.pool.query("analyze");
  } finally {
    sqlite.close();
    await closePg(pg);
  }
  console.log(`  copied into Postgres in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return url;
}

async function time(url: string, cookie: string, init: RequestInit = {}): Promise<number> {
  const started = performance.now();
  // No redirects: a session that stopped working must fail the run, not time the sign-in page.
  const res = await fetch(url, { headers: { cookie }, redirect: "manual", ...init });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return performance.now() - started;
}

async function measure(name: string, url: string, cookie: string, options: { rounds?: number; init?: RequestInit; page?: boolean } = {}): Promise<Timing> {
  const warm = await time(url, cookie, options.init);
  if (warm < 1000) for (let i = 0; i < 2; i++) await time(url, cookie, options.init);
  const samples: number[] = [];
  const deadline = performance.now() + PAGE_SECONDS * 1000;
  for (let i = 0; i < (options.rounds ?? ROUNDS) && (i < MIN_ROUNDS || performance.now() < deadline); i++) samples.push(await time(url, cookie, options.init));
  samples.sort((a, b) => a - b);
  const timing = { name, p50: percentile(samples, 50), p95: percentile(samples, 95), page: options.page ?? true };
  console.log(`  ${name}: p50 ${timing.p50.toFixed(1)} ms, p95 ${timing.p95.toFixed(1)} ms (${samples.length} samples)`);
  return timing;
}

/**
 * Requests per second that `concurrency` readers complete from `url` in READ_SECONDS, and how many failed.
 * Requests still open at the deadline are abandoned, neither counted nor errors: at 1 M connections 50
 * queued slow pages would otherwise take many minutes to drain.
 */
async function throughput(url: string, cookie: string, concurrency: number): Promise<{ perSecond: number; errors: number }> {
  let done = 0;
  let errors = 0;
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(), READ_SECONDS * 1000);
  const started = performance.now();
  const reader = async () => {
    while (!stop.signal.aborted) {
      await time(url, cookie, { signal: stop.signal }).then(
        () => done++,
        (error: unknown) => {
          if (stop.signal.aborted) return;
          if (errors++ === 0) console.log(`  first reader error: ${error instanceof Error ? `${error.message} ${String((error.cause as Error | undefined)?.message ?? "")}` : String(error)}`);
        },
      );
    }
  };
  await Promise.all(Array.from({ length: concurrency }, reader));
  clearTimeout(timer);
  return { perSecond: (done * 1000) / (performance.now() - started), errors };
}

async function readers(url: string, cookie: string): Promise<Readers> {
  await time(url, cookie);
  const one = await throughput(url, cookie, 1);
  const many = await throughput(url, cookie, READERS);
  console.log(`  /connections: ${READERS} readers ${many.perSecond.toFixed(1)} req/s (${many.errors} errors), 1 reader ${one.perSecond.toFixed(1)} req/s`);
  return { one: one.perSecond, many: many.perSecond, concurrency: READERS, errors: one.errors + many.errors };
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** `next start` runs the server in a child of its own: the RSS that matters is the biggest process in the tree. */
function treeRssMb(pid: number): number {
  const children = (p: number): number[] => {
    try {
      return fs.readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...children(all[i]!));
  return Math.max(...all.map((p) => (fs.existsSync(`/proc/${p}/status`) ? rssMb(p) : 0)));
}

async function runScale(scale: Scale): Promise<ScaleResult> {
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
  resetEnvForTests();
  const n = (x: number) => x.toLocaleString("en-GB");
  console.log(`\n${n(scale.connections)} connections: seeding ${n(scale.apps)} apps, ${n(scale.organisations)} organisations, ${n(scale.grants)} grants…`);
  const seeded = await seedBenchData(scale);
  console.log(`  seeded in ${seeded.seconds.toFixed(0)} s`);
  const vend = await prepareVendBench(seeded.adminId);
  closeDb();
  if (ENGINE === "postgres") Object.assign(env, { DATABASE_URL: await copyToPostgres(scale.connections) });
  const { encode } = await import("next-auth/jwt");
  const token = await encode({ token: { sub: seeded.adminId, sessionId: crypto.randomUUID() }, secret: env.AUTH_SECRET, salt: "authjs.session-token" });
  const cookie = `authjs.session-token=${token}`;

  // Served as `npm start` serves it, with the same number of processes (WEB_CONCURRENCY).
  const served = serverCommand({ port: PORT, host: "127.0.0.1", workers: appEnv().WEB_CONCURRENCY });
  const server = spawn(served.command, served.args, { env: serverEnv(env), stdio: "ignore" });
  try {
    for (let i = 0; i < 200; i++) {
      const ok = await fetch(`${base}/api/health`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const app = `${base}/apps/${seeded.busyAppId}`;
    const baseline = await measure("Empty page (/settings)", `${base}/settings`, cookie);
    const timings = [
      await measure("Overview (/)", `${base}/`, cookie),
      await measure("Apps (/apps)", `${base}/apps`, cookie),
      await measure(`App detail, busiest app (${n(scale.busyApp)} connections)`, app, cookie),
      await measure("Rate limits of the busiest app", `${app}/rate-limits`, cookie),
      await measure("Connections (/connections)", `${base}/connections`, cookie),
      await measure("Connections search, two filters", `${base}/connections?environment=production&status=active&q=Kauri`, cookie),
      await measure("Stale connections", `${base}/connections/stale`, cookie),
      await measure("Organisations (/organisations)", `${base}/organisations`, cookie),
      await measure("Organisation search", `${base}/organisations?q=Harbour`, cookie),
      await measure("People (/people)", `${base}/people`, cookie),
      await measure("People search", `${base}/people?q=user12`, cookie),
      await measure(`CSV export, busiest app (${n(scale.busyApp)} rows)`, `${base}/api/connections/export?app=${seeded.busyAppId}&status=all`, cookie, { rounds: 10, page: false }),
      // Token vending beside the cheapest route, in the same run: the difference is what a vend costs.
      await measure("API baseline: GET /api/health", `${base}/api/health`, "", { page: false }),
      await measure("Token vending: POST /api/v1/grants/{id}/access-token", `${base}/api/v1/grants/${vend.grantId}/access-token`, "", {
        page: false,
        init: { method: "POST", headers: { authorization: `Bearer ${vend.key}` } },
      }),
    ];
    const load = await readers(`${base}/connections`, cookie);
    const rss = treeRssMb(server.pid!);
    console.log(`  server RSS ${rss.toFixed(0)} MB`);
    return { scale, seedSeconds: seeded.seconds, baseline, timings, readers: load, rssMb: rss };
  } finally {
    server.kill();
    await new Promise((r) => server.once("exit", r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function save(name: string, value: unknown) {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(RESULTS_DIR, name), `${JSON.stringify(value, null, 2)}\n`);
}

function load<T>(name: string): T | null {
  const file = path.join(RESULTS_DIR, name);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as T) : null;
}

function runSyncBench(): SyncFigure | null {
  console.log("\nSync: reconciling 5,000 grants against the sandbox…");
  const run = spawnSync("node_modules/.bin/tsx", ["scripts/bench-sync.ts"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  const line = run.stdout.trim().split("\n").pop() ?? "";
  if (run.status !== 0 || !line.startsWith("{")) {
    console.error(`The sync benchmark failed (exit ${run.status}).`);
    return null;
  }
  return JSON.parse(line) as SyncFigure;
}

async function main() {
  const scales = parseConnectionsArg(process.argv).map(scaleFor);
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });

  // --report-only: no measuring; one table from the figures earlier runs saved (every scale, the sync).
  const reportOnly = process.argv.includes("--report-only");
  const results: ScaleResult[] = [];
  for (const scale of scales) {
    const saved = reportOnly ? load<ScaleResult>(resultFile(`scale-${scale.connections}.json`)) : null;
    const result = saved ?? (reportOnly ? null : await runScale(scale));
    if (!result) throw new Error(`No saved figures for ${scale.connections} connections in ${RESULTS_DIR}/: run without --report-only first.`);
    if (!reportOnly) save(resultFile(`scale-${scale.connections}.json`), result);
    results.push(result);
  }
  const firstLoad: FirstLoad[] = measureFirstLoad(distDir);
  // The sync figure is SQLite's (scripts/bench-sync.ts seeds its own database): a Postgres run leaves it out.
  const skipSync = process.argv.includes("--skip-sync");
  let sync = ENGINE === "postgres" ? null : reportOnly || skipSync ? load<SyncFigure>("sync.json") : runSyncBench();
  if (sync && !reportOnly && !skipSync) save("sync.json", sync);
  sync ??= null;
  const sandbox = spawnSync("node_modules/.bin/tsx", ["scripts/bench-sandbox.ts"], { encoding: "utf8" });

  cluster?.stop();
  const lines = [
    `Engine: ${ENGINE === "postgres" ? "PostgreSQL (a private local cluster, the same data copied in)" : "SQLite (the embedded default)"}.`,
    "",
    ...renderTable(results, firstLoad, sync),
    "",
    "First-load JS per route (gzipped):",
    "",
    ...renderFirstLoad(firstLoad).map((l) => `- ${l}`),
    "",
    "Sandbox, loopback:",
    "",
    ...sandbox.stdout
      .trim()
      .split("\n")
      .map((l) => `- ${l}`),
  ];
  console.log(`\n${lines.join("\n")}\n`);
  if (process.argv.includes("--write-readme")) writeReadme(lines);
}

function writeReadme(lines: string[]) {
  const readme = fs.readFileSync("README.md", "utf8");
  const stamp = `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown CPU"}), Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)} at the end (the machine is shared).`;
  const marker = ENGINE === "postgres" ? "bench-postgres" : "bench";
  const body = `<!-- ${marker}:start -->\n${stamp}\n\n${lines.join("\n")}\n<!-- ${marker}:end -->`;
  const block = new RegExp(`<!-- ${marker}:start -->[\\s\\S]*<!-- ${marker}:end -->`);
  if (!block.test(readme)) throw new Error(`README.md has no <!-- ${marker}:start --> … <!-- ${marker}:end --> block to write into.`);
  fs.writeFileSync("README.md", readme.replace(block, body));
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

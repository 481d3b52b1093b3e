// Starts Connection Desk: validates configuration, prepares the databases (migrations, first-start
// seed), builds when needed, then serves. Usage: tsx scripts/start.ts [--dev | --prod] [--no-build]
import fs from "node:fs";
import path from "node:path";
import { portIsFree } from "./port";
import { serverCommand, serverEnv } from "./server-command";
import { spawn, spawnSync } from "node:child_process";

const args = new Set(process.argv.slice(2));
const mode = args.has("--dev") ? "dev" : args.has("--prod") ? "prod" : "default";
process.env.NEXT_TELEMETRY_DISABLED = "1";

function fail(message: string): never {
  console.error(`Connection Desk cannot start: ${message}`);
  process.exit(1);
}

async function main() {
  if (mode === "prod" && (!process.env.AUTH_SECRET || !process.env.ENCRYPTION_KEY)) {
    fail("production mode needs AUTH_SECRET and ENCRYPTION_KEY in the environment (see README, Production).");
  }
  const { env } = await import("../lib/env");
  let config;
  try {
    config = env();
  } catch (error) {
    fail((error as Error).message);
  }
  const { databaseEngine, describePostgresUrl } = await import("../db/engine");
  const postgres = databaseEngine() === "postgres";
  // Every instance of one install reads the same sealed tokens and session cookies: secrets generated into each
  // instance's DATA_DIR would differ, so on Postgres they come from the environment.
  if (postgres && (!process.env.AUTH_SECRET || !process.env.ENCRYPTION_KEY)) {
    fail("on Postgres (DATABASE_URL) every instance must share AUTH_SECRET and ENCRYPTION_KEY: set both in the environment (README, Run on Postgres).");
  }
  if (!(await portIsFree(config.PORT, config.HOST))) fail(`port ${config.PORT} is already in use (is Connection Desk already running?). Stop that process or set PORT to a free port.`);
  const { migrateConfiguredDatabase } = await import("../db/migrate");
  const { assertDatabaseReadable } = await import("../db/integrity");
  const { securePrivateDataDir } = await import("../lib/private-files");
  try {
    securePrivateDataDir(config.dataDir);
    // SQLite-only: quick_check reads a SQLite file; on Postgres only the sandbox's own SQLite file is local.
    for (const name of postgres ? ["sandbox.db"] : ["app.db", "sandbox.db"]) assertDatabaseReadable(path.join(config.dataDir, name));
    await migrateConfiguredDatabase();
    if (postgres) console.log(`Using Postgres at ${describePostgresUrl(config.DATABASE_URL!)}.`);
  } catch (error) {
    fail((error as Error).message);
  }
  // A previous server killed mid-run left its runs "running": mark them interrupted before anyone waits on
  // them. Interrupted disconnects need Xero, so the server finishes those once it answers (lib/jobs/scheduler.ts).
  const { interruptAbandonedRuns } = await import("../lib/jobs/run-recovery");
  const interrupted = await interruptAbandonedRuns();
  if (interrupted.length > 0) console.log(`Marked ${interrupted.length} run(s) left running by a stopped server as interrupted.`);
  const { prepareFirstStart } = await import("./first-start");
  const firstStartNotes = await prepareFirstStart();

  const next = path.join(process.cwd(), "node_modules", ".bin", "next");
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (mode === "default" && !args.has("--no-build") && !fs.existsSync(path.join(distDir, "BUILD_ID"))) {
    console.log("Building Connection Desk (first start only, about a minute)…");
    const build = spawnSync(next, ["build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
    if (build.status !== 0) fail("the build failed (see above).");
  }

  // Development is one `next dev`; otherwise WEB_CONCURRENCY processes serve the build (scripts/server-command.ts).
  // The built server gets its memory settings (serverEnv); `next dev` compiles and keeps Node's own defaults.
  const served =
    mode === "dev" ? { command: next, args: ["dev", "-p", String(config.PORT), "-H", config.HOST] } : serverCommand({ port: config.PORT, host: config.HOST, workers: config.WEB_CONCURRENCY });
  const server = spawn(served.command, served.args, { stdio: ["ignore", "inherit", "inherit"], env: mode === "dev" ? process.env : serverEnv(process.env) });
  const { startCustomerProduct } = await import("./customer-product");
  const product = await startCustomerProduct(config);
  if (product.note) firstStartNotes.push(product.note);
  const stop = (signal: NodeJS.Signals) => {
    product.child?.kill(signal);
    server.kill(signal);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => {
    product.child?.kill("SIGTERM");
    process.exit(code ?? 0);
  });
  if (!(await announceWhenReady(config.PORT, config.appUrl, firstStartNotes))) return;
  // In the background: the server already answers, and this only talks to it over HTTP.
  const { addDemoCustomersInBackground } = await import("./demo-customers");
  void addDemoCustomersInBackground(config);
}

/** Prints the address (and the first start's notes) once the server answers; false when it never did. */
async function announceWhenReady(port: number, appUrl: string, notes: string[]): Promise<boolean> {
  for (let i = 0; i < 600; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) {
        console.log(`\nConnection Desk is running at ${appUrl}\n${notes.length ? `\n${notes.join("\n")}\n` : ""}`);
        return true;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  // The server is slow to answer; still hand over what must not be lost.
  if (notes.length) console.log(`\n${notes.join("\n")}\n`);
  return false;
}

void main();

// A private, throw-away PostgreSQL cluster for tests: a temp directory, a free local port, trust auth for user
// `app`, durability off (test data only). Usage:
//   tsx scripts/pg-cluster.ts                 start it, print its URL, stop it on Ctrl-C
//   tsx scripts/pg-cluster.ts <command...>    run the command with TEST_DATABASE_URL set, stop the cluster after,
//                                             exit with the command's code (scripts/test.sh wraps Vitest so)
// When no cluster can be started the command still runs, with TEST_PG_UNAVAILABLE saying why, so the Postgres
// tests fail with that reason instead of being skipped.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export type PgCluster = { url: string; dir: string; stop: () => void };

const isRoot = process.getuid?.() === 0;

/** Debian's newest /usr/lib/postgresql/<version>/bin, else the folder of an initdb on PATH. */
export function postgresBinDir(): string {
  const debian = "/usr/lib/postgresql";
  const versions = fs.existsSync(debian) ? fs.readdirSync(debian).filter((v) => fs.existsSync(path.join(debian, v, "bin", "initdb"))) : [];
  versions.sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
  if (versions[0]) return path.join(debian, versions[0], "bin");
  const onPath = (process.env.PATH ?? "").split(path.delimiter).find((dir) => dir && fs.existsSync(path.join(dir, "initdb")));
  if (onPath) return onPath;
  throw new Error("PostgreSQL is not installed: no /usr/lib/postgresql/*/bin/initdb and no initdb on PATH (Debian: apt-get install postgresql)");
}

// initdb and postgres refuse to run as root: as root, run them as the `postgres` user Debian's package creates.
function runAsPostgres(bin: string, args: string[]) {
  const [command, fullArgs] = isRoot ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
  const run = spawnSync(command, fullArgs, { encoding: "utf8", timeout: 60_000 });
  return { ok: run.status === 0, output: `${run.error?.message ?? ""}${run.stdout ?? ""}${run.stderr ?? ""}`.trim() };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startPgCluster(): Promise<PgCluster> {
  const bin = postgresBinDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "connection-desk-pg-"));
  const data = path.join(dir, "data");
  const log = path.join(dir, "log");
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    if (fs.existsSync(path.join(data, "postmaster.pid"))) runAsPostgres(path.join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    if (isRoot) {
      const uid = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
      if (uid.status !== 0) throw new Error("running as root needs a `postgres` user to run PostgreSQL as (Debian's postgresql package creates it)");
      fs.chownSync(dir, Number(uid.stdout.trim()), 0);
    }
    // C collation sorts text byte by byte, as SQLite does.
    const init = runAsPostgres(path.join(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "app", "-E", "UTF8", "--no-locale", "--no-sync"]);
    if (!init.ok) throw new Error(`initdb failed: ${init.output}`);
    // A port found free can be taken before Postgres binds it: try a few.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
      const start = runAsPostgres(path.join(bin, "pg_ctl"), ["-D", data, "-o", options, "-l", log, "-w", "-t", "30", "start"]);
      if (start.ok) return { url: `postgresql://app@127.0.0.1:${port}/postgres`, dir, stop };
      if (attempt === 3) throw new Error(`pg_ctl start failed: ${start.output}\n${fs.existsSync(log) ? fs.readFileSync(log, "utf8").slice(-2000) : ""}`);
    }
  } catch (error) {
    stop();
    throw new Error(`Cannot start a PostgreSQL cluster for the tests: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function main(command: string[]) {
  let cluster: PgCluster | undefined;
  let unavailable: string | undefined;
  try {
    cluster = await startPgCluster();
  } catch (error) {
    unavailable = (error as Error).message;
  }
  process.on("exit", () => cluster?.stop());
  if (command.length === 0) {
    if (!cluster) {
      console.error(unavailable);
      process.exit(1);
    }
    console.log(cluster.url);
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(0));
    setInterval(() => {}, 1 << 30);
    return;
  }
  const env = { ...process.env };
  if (cluster) {
    env.TEST_DATABASE_URL = cluster.url;
    console.log(`PostgreSQL for the tests: ${cluster.url} (stopped when they end)`);
  } else {
    env.TEST_PG_UNAVAILABLE = unavailable;
    console.error(`${unavailable}\nThe Postgres tests will fail.`);
  }
  const child = spawn(command[0]!, command.slice(1), { stdio: "inherit", env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1]?.endsWith("pg-cluster.ts")) void main(process.argv.slice(2));

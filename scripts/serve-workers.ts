// Serves the build from several `next start` processes on one port (Node's cluster module: the primary
// holds the socket and hands connections to the workers in turn). better-sqlite3 is synchronous, so one
// process renders one page at a time; workers let concurrent readers use every core.
// Usage (scripts/server-command.ts builds it): node --import tsx scripts/serve-workers.ts <workers> -p <port> -H <host>
// A worker that exits stops the others and this process with its code, as a lone `next start` would end.
import cluster, { type Worker } from "node:cluster";
import path from "node:path";

const [count, ...nextArgs] = process.argv.slice(2);
const workers = Number(count);
if (!Number.isInteger(workers) || workers < 1) throw new Error(`serve-workers: expected a worker count, got ${count}`);

// Next's start-up lines ("▲ Next.js …", "- Local: …", "✓ Ready in …", "✓ Running next.config.js …") once, from the
// first worker: the others' are the same. Everything else they print (the logger's JSON lines, errors) goes through unchanged.
const BANNER = /^\s*(▲ Next\.js|- (Local|Network|Environments|Experiments):|✓ (Starting|Ready in|Running next\.config)|\s*$)/;
function forward(worker: Worker, first: boolean) {
  worker.process.stderr?.pipe(process.stderr);
  if (first) return worker.process.stdout?.pipe(process.stdout);
  let rest = "";
  worker.process.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    const lines = (rest + chunk).split("\n");
    rest = lines.pop() ?? "";
    const kept = lines.filter((line) => !BANNER.test(line));
    if (kept.length) process.stdout.write(`${kept.join("\n")}\n`);
  });
}

cluster.setupPrimary({
  exec: path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next"),
  args: ["start", ...nextArgs],
  execArgv: [],
  silent: true,
});

let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  stopping = true;
  for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
};
for (let i = 0; i < workers; i++) forward(cluster.fork(), i === 0);
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
let running = workers;
cluster.on("exit", (_worker, code, signal) => {
  if (!stopping) {
    console.error(`A server worker stopped (${signal ?? `exit ${code}`}); stopping the others.`);
    stop("SIGTERM");
  }
  process.exitCode ||= code ?? 0;
  if (--running === 0) process.exit();
});

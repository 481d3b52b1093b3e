import path from "node:path";

// How the built dashboard is served, shared by `npm start` (scripts/start.ts) and the benchmark so both
// measure and run the same thing. One process is `next start` itself; more are `next start` workers under
// Node's cluster module (scripts/serve-workers.ts), sharing the port.

export type ServerCommand = { command: string; args: string[] };

const nextBin = () => path.join(process.cwd(), "node_modules", ".bin", "next");

/** The command that serves the build on port/host with `workers` processes (WEB_CONCURRENCY). */
export function serverCommand(options: { port: number; host: string; workers: number }): ServerCommand {
  const listen = ["-p", String(options.port), "-H", options.host];
  if (options.workers <= 1) return { command: nextBin(), args: ["start", ...listen] };
  // tsx's loader only for the small primary: the workers run Next's own JavaScript (execArgv is reset there).
  return { command: process.execPath, args: ["--import", "tsx", path.join("scripts", "serve-workers.ts"), String(options.workers), ...listen] };
}

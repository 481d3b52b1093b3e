import path from "node:path";

// How the built dashboard is served, shared by `npm start` (scripts/start.ts) and the benchmark so both
// measure and run the same thing. One process is `next start` itself; more are `next start` workers under
// Node's cluster module (scripts/serve-workers.ts), sharing the port.

export type ServerCommand = { command: string; args: string[] };

/** The old-space cap (MB) the server runs with unless NODE_OPTIONS names its own: see serverEnv. */
export const SERVER_MAX_OLD_SPACE_MB = 1024;

const nextBin = () => path.join(process.cwd(), "node_modules", ".bin", "next");

/** The command that serves the build on port/host with `workers` processes (WEB_CONCURRENCY). */
export function serverCommand(options: { port: number; host: string; workers: number }): ServerCommand {
  const listen = ["-p", String(options.port), "-H", options.host];
  if (options.workers <= 1) return { command: nextBin(), args: ["start", ...listen] };
  // tsx's loader only for the small primary: the workers run Next's own JavaScript (execArgv is reset there).
  return { command: process.execPath, args: ["--import", "tsx", path.join("scripts", "serve-workers.ts"), String(options.workers), ...listen] };
}

/**
 * The environment the served build runs with: `base` plus memory settings that keep the server's RSS near what it
 * uses (docs/architecture.md, "Memory"). Without a cap V8 sizes its heap for the machine's RAM and lets the old
 * space grow to about four times the live heap between full collections (~270 MB heap for ~70 MB live after 50
 * concurrent renders); any explicit `--max-old-space-size` makes it collect at a much smaller growth factor. 1 GB
 * is far above what a render, the streamed CSV export or the sync keeps live. MALLOC_ARENA_MAX=2 stops glibc
 * giving each of Node's threads its own malloc arena. Either one set by the operator wins.
 */
export function serverEnv<E extends Record<string, string | undefined>>(base: E): E & { NODE_OPTIONS: string; MALLOC_ARENA_MAX: string } {
  const nodeOptions = base.NODE_OPTIONS ?? "";
  return {
    ...base,
    NODE_OPTIONS: /--max[-_]old[-_]space[-_]size/.test(nodeOptions) ? nodeOptions : `${nodeOptions} --max-old-space-size=${SERVER_MAX_OLD_SPACE_MB}`.trim(),
    MALLOC_ARENA_MAX: base.MALLOC_ARENA_MAX || "2",
  };
}

import { spawn } from "node:child_process";
import path from "node:path";
import { env } from "@/lib/env";

// Runs a TypeScript file as another server process on this test file's database, against a sandbox at `origin`,
// and resolves with the JSON object it printed last. Used to prove what holds across processes.
export function runServerProcess<T>(file: string, origin: string, args: string[] = []): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(...file.split("/")), ...args], {
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
      if (code === 0) resolve(JSON.parse(out.trim().split("\n").at(-1)!) as T);
      else reject(new Error(`${file} exited with ${code}: ${err.slice(0, 2000)}`));
    });
  });
}

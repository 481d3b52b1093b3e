import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { freshDatabase } from "../../scripts/pg-database";
import { E2E_SHARED_SECRETS } from "./config";
import { DATABASE_URL_FILE } from "./database";

// A second Connection Desk server on its own empty data directory, for the few journeys that need the
// whole database to themselves (the last active admin). The shared server is never touched.

export const ISOLATED_ADMIN = { email: "only-admin@e2e.test", password: "isolated-admin-password-1" };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

export async function startIsolatedServer(): Promise<{ baseURL: string; dataDir: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "connection-desk-e2e-"));
  const baseURL = `http://127.0.0.1:${port}`;
  // In the Postgres run (playwright.postgres.config.ts) it gets a fresh database of its own too.
  let postgres = {};
  if (process.env.E2E_ENGINE === "postgres") {
    const url = await freshDatabase(`cd_e2e_isolated_${port}`);
    fs.writeFileSync(path.join(dataDir, DATABASE_URL_FILE), url);
    postgres = { DATABASE_URL: url, ...E2E_SHARED_SECRETS };
  }
  const child = spawn("node_modules/.bin/tsx", ["scripts/start.ts", "--no-build"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      APP_URL: baseURL,
      ADMIN_EMAIL: ISOLATED_ADMIN.email,
      ADMIN_PASSWORD: ISOLATED_ADMIN.password,
      XERO_MODE: "sandbox",
      NEXT_TELEMETRY_DISABLED: "1",
      ...postgres,
    },
    stdio: "ignore",
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${baseURL}/api/health`)).ok) return { baseURL, dataDir, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error("The isolated server did not start within 60 s");
}

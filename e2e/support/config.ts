import path from "node:path";
import { defineConfig, devices, type PlaywrightTestConfig } from "@playwright/test";
import { DATABASE_URL_FILE } from "./database";

// The Playwright run's shape, shared by the SQLite run (playwright.config.ts) and the Postgres run
// (playwright.postgres.config.ts): one server per run on a private port and a fresh data directory (and, on
// Postgres, a fresh database). E2E_PORT and NEXT_DIST_DIR let several runs (or checkouts) work side by side.

export type Engine = "sqlite" | "postgres";

/** Secrets the Postgres run's servers share, as every instance of one install must (README "Run on Postgres"). */
export const E2E_SHARED_SECRETS = { AUTH_SECRET: "e2e-auth-secret-0123456789abcdefghijklmnop", ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64") };

export function e2eConfig(engine: Engine, port: number, files: Pick<PlaywrightTestConfig, "testMatch" | "testIgnore">): PlaywrightTestConfig {
  const dataDir = path.resolve(".e2e-data", String(port));
  const baseURL = `http://127.0.0.1:${port}`;
  process.env.E2E_DATA_DIR = dataDir;
  process.env.E2E_BASE_URL = baseURL;
  process.env.E2E_ENGINE = engine;
  const browserUse = { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } };
  const start = "node_modules/.bin/tsx scripts/start.ts --no-build";
  const urlFile = path.join(dataDir, DATABASE_URL_FILE);
  const command =
    engine === "sqlite"
      ? `rm -rf "${dataDir}" && ${start}`
      : `rm -rf "${dataDir}" && mkdir -p "${dataDir}" && node_modules/.bin/tsx scripts/pg-database.ts cd_e2e_${port} > "${urlFile}" && DATABASE_URL="$(cat "${urlFile}")" ${start}`;
  return defineConfig({
    testDir: "e2e",
    ...files,
    // Per port, so runs side by side never delete each other's traces.
    outputDir: `test-results/${port}`,
    timeout: 60_000,
    expect: { timeout: 10_000 },
    fullyParallel: false,
    workers: 2,
    retries: 0,
    reporter: [["list"], ["json", { outputFile: `.reports/playwright${engine === "sqlite" ? "" : `-${engine}`}.json` }]],
    use: {
      baseURL,
      trace: "retain-on-failure",
      screenshot: "only-on-failure",
      launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
    },
    projects: [
      // Signs each shared role in once and saves its session (e2e/support/stored-session.ts).
      { name: "setup", testMatch: /auth\.setup\.ts$/, use: browserUse },
      { name: "chromium", use: browserUse, dependencies: ["setup"] },
    ],
    webServer: {
      command,
      url: `${baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      env: {
        PORT: String(port),
        HOST: "127.0.0.1",
        DATA_DIR: dataDir,
        APP_URL: baseURL,
        ADMIN_EMAIL: "admin@e2e.test",
        ADMIN_PASSWORD: "e2e-admin-password-123",
        XERO_MODE: "sandbox",
        NEXT_TELEMETRY_DISABLED: "1",
        // The tests' webhook receivers listen on 127.0.0.1 (e2e/jobs/receiver.ts).
        WEBHOOK_ALLOW_PRIVATE_TARGETS: "true",
        // Every spec signs in from 127.0.0.1: the default 20 a minute would throttle the suite itself.
        // e2e/sign-in-hardening.spec.ts checks the default on a server of its own.
        SIGN_IN_ATTEMPTS_PER_MINUTE: "100000",
        ...(engine === "postgres" ? E2E_SHARED_SECRETS : {}),
      },
    },
  });
}

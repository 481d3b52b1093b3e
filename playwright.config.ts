import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// One server per run on a private port and a fresh data directory. E2E_PORT and NEXT_DIST_DIR let
// several runs (or checkouts) work side by side.
const port = Number(process.env.E2E_PORT ?? 3100);
export const e2eDataDir = path.resolve(".e2e-data", String(port));
export const baseURL = `http://127.0.0.1:${port}`;

process.env.E2E_DATA_DIR = e2eDataDir;
process.env.E2E_BASE_URL = baseURL;

const browserUse = { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } };

export default defineConfig({
  testDir: "e2e",
  // Per port, so runs side by side never delete each other's traces.
  outputDir: `test-results/${port}`,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: ".reports/playwright.json" }]],
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
    command: `rm -rf "${e2eDataDir}" && node_modules/.bin/tsx scripts/start.ts --no-build`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: e2eDataDir,
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
    },
  },
});

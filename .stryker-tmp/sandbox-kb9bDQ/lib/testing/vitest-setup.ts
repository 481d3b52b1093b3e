// @ts-nocheck
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

// Every test file gets its own data directory (databases, generated secrets, clock offset) so files
// can run in parallel and never touch data/.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "connection-desk-test-"));
process.env.DATA_DIR = dir;
(process.env as Record<string, string>).NODE_ENV = "test";
process.env.XERO_MODE ??= "sandbox";
process.env.LOG_LEVEL ??= "error";

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

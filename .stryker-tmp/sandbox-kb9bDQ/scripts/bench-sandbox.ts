// @ts-nocheck
// Benchmark (prints figures, asserts nothing): requests per second for the sandbox's token endpoint
// (refresh grant) and GET /connections over loopback. Bounded in count; cleans up after itself.
// Usage: npx tsx scripts/bench-sandbox.ts
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const REFRESHES = 300;
const LISTS = 2000;
const CONCURRENCY = 8;

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sandbox-bench-"));
  process.env.DATA_DIR = dataDir;
  process.env.XERO_MODE = "sandbox";
  process.env.LOG_LEVEL = "error";
  const { startSandboxServer } = await import("../lib/xero-sandbox/test-server");
  const { createSandboxApp } = await import("../lib/xero-sandbox/store/apps");
  const { consentForCode } = await import("../lib/xero-sandbox/testing/consent-flow");
  const { orgId } = await import("../lib/xero-sandbox/seed-data");
  const server = await startSandboxServer();
  try {
    const redirectUri = "http://localhost:3000/api/xero/callback";
    const { app, clientSecret } = createSandboxApp({ name: "Bench App", plan: "enterprise", certified: true, redirectUris: [redirectUri] });
    const basic = `Basic ${Buffer.from(`${app.clientId}:${clientSecret}`).toString("base64")}`;
    const token = (form: Record<string, string>) =>
      fetch(`${server.baseUrl}/identity/connect/token`, { method: "POST", headers: { Authorization: basic }, body: new URLSearchParams(form) }).then(
        (r) => r.json() as Promise<{ access_token: string; refresh_token: string }>,
      );
    const { code } = await consentForCode({ baseUrl: server.baseUrl, clientId: app.clientId, redirectUri, email: "ben.hogan@example.com", tenantIds: [3, 4, 5].map(orgId) });
    let set = await token({ grant_type: "authorization_code", code, redirect_uri: redirectUri });

    // Refreshes are sequential: each one rotates the token the next one uses.
    let started = performance.now();
    for (let i = 0; i < REFRESHES; i++) set = await token({ grant_type: "refresh_token", refresh_token: set.refresh_token });
    report("POST /connect/token (refresh_token)", REFRESHES, performance.now() - started, 1);

    started = performance.now();
    let next = 0;
    const worker = async () => {
      while (next++ < LISTS) {
        const res = await fetch(`${server.baseUrl}/api/connections`, { headers: { Authorization: `Bearer ${set.access_token}` } });
        await res.arrayBuffer();
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    report("GET /connections", LISTS, performance.now() - started, CONCURRENCY);
  } finally {
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function report(name: string, count: number, ms: number, concurrency: number) {
  console.log(`${name}: ${count} requests in ${(ms / 1000).toFixed(2)} s = ${((count * 1000) / ms).toFixed(0)} req/s (concurrency ${concurrency})`);
}

void main();

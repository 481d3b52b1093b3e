import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { freshDatabase } from "../../scripts/pg-database";
import { E2E_SHARED_SECRETS } from "../support/config";
import { DATABASE_URL_FILE, runInServerDb } from "../support/database";
import { freePort } from "../support/isolated-server";
import { signIn } from "../support/users";

// Issue 12: two instances of one install on one Postgres database, behind one address that alternates between
// them as a load balancer would. Sessions work on both, a change made through one is seen by the other at once,
// 50 token requests spread over both refresh the grant once, and background work runs on exactly one instance;
// killed with SIGKILL, the other takes over within the lease time. Runs only in the Postgres run.

test.describe.configure({ timeout: 300_000 });
test.skip(process.env.E2E_ENGINE !== "postgres", "two instances share a Postgres database");

const ADMIN = { email: "admin@two.e2e.test", password: "two-instances-admin-pw-1" };
const LEASE_SECONDS = 8;

type Instance = { name: string; url: string; child: ChildProcess };

/** A reverse proxy that sends each request to the next instance in turn (skipping one that is down). */
function roundRobin(port: number, upstreams: () => string[]) {
  let next = 0;
  const served: string[] = [];
  const server = http.createServer((req, res) => {
    const live = upstreams();
    const target = new URL(live[next++ % live.length]!);
    served.push(target.port);
    const upstream = http.request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on("error", () => res.writeHead(502).end("upstream down"));
    req.pipe(upstream);
  });
  server.listen(port, "127.0.0.1");
  return { served, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function waitHealthy(url: string, seconds = 120) {
  for (let i = 0; i < seconds * 4; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer /api/health`);
}

async function holdsLease(request: APIRequestContext, instance: Instance): Promise<boolean | null> {
  try {
    const res = await request.get(`${instance.url}/api/health`, { timeout: 2_000 });
    return ((await res.json()) as { backgroundLease: boolean }).backgroundLease;
  } catch {
    return null; // down
  }
}

let dataDir: string;
let appUrl: string;
let databaseUrl: string;
const instances: Instance[] = [];
let proxy: ReturnType<typeof roundRobin>;

test.beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "connection-desk-two-"));
  const proxyPort = await freePort();
  appUrl = `http://127.0.0.1:${proxyPort}`;
  databaseUrl = await freshDatabase(`cd_e2e_two_${proxyPort}`);
  fs.writeFileSync(path.join(dataDir, DATABASE_URL_FILE), databaseUrl);
  proxy = roundRobin(proxyPort, () => instances.filter((i) => i.child.exitCode === null && i.child.signalCode === null).map((i) => i.url));
  // One data directory for both, as two instances on one machine would share the sandbox's Xero; the dashboard's
  // own data is all in Postgres.
  for (const name of ["A", "B"]) {
    const port = await freePort();
    const child = spawn("node_modules/.bin/tsx", ["scripts/start.ts", "--no-build"], {
      detached: true, // its own process group: SIGKILL reaches the Next server too
      stdio: "ignore",
      env: {
        ...process.env,
        PORT: String(port),
        HOST: "127.0.0.1",
        DATA_DIR: dataDir,
        DATABASE_URL: databaseUrl,
        APP_URL: appUrl,
        ...E2E_SHARED_SECRETS,
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        XERO_MODE: "sandbox",
        DEMO_PRODUCT_PORT: "off",
        JOBS_TICK_SECONDS: "1",
        JOBS_LEASE_SECONDS: String(LEASE_SECONDS),
        SIGN_IN_ATTEMPTS_PER_MINUTE: "100000",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    });
    const instance = { name, url: `http://127.0.0.1:${port}`, child };
    instances.push(instance);
    // The first start migrates and seeds; the second finds it done.
    await waitHealthy(instance.url);
  }
});

test.afterAll(async () => {
  for (const i of instances) {
    try {
      if (i.child.pid) process.kill(-i.child.pid, "SIGTERM");
    } catch {
      // already gone (the killed lease holder)
    }
  }
  await proxy?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test("two instances on one Postgres behind one address", async ({ page, request }) => {
  const [a, b] = instances as [Instance, Instance];

  // Signed in through the balancer, the session works on both instances (the cookie is for 127.0.0.1).
  await signIn(page, ADMIN, `${appUrl}/apps`);
  for (const path of ["/connections", "/apps", "/organisations", "/people"]) {
    await page.goto(`${appUrl}${path}`);
    await expect(page.getByRole("button", { name: /Account menu/ })).toBeVisible();
  }
  expect(new Set(proxy.served).size).toBe(2);
  for (const instance of [a, b]) {
    const res = await page.request.get(`${instance.url}/apps`, { maxRedirects: 0 });
    expect(res.status(), `signed in on instance ${instance.name}`).toBe(200);
  }

  // An API key made through the balancer works on both.
  await page.goto(`${appUrl}/settings/api-keys`);
  const form = page.getByRole("form", { name: "Create an API key" });
  await form.getByLabel("Name").fill("Two instances");
  await form.getByRole("checkbox", { name: /^write/ }).check();
  await form.getByRole("checkbox", { name: /^tokens/ }).check();
  await form.getByRole("button", { name: "Create key" }).click();
  const secret = (await page.getByText(/^cdk_[\w-]{8}_[\w-]{43}$/).textContent()) ?? "";
  const auth = { authorization: `Bearer ${secret}` };
  const list = async (instance: Instance) => {
    const res = await request.get(`${instance.url}/api/v1/connections?limit=100`, { headers: auth });
    expect(res.status()).toBe(200);
    return ((await res.json()) as { data: Array<{ id: string; status: string; grant: { id: string; source: string } }> }).data;
  };
  const before = await list(b);
  expect(before.length).toBeGreaterThan(0);

  // A disconnect made on A is seen on B at once.
  const target = before.find((c) => c.grant.source !== "observed")!;
  const disconnected = await request.post(`${a.url}/api/v1/connections/disconnect`, { headers: auth, data: { connectionIds: [target.id], reason: "two-instance test" } });
  expect(disconnected.status()).toBe(200);
  expect(((await disconnected.json()) as { results: Array<{ ok: boolean }> }).results).toEqual([expect.objectContaining({ ok: true })]);
  expect((await list(b)).map((c) => c.id)).not.toContain(target.id);

  // 50 token requests at once, alternating between the instances, for one grant whose access token has expired:
  // one refresh reaches Xero, and every caller gets the same access token.
  const grantId = before.find((c) => c.grant.source !== "observed" && c.grant.id !== target.grant.id)!.grant.id;
  runInServerDb([["update grants set access_expires_at = ? where id = ?", [Date.now() - 1_000, grantId]]], dataDir);
  const since = Date.now() - 1_000;
  const vended = await Promise.all(
    Array.from({ length: 50 }, (_, n) =>
      request.post(`${(n % 2 ? a : b).url}/api/v1/grants/${grantId}/access-token`, { headers: auth }).then(async (res) => {
        expect(res.status()).toBe(200);
        return ((await res.json()) as { accessToken: string }).accessToken;
      }),
    ),
  );
  const sandbox = new Database(path.join(dataDir, "sandbox.db"), { readonly: true });
  try {
    const { xeroUserId } = runInServerDb([['select xero_user_id as "xeroUserId" from grants where id = ?', [grantId]]], dataDir)[0]![0] as { xeroUserId: string };
    const refreshes = sandbox.prepare("select count(*) as n from refresh_tokens where user_id = ? and issued_at >= ?").get(xeroUserId, since) as { n: number };
    expect(refreshes.n).toBe(1);
    expect(new Set(vended).size).toBe(1);
  } finally {
    sandbox.close();
  }

  // Background work: exactly one instance holds the lease …
  let holder: Instance | undefined;
  await expect
    .poll(
      async () => {
        const held = await Promise.all(instances.map((i) => holdsLease(request, i)));
        holder = instances[held.indexOf(true)];
        return held.filter(Boolean).length;
      },
      { timeout: 30_000 },
    )
    .toBe(1);
  const other = holder === a ? b : a;
  expect(await holdsLease(request, other)).toBe(false);

  // … and when it dies without a word, the other takes over within the lease time.
  process.kill(-holder!.child.pid!, "SIGKILL");
  const killedAt = Date.now();
  await expect.poll(() => holdsLease(request, other), { timeout: (LEASE_SECONDS + 10) * 1000, intervals: [500] }).toBe(true);
  expect(Date.now() - killedAt).toBeLessThan((LEASE_SECONDS + 5) * 1000);

  // The balancer keeps serving from the instance that is left.
  await page.goto(`${appUrl}/connections`);
  await expect(page.getByRole("button", { name: /Account menu/ })).toBeVisible();
});

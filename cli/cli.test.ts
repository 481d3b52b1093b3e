import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { getDb } from "@/db/index";
import { grants, xeroApps } from "@/db/schema";
import { sealTokens } from "@/lib/grants/sealed-tokens";
import { encrypt } from "@/lib/crypto";
import { xeroNowMs } from "@/lib/clock";
import { resetEnvForTests } from "@/lib/env";
import { expectDocumented, insertTestApiKey } from "@/lib/testing/api";
import { startApiServer } from "@/lib/testing/api-http-server";
import { insertApp, insertConnection, insertGrant } from "@/lib/testing/fixtures";
import { startSandbox, type Sandbox } from "@/lib/xero/testing/sandbox-kit";
import { sandboxDb } from "@/lib/xero-sandbox/db";
import { memberships, organisations, xeroUsers } from "@/lib/xero-sandbox/schema";
import { createSandboxApp } from "@/lib/xero-sandbox/store/apps";
import { upsertConnections } from "@/lib/xero-sandbox/store/connections";
import { issueRefreshToken, recordGrant } from "@/lib/xero-sandbox/store/tokens";
import type { Io } from "./io";
import { run } from "./program";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

// The CLI end to end: its real HTTP client against the app's route handlers on a loopback server (and the
// sandbox as Xero). Every answer the server gave is checked against the OpenAPI document after each test.

let api: Awaited<ReturnType<typeof startApiServer>>;
let sb: Sandbox;
let keys: { read: string; write: string; tokens: string };
let starterApp: string;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cli-test-"));

async function cli(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    out: (t) => void (stdout += t.endsWith("\n") ? t : `${t}\n`),
    err: (t) => void (stderr += t),
    isTty: false,
    env: { CONNECTION_DESK_URL: api.url, CONNECTION_DESK_API_KEY: keys.read },
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

beforeAll(async () => {
  await migrateConfiguredDatabase();
  sb = await startSandbox();
  // The dashboard reaches the sandbox at APP_URL in sandbox mode.
  process.env.APP_URL = sb.endpoints.identityBase.replace(/\/sandbox\/xero\/identity$/, "");
  resetEnvForTests();
  api = await startApiServer();
  keys = { read: (await insertTestApiKey(["read"])).secret, write: (await insertTestApiKey(["read", "write"])).secret, tokens: (await insertTestApiKey(["tokens"])).secret };
  starterApp = await insertApp({ name: "Ledger Starter", plan: "starter" });
  const ben = await insertGrant(starterApp, "Ben");
  for (const org of ["Alpha Ltd", "Beta Ltd", "Gamma Ltd", "Delta Ltd"]) await insertConnection(starterApp, ben, org);
});
afterEach(async () => {
  for (const answer of api.answers.splice(0)) await expectDocumented(answer.method, answer.path, answer.response);
});
afterAll(async () => {
  await api.close();
  await sb.close();
  delete process.env.APP_URL;
  resetEnvForTests();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("connection-desk apps, connections, headroom", () => {
  it("lists apps and connections as tables or JSON", async () => {
    const apps = await cli("apps");
    expect(apps.code).toBe(0);
    expect(apps.stdout).toMatch(/Ledger Starter\s+production\s+starter\s+4\/5\s+1/);
    const list = await cli("connections", "--app", "ledger starter", "--json");
    expect(list.code).toBe(0);
    expect((JSON.parse(list.stdout) as { tenantName: string }[]).map((c) => c.tenantName).sort()).toEqual(["Alpha Ltd", "Beta Ltd", "Delta Ltd", "Gamma Ltd"]);
    expect((await cli("connections", "--app", starterApp, "--stale")).stdout).toMatch(/No connections match/);
  });

  it("headroom exits 0 while at least --min slots are free and 1 below", async () => {
    const enough = await cli("headroom", "--app", "Ledger Starter", "--min", "1");
    expect(enough).toMatchObject({ code: 0, stdout: "Ledger Starter (starter): 4 of 5 connections used, 1 free.\n" });
    const short = await cli("headroom", "--app", starterApp, "--min", "2");
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/Fewer than 2 free/);
    const json = await cli("headroom", "--app", starterApp, "--min", "0", "--json");
    expect(JSON.parse(json.stdout)).toMatchObject({ appId: starterApp, cap: 5, used: 4, free: 1, enough: true });
  });

  it("says what went wrong, with the API's message and an exit code per kind", async () => {
    expect(await cli("headroom", "--app", "No Such App")).toMatchObject({ code: 2, stderr: expect.stringMatching(/No app "No Such App"/) });
    expect(await cli("headroom", "--app", "00000000-0000-4000-8000-000000000000")).toMatchObject({ code: 3, stderr: expect.stringMatching(/connection-desk: .*not/i) });
    expect(await cli("--api-key", "cdk_wrong", "apps")).toMatchObject({ code: 3, stderr: expect.stringMatching(/This API key is not valid/) });
    expect(await cli("--api-key", keys.tokens, "apps")).toMatchObject({ code: 3, stderr: expect.stringMatching(/lacks the "read" scope/) });
    expect((await cli("headroom", "--app", "x", "--min", "five")).code).toBe(2);
    expect((await cli("frobnicate")).code).toBe(2);
  });

  it("filters connections by customer", async () => {
    const res = await cli("connections", "--customer", "nobody-has-this-id", "--json");
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual([]);
  });
});

/** `n` Xero users, each the only user of a new organisation, who consented to a sandbox app: one refresh token each. */
function sandboxConsents(appId: string, n: number): { refreshToken: string; email: string }[] {
  const at = xeroNowMs();
  const scopes = ["openid", "profile", "email", "accounting.settings", "offline_access"];
  return Array.from({ length: n }, (_, i) => {
    const userId = crypto.randomUUID();
    const orgId = crypto.randomUUID();
    const email = `owner${i}-${userId.slice(0, 4)}@customer${i}.example`;
    sandboxDb()
      .insert(xeroUsers)
      .values({ id: userId, email, givenName: "Owner", familyName: `No ${i}`, createdAt: at })
      .run();
    sandboxDb()
      .insert(organisations)
      .values({ id: orgId, name: `Customer ${i} Ltd`, type: "ORGANISATION", isDemo: false, countryCode: "NZ", baseCurrency: "NZD", shortCode: `!c${i}`, createdAt: at })
      .run();
    sandboxDb().insert(memberships).values({ userId, orgId }).run();
    const authEventId = crypto.randomUUID();
    upsertConnections(appId, userId, [orgId], authEventId, at);
    recordGrant(appId, userId, scopes, at);
    return {
      email,
      refreshToken: issueRefreshToken({
        appId,
        userId,
        scopes: scopes.join(" "),
        authEventId,
        globalSessionId: crypto.randomBytes(16).toString("hex"),
        authTime: at,
        publicClient: false,
        issuedAt: at,
      }),
    };
  });
}

describe("connection-desk import", () => {
  it("imports 20 grants from JSONL: a dry run sends nothing, the import creates them, a second run only updates", async () => {
    const { app, clientSecret } = createSandboxApp({ name: "Ledger Imports", plan: "core", redirectUris: ["http://127.0.0.1/cb"] });
    const appId = crypto.randomUUID();
    const now = new Date();
    await getDb()
      .insert(xeroApps)
      .values({
        id: appId,
        name: "Ledger Imports",
        environment: "production",
        plan: "core",
        clientId: app.clientId,
        clientSecretEnc: encrypt(clientSecret!),
        redirectUri: "http://127.0.0.1/cb",
        scopes: "openid profile email accounting.settings offline_access",
        createdAt: now,
        updatedAt: now,
      });
    const consents = sandboxConsents(app.id, 20);
    const file = path.join(tmp, "grants.jsonl");
    fs.writeFileSync(
      file,
      consents.map((c, i) => JSON.stringify({ ...(i % 2 ? { appId } : { app: "Ledger Imports" }), refreshToken: c.refreshToken, endUser: { id: `cust-${i}`, email: c.email } })).join("\n"),
    );
    const env = ["--api-key", keys.write];

    const dry = await cli(...env, "import", file, "--dry-run");
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/Dry run: 20 lines valid, for 1 app/);
    expect(dry.stdout).toMatch(/rotates refresh tokens/);
    expect(api.answers.map((a) => a.path)).toEqual(["/apps"]);
    expect((await cli("headroom", "--app", appId, "--json")).stdout).toMatch(/"used": 0/);

    const first = await cli(...env, "import", file);
    expect(first.stderr).toMatch(/rotates refresh tokens/);
    expect(first.stderr).toMatch(/20\/20/);
    expect(first.stdout).toMatch(/Imported 20 grants \(20 new, 0 updated\) with 20 connections; 0 failed/);
    expect(first.code).toBe(0);

    // Again, inside Xero's grace period: the same grants, updated, none duplicated.
    const again = await cli(...env, "import", file);
    expect(again.stdout).toMatch(/Imported 20 grants \(0 new, 20 updated\)/);
    expect(again.code).toBe(0);

    expect((await cli("headroom", "--app", "Ledger Imports", "--min", "30")).code).toBe(0);
    expect((await cli("headroom", "--app", "Ledger Imports", "--min", "31")).code).toBe(1);
  });
});

describe("connection-desk import input", () => {
  it("refuses a file with bad lines before sending anything", async () => {
    const file = path.join(tmp, "bad.jsonl");
    fs.writeFileSync(file, `${JSON.stringify({ app: "Ledger Starter", refreshToken: "0123456789abc" })}\n{oops\n`);
    api.answers.splice(0);
    const res = await cli("--api-key", keys.write, "import", file);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/line 2: not valid JSON/);
    expect(api.answers).toEqual([]);
    expect((await cli("import", path.join(tmp, "missing.jsonl"))).stderr).toMatch(/Cannot read .*ENOENT/);
  });
});

describe("connection-desk diagnose", () => {
  it("explains a Xero error message", async () => {
    const res = await cli("diagnose", "The connection limit for this app has been reached", "--app", "Ledger Starter");
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/Ledger Starter: 4 of 5 connections/);
  });
});

describe("connection-desk token", () => {
  it("prints an access token Xero accepts, and the API's message for an unknown grant", async () => {
    const seeded = sb.app("Acme Ledger Sync (prod)");
    const consent = seeded.consents[0]!;
    const appId = crypto.randomUUID();
    const grantId = crypto.randomUUID();
    const now = new Date();
    await getDb()
      .insert(xeroApps)
      .values({
        id: appId,
        name: "Ledger Tokens",
        environment: "production",
        plan: seeded.plan,
        clientId: seeded.clientId,
        clientSecretEnc: encrypt(seeded.clientSecret!),
        redirectUri: "http://127.0.0.1/cb",
        scopes: "openid profile email accounting.settings offline_access",
        createdAt: now,
        updatedAt: now,
      });
    // Held as the demo seed holds its grants: only a refresh token, so the first vend refreshes.
    const tokens = { accessToken: "", refreshToken: consent.refreshToken, expiresAt: new Date(0), scope: ["openid", "offline_access"] };
    await getDb()
      .insert(grants)
      .values({
        id: grantId,
        appId,
        xeroUserId: consent.xeroUserId,
        email: consent.email,
        name: consent.name,
        authEventIds: [consent.authEventId],
        tokenSetEnc: sealTokens(tokens),
        accessExpiresAt: new Date(0),
        refreshObtainedAt: now,
        createdAt: now,
        updatedAt: now,
      });

    const printed = await cli("--api-key", keys.tokens, "token", grantId);
    expect(printed.code).toBe(0);
    const accessToken = printed.stdout.trim();
    const xero = await fetch(`${sb.endpoints.apiBase}/connections`, { headers: { authorization: `Bearer ${accessToken}` } });
    expect(xero.status).toBe(200);
    expect(((await xero.json()) as { tenantId: string }[]).map((c) => c.tenantId).sort()).toEqual([...consent.tenantIds].sort());
    const json = JSON.parse((await cli("--api-key", keys.tokens, "token", grantId, "--json")).stdout) as { grantId: string; tenantIds: string[] };
    expect(json.grantId).toBe(grantId);

    const missing = await cli("--api-key", keys.tokens, "token", "00000000-0000-4000-8000-000000000000");
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/^connection-desk: \S/);
  });
});

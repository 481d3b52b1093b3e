import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { count, eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { connections, endUsers, grants, xeroApps } from "@/db/schema";
import { encrypt } from "@/lib/crypto";
import { resetEnvForTests } from "@/lib/env";
import { callApi, expectDocumented, insertTestApiKey } from "@/lib/testing/api";
import { startSandbox, type Sandbox } from "@/lib/xero/testing/sandbox-kit";
import { refreshTokens } from "@/lib/xero/tokens";
import * as importRoute from "@/app/api/v1/grants/import/route";
import * as observeRoute from "@/app/api/v1/observations/route";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

// Import and observe-only through the REST API, against the sandbox over HTTP: Xero is asked first, and
// nothing is stored when it refuses the token.

let sb: Sandbox;
let write: string;
let appId: string;

async function registerSandboxApp(name: string): Promise<string> {
  const seeded = sb.app(name);
  const id = crypto.randomUUID();
  const at = new Date();
  await getDb()
    .insert(xeroApps)
    .values({
      id,
      name,
      environment: "production",
      plan: seeded.plan,
      clientId: seeded.clientId,
      clientSecretEnc: seeded.clientSecret ? encrypt(seeded.clientSecret) : null,
      redirectUri: "http://x/cb",
      scopes: "openid email profile offline_access accounting.settings.read",
      createdAt: at,
      updatedAt: at,
    });
  return id;
}

const grantCount = async () => (await getDb().select({ n: count() }).from(grants))[0]!.n;
const postImport = (body: unknown) => callApi(importRoute.POST, { path: "/grants/import", method: "POST", key: write, body });
const postObservation = (body: unknown) => callApi(observeRoute.POST, { path: "/observations", method: "POST", key: write, body });

beforeAll(async () => {
  await migrateConfiguredDatabase();
  sb = await startSandbox();
  process.env.APP_URL = sb.endpoints.identityBase.replace(/\/sandbox\/xero\/identity$/, "");
  resetEnvForTests();
  write = (await insertTestApiKey(["write"])).secret;
  appId = await registerSandboxApp("Acme Ledger Sync (prod)");
});
afterAll(async () => {
  delete process.env.APP_URL;
  resetEnvForTests();
  await sb.close();
});

type ImportAnswer = {
  grant: { id: string; source: string; xeroUser: { id: string; email: string }; endUser: { externalId: string } | null };
  created: boolean;
  connections: Array<{ id: string; tenantId: string }>;
  notice: string;
};

describe("POST /grants/import", () => {
  it("redeems the token, stores the grant with its connections for the end user, and says the token rotated", async () => {
    const consent = sb.app("Acme Ledger Sync (prod)").consents[0]!;
    const res = await postImport({ appId, refreshToken: consent.refreshToken, endUser: { id: "cust-42", email: "Owner@Customer.example", account: { id: "acct-7", name: "Customer Co" } } });
    expect(res.status).toBe(200);
    const body = (await expectDocumented("POST", "/grants/import", res)) as ImportAnswer;
    expect(body.created).toBe(true);
    expect(body.grant).toMatchObject({ source: "import", xeroUser: { id: consent.xeroUserId, email: consent.email }, endUser: { externalId: "cust-42" } });
    expect(body.connections.map((c) => c.tenantId).sort()).toEqual([...consent.tenantIds].sort());
    expect(body.notice).toMatch(/rotated/);
    const row = (await getDb().select().from(grants).where(eq(grants.id, body.grant.id)).limit(1))[0]!;
    expect(row.tokenSetEnc).toBeTruthy();
    expect(row.tokenSetEnc).not.toContain(consent.refreshToken);
    const attributed = await getDb().select({ endUserId: connections.endUserId }).from(connections).where(eq(connections.grantId, row.id));
    expect(attributed.every((c) => c.endUserId === row.endUserId && c.endUserId !== null)).toBe(true);

    // Again (a retried bulk import, inside Xero's grace period): the same grant, updated, never a second one.
    const before = await grantCount();
    const again = (await expectDocumented("POST", "/grants/import", await postImport({ appId, refreshToken: consent.refreshToken, endUser: { id: "cust-42" } }))) as ImportAnswer;
    expect(again.created).toBe(false);
    expect(again.grant.id).toBe(body.grant.id);
    expect(await grantCount()).toBe(before);
    expect((await getDb().select({ n: count() }).from(endUsers).where(eq(endUsers.externalId, "cust-42")))[0]!.n).toBe(1);
  });

  it("re-running a bulk import of 20 is idempotent: one grant, one end user (time printed, not asserted)", async () => {
    const consent = sb.app("Acme Ledger Sync (prod)").consents[2]!;
    const started = performance.now();
    const answers: ImportAnswer[] = [];
    for (let i = 0; i < 20; i++) answers.push((await (await postImport({ appId, refreshToken: consent.refreshToken, endUser: { id: "cust-bulk" } })).json()) as ImportAnswer);
    console.log(`20 imports of one grant over HTTP: ${Math.round(performance.now() - started)} ms`);
    expect(answers.map((a) => a.created)).toEqual([true, ...Array<boolean>(19).fill(false)]);
    expect(new Set(answers.map((a) => a.grant.id)).size).toBe(1);
  });

  it("refuses another app's refresh token or a made-up one with 409 and stores nothing", async () => {
    const foreign = sb.app("Acme Payroll Bridge").consents[0]!.refreshToken;
    for (const refreshToken of [foreign, "this-token-was-never-issued"]) {
      const before = await grantCount();
      const res = await postImport({ appId, refreshToken, endUser: { id: `refused-${refreshToken.length}` } });
      expect(res.status).toBe(409);
      expect(await expectDocumented("POST", "/grants/import", res)).toMatchObject({ error: { code: "conflict", message: expect.stringMatching(/invalid_grant.*Nothing was stored/) } });
      expect(await grantCount()).toBe(before);
      expect(
        (
          await getDb()
            .select()
            .from(endUsers)
            .where(eq(endUsers.externalId, `refused-${refreshToken.length}`))
            .limit(1)
        )[0],
      ).toBeUndefined();
    }
  });

  it("answers 404 for an app it does not know", async () => {
    const res = await postImport({ appId: crypto.randomUUID(), refreshToken: "whatever-token-1234" });
    expect(res.status).toBe(404);
    await expectDocumented("POST", "/grants/import", res);
  });
});

describe("POST /observations", () => {
  it("records the token's connections as observed, attributed to the Xero user and the end user, and keeps no token", async () => {
    const seeded = sb.app("Acme Ledger Sync (prod)");
    const consent = seeded.consents[1]!;
    // The team's product refreshes its own token, then shows Connection Desk the access token only.
    const held = await refreshTokens({ endpoints: sb.endpoints, clientId: seeded.clientId, clientSecret: seeded.clientSecret!, refreshToken: consent.refreshToken });
    const res = await postObservation({ appId, accessToken: held.accessToken, endUser: { id: "cust-observed", displayName: "Observed Customer" } });
    expect(res.status).toBe(201);
    const body = (await expectDocumented("POST", "/observations", res)) as {
      grant: { id: string; source: string; xeroUser: { id: string }; lastObservedAt: string };
      connections: Array<{ tenantId: string }>;
    };
    expect(body.grant).toMatchObject({ source: "observed", xeroUser: { id: consent.xeroUserId } });
    expect(body.grant.lastObservedAt).toBeTruthy();
    expect(body.connections.map((c) => c.tenantId).sort()).toEqual([...consent.tenantIds].sort());
    const row = (await getDb().select().from(grants).where(eq(grants.id, body.grant.id)).limit(1))[0]!;
    expect(row.tokenSetEnc).toBeNull();
    expect(row.source).toBe("observed");
    const endUser = (await getDb().select().from(endUsers).where(eq(endUsers.externalId, "cust-observed")).limit(1))[0]!;
    const attributed = await getDb().select({ endUserId: connections.endUserId }).from(connections).where(eq(connections.grantId, row.id));
    expect(attributed.length).toBe(consent.tenantIds.length);
    expect(attributed.every((c) => c.endUserId === endUser.id)).toBe(true);
    // Reported again: the same grant.
    const again = (await (await postObservation({ appId, accessToken: held.accessToken })).json()) as { grant: { id: string } };
    expect(again.grant.id).toBe(body.grant.id);
  });

  it("refuses an access token issued to another app, and junk, with 409 and records nothing", async () => {
    const other = sb.app("Acme Payroll Bridge");
    const foreign = await refreshTokens({ endpoints: sb.endpoints, clientId: other.clientId, clientSecret: other.clientSecret!, refreshToken: other.consents[0]!.refreshToken });
    for (const accessToken of [foreign.accessToken, "eyJhbGciOiJub25lIn0.e30.not-signed"]) {
      const before = await grantCount();
      const res = await postObservation({ appId, accessToken });
      expect(res.status).toBe(409);
      expect(await expectDocumented("POST", "/observations", res)).toMatchObject({ error: { code: "conflict", message: expect.stringMatching(/Nothing was recorded/) } });
      expect(await grantCount()).toBe(before);
    }
  });
});

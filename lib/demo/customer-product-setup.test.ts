import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { seedAdmin } from "@/db/seed";
import { seedDemoData } from "@/db/seed-demo";
import { apiKeys, endUsers, grants, xeroApps } from "@/db/schema";
import { authenticateApiKey } from "@/lib/api-keys/authenticate";
import { startSandboxServer } from "@/lib/xero-sandbox/test-server";
import { customerProductConfigFile, DEMO_PRODUCT_APP, prepareCustomerProduct } from "./customer-product-setup";

// First start in sandbox mode: the demo app's Xero users are the team's customers (they arrive through the
// API after start: e2e/api/demo-data.spec.ts), and the demo customer product gets a key of its own (kept in DATA_DIR, not printed) and its return address allowed.

let sandbox: Awaited<ReturnType<typeof startSandboxServer>>;

beforeAll(async () => {
  await migrateConfiguredDatabase();
  await seedAdmin();
  sandbox = await startSandboxServer();
  expect(await seedDemoData()).not.toBeNull();
});
afterAll(() => sandbox.close());

const demoApp = async () => (await getDb().select().from(xeroApps).where(eq(xeroApps.name, DEMO_PRODUCT_APP)).limit(1))[0]!;

describe("demo data", () => {
  it("leaves the production app's customers to the API (lib/demo/demo-customers.ts) and holds the other apps' consents", async () => {
    const rows = await getDb().select({ app: xeroApps.name, email: grants.email, source: grants.source, endUserId: grants.endUserId }).from(grants).innerJoin(xeroApps, eq(xeroApps.id, grants.appId));
    expect(rows.filter((r) => r.app === DEMO_PRODUCT_APP)).toEqual([]);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.source === "dashboard" && r.endUserId === null)).toBe(true);
    expect(await getDb().select().from(endUsers)).toEqual([]);
  });

  it("records a portal count above what Connection Desk knows for the staging app", async () => {
    const staging = (await getDb().select().from(xeroApps).where(eq(xeroApps.name, "Acme Ledger Sync (staging)")).limit(1))[0]!;
    // The sandbox seed gives it one Xero user with 2 connections: Xero's 6 leaves 4 made elsewhere.
    expect(staging.portalConnectionCount).toBe(6);
    expect(staging.portalCountReadAt).toBeInstanceOf(Date);
  });
});

describe("prepareCustomerProduct", () => {
  it("makes a key for the product once, keeps it private, and allows the product's return URL", async () => {
    const config = (await prepareCustomerProduct("http://localhost:3001/"))!;
    expect(config.appId).toBe((await demoApp()).id);
    expect(fs.statSync(customerProductConfigFile()).mode & 0o077).toBe(0);
    const check = await authenticateApiKey(`Bearer ${config.apiKey}`);
    expect(check.ok && [...check.key.scopes].sort()).toEqual(["read", "tokens", "write"]);
    expect((await demoApp()).allowedReturnUrls).toEqual(["http://localhost:3001/xero/return"]);

    // Next start: the same key, no second return URL.
    expect(await prepareCustomerProduct("http://localhost:3001")).toEqual(config);
    expect((await demoApp()).allowedReturnUrls).toEqual(["http://localhost:3001/xero/return"]);
    expect(await getDb().select().from(apiKeys)).toHaveLength(1);
  });

  it("replaces a revoked key", async () => {
    const before = JSON.parse(fs.readFileSync(customerProductConfigFile(), "utf8")) as { apiKey: string };
    await getDb().update(apiKeys).set({ revokedAt: new Date() }).where(isNull(apiKeys.revokedAt));
    const after = (await prepareCustomerProduct("http://localhost:3001"))!;
    expect(after.apiKey).not.toBe(before.apiKey);
    expect((await authenticateApiKey(`Bearer ${after.apiKey}`)).ok).toBe(true);
  });
});

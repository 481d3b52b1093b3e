import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { seedAdmin } from "@/db/seed";
import { seedDemoData } from "@/db/seed-demo";
import { endUsers, grants, xeroApps } from "@/db/schema";
import { env, resetEnvForTests } from "@/lib/env";
import { expectDocumented } from "@/lib/testing/api";
import { startApiServer } from "@/lib/testing/api-http-server";
import { prepareSandbox } from "@/lib/xero-sandbox/prepare";
import { customerProductReturnUrl, DEMO_PRODUCT_APP, prepareCustomerProduct } from "./customer-product-setup";
import { addDemoCustomers } from "./demo-customers-run";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

// A first start's demo customers, over real HTTP: the API, a connect link's start, Xero's callback and the
// sandbox behind one loopback server standing in for the built app. Nothing is written to the database
// except by those route handlers.

let server: Awaited<ReturnType<typeof startApiServer>>;
const lines: string[] = [];
let run: () => ReturnType<typeof addDemoCustomers>;

beforeAll(async () => {
  server = await startApiServer({ routes: ["app/connect/[token]/start/route.ts", "app/api/xero/callback/route.ts"], sandbox: true });
  // The sandbox's seed and every link the server makes use APP_URL: this server.
  process.env.APP_URL = server.url;
  resetEnvForTests();
  await migrateConfiguredDatabase();
  await seedAdmin();
  await prepareSandbox();
  expect(await seedDemoData()).not.toBeNull();
  const product = (await prepareCustomerProduct("http://127.0.0.1:9"))!;
  run = () =>
    addDemoCustomers({
      localOrigin: server.url,
      appUrl: env().appUrl,
      dataDir: env().dataDir,
      appName: DEMO_PRODUCT_APP,
      apiKey: product.apiKey,
      appId: product.appId,
      returnUrl: customerProductReturnUrl("http://127.0.0.1:9"),
      log: (line) => lines.push(line),
    });
}, 60_000);
afterAll(async () => {
  await server?.close();
  delete process.env.APP_URL;
  resetEnvForTests();
});

const customerGrants = async () =>
  (
    await getDb()
      .select({ customer: endUsers.externalId, source: grants.source, email: grants.email })
      .from(grants)
      .innerJoin(xeroApps, eq(xeroApps.id, grants.appId))
      .innerJoin(endUsers, eq(endUsers.id, grants.endUserId))
      .where(eq(xeroApps.name, DEMO_PRODUCT_APP))
  ).sort((a, b) => a.customer.localeCompare(b.customer));

describe("addDemoCustomers", () => {
  it("brings Acme Ledger Sync (prod)'s customers in by import, observation and connect session, beside the dashboard's grants", async () => {
    expect((await run()).added).toEqual(["cust-wei", "cust-silva", "cust-hogan"]);
    expect(await customerGrants()).toEqual([
      { customer: "cust-hogan", source: "import", email: "ben.hogan@example.com" },
      { customer: "cust-silva", source: "observed", email: "ana.silva@example.com" },
      { customer: "cust-wei", source: "connect_session", email: "chen.wei@example.com" },
    ]);
    expect(new Set((await getDb().select({ source: grants.source }).from(grants)).map((g) => g.source))).toEqual(new Set(["dashboard", "import", "observed", "connect_session"]));
    expect(lines).toEqual([
      "Demo data: Chen Wei (cust-wei) arrived by connect session: 4 connection(s) of Acme Ledger Sync (prod).",
      "Demo data: Ana Silva (cust-silva) arrived by observation: 7 connection(s) of Acme Ledger Sync (prod).",
      "Demo data: Ben Hogan (cust-hogan) arrived by import: 13 connection(s) of Acme Ledger Sync (prod).",
    ]);
    for (const answer of server.answers.splice(0)) await expectDocumented(answer.method, answer.path.split("?")[0]!, answer.response);
  }, 60_000);

  it("a second start adds nothing and duplicates nothing", async () => {
    const before = (await getDb().select().from(grants)).length;
    expect((await run()).added).toEqual([]);
    expect(await getDb().select().from(grants)).toHaveLength(before);
    expect(await customerGrants()).toHaveLength(3);
  });
});

import { beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { connections, grants } from "@/db/schema";
import { testSession } from "@/lib/testing/auth-mock";
import { insertTestUser } from "@/lib/testing/users";
import { attributeToEndUser, insertApp, insertConnection, insertEndUser, insertGrant } from "@/lib/testing/fixtures";
import type { ConnectionFilters } from "./filters";
import { listConnections } from "./queries";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

// The Connections page's total is counted without the grant and app joins unless a filter reads them
// (countConnections): whatever the filters, it must equal the rows the list itself returns.

let prodApp = "";
let ben = "";
let benEmail = "";
let orgTenant = "";

beforeAll(async () => {
  await migrateConfiguredDatabase();
  testSession.userId = (await insertTestUser("support")).id;
  prodApp = await insertApp({ name: "Prod app", environment: "production" });
  const devApp = await insertApp({ name: "Dev app", environment: "development" });
  ben = await insertGrant(prodApp, "Ben");
  const ana = await insertGrant(prodApp, "Ana");
  const dev = await insertGrant(devApp, "Dev");
  const made = [];
  for (let i = 0; i < 4; i++) made.push(await insertConnection(prodApp, ben, `Harbour Foods ${i}`));
  for (let i = 0; i < 3; i++) made.push(await insertConnection(prodApp, ana, `Kauri Books ${i}`));
  for (let i = 0; i < 2; i++) made.push(await insertConnection(devApp, dev, `Dev Org ${i}`));
  orgTenant = made[0]!.tenantId;
  await getDb().update(connections).set({ status: "stale" }).where(eq(connections.id, made[1]!.id));
  await getDb().update(connections).set({ status: "disconnected" }).where(eq(connections.id, made[2]!.id));
  await getDb().update(grants).set({ status: "needs_reauth" }).where(eq(grants.id, ana));
  benEmail = (await getDb().select({ email: grants.email }).from(grants).where(eq(grants.id, ben)))[0]!.email;
  const customer = await insertEndUser("cust-total", { email: "owner@harbour.test", tags: ["pilot"] });
  await attributeToEndUser(customer, ben, [made[0]!.id]);
});

describe("the Connections list's total", () => {
  const cases: Array<[string, () => ConnectionFilters, number]> = [
    ["no filters (not disconnected)", () => ({}), 8],
    ["every status", () => ({ status: "all" }), 9],
    ["stale", () => ({ status: "stale" }), 1],
    ["broken (reads the grant)", () => ({ status: "broken" }), 3],
    ["an app", () => ({ app: prodApp }), 6],
    ["an environment (reads the app)", () => ({ environment: "development" }), 2],
    ["a Xero user's email (reads the grant)", () => ({ user: benEmail }), 3],
    ["an organisation", () => ({ tenant: orgTenant }), 1],
    ["a customer's tag (their grant's connections)", () => ({ tag: "pilot" }), 3],
    ["a search", () => ({ q: "Kauri" }), 3],
    ["environment, status and search together", () => ({ environment: "production", status: "active", q: "Harbour" }), 2],
  ];
  it.each(cases)("%s", async (_, filters, expected) => {
    const page = await listConnections(filters(), 1000);
    expect(page.rows).toHaveLength(expected);
    expect(page.total).toBe(expected);
  });
});

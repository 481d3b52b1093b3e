import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

// Issue 11: the first start's demo data comes through the real paths. The suite's server was started by
// scripts/start.ts on an empty DATA_DIR; right after it answered, the demo customer product's key brought
// Acme Ledger Sync (prod)'s customers in over the API (lib/demo/demo-customers-run.ts): Chen Wei by a
// connect session, Ana Silva by observation, Ben Hogan by import. The other apps' grants are the
// dashboard's own. Read through the API with that same key, as the product would.

const CUSTOMERS = ["cust-hogan", "cust-silva", "cust-wei"];

type Grant = { source: string; xeroUser: { email: string }; endUser: { externalId: string } | null; connectionCount: number };

test("the demo's customers arrive by connect session, observation and import, beside the dashboard's own grants", async ({ request, baseURL }) => {
  const { apiKey, appId } = JSON.parse(fs.readFileSync(path.join(process.env.E2E_DATA_DIR!, "customer-product.json"), "utf8")) as { apiKey: string; appId: string };
  const headers = { authorization: `Bearer ${apiKey}` };
  const byCustomer = async () => {
    const res = await request.get(`${baseURL}/api/v1/grants?app=${appId}`, { headers });
    expect(res.status()).toBe(200);
    const grants = ((await res.json()) as { data: Grant[] }).data.filter((g) => CUSTOMERS.includes(g.endUser?.externalId ?? ""));
    return Object.fromEntries(grants.map((g) => [g.endUser!.externalId, { source: g.source, email: g.xeroUser.email, connections: g.connectionCount }]));
  };
  // Added in the background after the server answered: wait for the last of them.
  await expect.poll(async () => Object.keys(await byCustomer()).length, { timeout: 60_000 }).toBe(3);
  expect(await byCustomer()).toEqual({
    "cust-wei": { source: "connect_session", email: "chen.wei@example.com", connections: 4 },
    "cust-silva": { source: "observed", email: "ana.silva@example.com", connections: 7 },
    "cust-hogan": { source: "import", email: "ben.hogan@example.com", connections: 13 },
  });

  // The dashboard's own consents (the production key sees the production apps).
  const dashboard = await request.get(`${baseURL}/api/v1/grants?source=dashboard`, { headers });
  const own = ((await dashboard.json()) as { data: Grant[] }).data;
  expect(own.map((g) => g.xeroUser.email)).toContain("priya.patel@example.com");
  expect(own.every((g) => g.endUser === null)).toBe(true);
});

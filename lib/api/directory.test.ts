import { beforeAll, describe, expect, it, vi } from "vitest";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { callApi, expectDocumented, insertTestApiKey } from "@/lib/testing/api";
import { attributeToEndUser, insertApp, insertConnection, insertEndUser, insertGrant } from "@/lib/testing/fixtures";
import * as connectionsRoute from "@/app/api/v1/connections/route";
import * as organisationsRoute from "@/app/api/v1/organisations/route";
import * as organisationRoute from "@/app/api/v1/organisations/[tenantId]/route";
import * as xeroUsersRoute from "@/app/api/v1/xero-users/route";
import * as endUsersRoute from "@/app/api/v1/end-users/route";
import * as endUserRoute from "@/app/api/v1/end-users/[id]/route";
import * as grantsRoute from "@/app/api/v1/grants/route";
import * as grantRoute from "@/app/api/v1/grants/[id]/route";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

// The read endpoints over the team's customers: every answer is checked against the OpenAPI document.

const NO_ID = "00000000-0000-4000-8000-000000000000";
let read: string;
let devRead: string;
const ids = {} as Record<"prod" | "dev" | "maya" | "omar" | "mayaGrant" | "omarGrant" | "benGrant", string>;
let sharedTenant: string;

type Page<T> = { data: T[]; nextCursor: string | null };
type EndUser = { id: string; externalId: string; account: { id: string; name: string | null } | null; tags: string[] };

async function get<T>(handler: typeof connectionsRoute.GET, path: string, params?: Record<string, string>, key = read): Promise<{ status: number; body: T }> {
  const res = await callApi(handler, { path, key, params });
  return { status: res.status, body: (await expectDocumented("GET", path, res)) as T };
}

/** Walks every page of a list with a small limit; fails if a page repeats an item. */
async function all<T extends Record<string, unknown>>(handler: typeof connectionsRoute.GET, path: string, idOf: (t: T) => string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes("?") ? "&" : "?";
    const { body }: { body: Page<T> } = await get<Page<T>>(handler, `${path}${sep}limit=2${cursor ? `&cursor=${cursor}` : ""}`);
    items.push(...body.data);
    cursor = body.nextCursor;
  } while (cursor);
  expect(new Set(items.map(idOf)).size, `${path}: no item twice`).toBe(items.length);
  return items;
}

beforeAll(async () => {
  await migrateConfiguredDatabase();
  read = (await insertTestApiKey(["read"])).secret;
  devRead = (await insertTestApiKey(["read"], "development")).secret;
  ids.prod = await insertApp({ name: "Reads Ledger (prod)", environment: "production" });
  ids.dev = await insertApp({ name: "Reads Ledger (dev)", environment: "development" });
  // Maya (account Northwind, tags pro + eu) connected two organisations through a connect session;
  // Omar (account Contoso, tag pro) one through an import; Ben's connection was made in the dashboard.
  ids.maya = await insertEndUser("cust-maya", { email: "maya@northwind.test", displayName: "Maya Patel", accountId: "acct-northwind", accountName: "Northwind", tags: ["pro", "eu"] });
  ids.omar = await insertEndUser("cust-omar", { displayName: "Omar Haddad", accountId: "acct-contoso", accountName: "Contoso", tags: ["pro"] });
  ids.mayaGrant = await insertGrant(ids.prod, "Maya");
  const shared = await insertConnection(ids.prod, ids.mayaGrant, "Reads Shared Org");
  sharedTenant = shared.tenantId;
  await insertConnection(ids.prod, ids.mayaGrant, "Reads Second Org");
  await attributeToEndUser(ids.maya, ids.mayaGrant);
  ids.omarGrant = await insertGrant(ids.dev, "Omar");
  await insertConnection(ids.dev, ids.omarGrant, "Reads Dev Org");
  // Only the grant carries Omar: his connection is his through it.
  await attributeToEndUser(ids.omar, ids.omarGrant, [], "import");
  ids.benGrant = await insertGrant(ids.prod, "Ben");
  await insertConnection(ids.prod, ids.benGrant, "Reads Ben Org");
});

describe("GET /connections by customer, account and tag", () => {
  type Conn = { tenantName: string; endUser: EndUser | null; xeroUser: { name: string } };
  it("shows the customer beside the Xero user, and null for dashboard connections", async () => {
    const { body } = await get<Page<Conn>>(connectionsRoute.GET, `/connections?q=Reads&limit=50`);
    const byName = Object.fromEntries(body.data.map((c) => [c.tenantName, c]));
    expect(byName["Reads Shared Org"]!.endUser).toMatchObject({ id: ids.maya, externalId: "cust-maya", account: { id: "acct-northwind", name: "Northwind" }, tags: ["pro", "eu"] });
    expect(byName["Reads Shared Org"]!.xeroUser.name).toBe("Maya");
    expect(byName["Reads Dev Org"]!.endUser).toMatchObject({ externalId: "cust-omar" });
    expect(byName["Reads Ben Org"]!.endUser).toBeNull();
  });

  it("filters by customer (their id, ours or email), account and tag", async () => {
    const names = async (query: string) => (await get<Page<Conn>>(connectionsRoute.GET, `/connections?${query}`)).body.data.map((c) => c.tenantName).sort();
    expect(await names("customer=cust-maya")).toEqual(["Reads Second Org", "Reads Shared Org"]);
    expect(await names(`customer=${ids.maya}`)).toEqual(["Reads Second Org", "Reads Shared Org"]);
    expect(await names("customer=maya%40northwind.test")).toEqual(["Reads Second Org", "Reads Shared Org"]);
    expect(await names("account=acct-contoso")).toEqual(["Reads Dev Org"]);
    expect(await names("tag=pro")).toEqual(["Reads Dev Org", "Reads Second Org", "Reads Shared Org"]);
    expect(await names("tag=eu")).toEqual(["Reads Second Org", "Reads Shared Org"]);
    expect(await names("tag=nobody")).toEqual([]);
  });

  it("search finds connections by the customer's name, account name, id and email", async () => {
    const names = async (q: string) => (await get<Page<Conn>>(connectionsRoute.GET, `/connections?q=${encodeURIComponent(q)}`)).body.data.map((c) => c.tenantName).sort();
    expect(await names("Patel")).toEqual(["Reads Second Org", "Reads Shared Org"]);
    expect(await names("Contoso")).toEqual(["Reads Dev Org"]);
    expect(await names("cust-omar")).toEqual(["Reads Dev Org"]);
    expect(await names("maya@northwind")).toEqual(["Reads Second Org", "Reads Shared Org"]);
  });
});

describe("GET /end-users", () => {
  it("lists customers with counts, pages by cursor and filters by account, tag and search", async () => {
    const everyone = await all<EndUser & { connectionCount: number; grantCount: number }>(endUsersRoute.GET, "/end-users", (e) => e.id);
    const maya = everyone.find((e) => e.id === ids.maya)!;
    expect(maya).toMatchObject({ externalId: "cust-maya", grantCount: 1, connectionCount: 2 });
    expect(everyone.find((e) => e.id === ids.omar)).toMatchObject({ grantCount: 1, connectionCount: 1 });
    const externalIds = async (query: string) => (await get<Page<EndUser>>(endUsersRoute.GET, `/end-users?${query}`)).body.data.map((e) => e.externalId);
    expect(await externalIds("account=acct-northwind")).toEqual(["cust-maya"]);
    expect(await externalIds("tag=pro")).toEqual(["cust-maya", "cust-omar"]);
    expect(await externalIds("q=Haddad")).toEqual(["cust-omar"]);
    expect(await externalIds("q=maya%40")).toEqual(["cust-maya"]);
  });

  it("answers one customer with their grants, 404 for an unknown one, and limits keys to their environment", async () => {
    const { body } = await get<{ externalId: string; grants: Array<{ id: string; source: string; xeroUser: { name: string } }> }>(endUserRoute.GET, `/end-users/${ids.maya}`, { id: ids.maya });
    expect(body.grants).toEqual([expect.objectContaining({ id: ids.mayaGrant, source: "connect_session", xeroUser: expect.objectContaining({ name: "Maya" }) })]);
    expect((await get(endUserRoute.GET, `/end-users/${NO_ID}`, { id: NO_ID })).status).toBe(404);
    // Maya has grants only in production: a development key does not see her.
    expect((await get(endUserRoute.GET, `/end-users/${ids.maya}`, { id: ids.maya }, devRead)).status).toBe(404);
    const dev = await get<Page<EndUser>>(endUsersRoute.GET, "/end-users", undefined, devRead);
    expect(dev.body.data.map((e) => e.externalId)).toEqual(["cust-omar"]);
  });
});

describe("GET /grants", () => {
  type Grant = { id: string; source: string; status: string; endUser: EndUser | null; connectionCount: number };
  it("filters by app, source and customer and never returns a token", async () => {
    const prod = await all<Grant>(grantsRoute.GET, `/grants?app=${ids.prod}`, (g) => g.id);
    expect(prod.map((g) => g.id).sort()).toEqual([ids.mayaGrant, ids.benGrant].sort());
    expect((await get<Page<Grant>>(grantsRoute.GET, `/grants?source=import`)).body.data.map((g) => g.id)).toContain(ids.omarGrant);
    expect((await get<Page<Grant>>(grantsRoute.GET, `/grants?endUser=${ids.maya}`)).body.data).toEqual([
      expect.objectContaining({ id: ids.mayaGrant, connectionCount: 2, endUser: expect.objectContaining({ externalId: "cust-maya" }) }),
    ]);
    expect((await get<Page<Grant>>(grantsRoute.GET, `/grants?status=revoked&app=${ids.prod}`)).body.data).toEqual([]);
    const one = await callApi(grantRoute.GET, { path: `/grants/${ids.benGrant}`, key: read, params: { id: ids.benGrant } });
    const text = JSON.stringify(await expectDocumented("GET", `/grants/${ids.benGrant}`, one));
    expect(text).toContain('"endUser":null');
    expect(text).not.toMatch(/token|Enc/i);
  });

  it("hides another environment's grant and refuses a bad filter", async () => {
    expect((await get(grantRoute.GET, `/grants/${ids.mayaGrant}`, { id: ids.mayaGrant }, devRead)).status).toBe(404);
    const bad = await get<{ error: { code: string } }>(grantsRoute.GET, "/grants?source=fax");
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalid_request");
  });
});

describe("GET /organisations and /xero-users", () => {
  it("lists organisations by cursor and shows who connected each, Xero user and customer", async () => {
    const orgs = await all<{ tenantId: string; name: string; connections: number }>(organisationsRoute.GET, "/organisations?q=Reads", (o) => o.tenantId);
    expect(orgs.map((o) => o.name)).toEqual(["Reads Ben Org", "Reads Dev Org", "Reads Second Org", "Reads Shared Org"]);
    const dev = await get<Page<{ name: string }>>(organisationsRoute.GET, "/organisations?q=Reads", undefined, devRead);
    expect(dev.body.data.map((o) => o.name)).toEqual(["Reads Dev Org"]);
    const { body } = await get<{ apps: Array<{ appId: string; connections: Array<{ xeroUser: { name: string }; endUser: EndUser | null }> }> }>(
      organisationRoute.GET,
      `/organisations/${sharedTenant}`,
      { tenantId: sharedTenant },
    );
    expect(body.apps[0]!.connections[0]).toMatchObject({ xeroUser: { name: "Maya" }, endUser: { externalId: "cust-maya", account: { name: "Northwind" } } });
    expect((await get(organisationRoute.GET, `/organisations/${sharedTenant}`, { tenantId: sharedTenant }, devRead)).status).toBe(404);
    expect((await get(organisationRoute.GET, `/organisations/${NO_ID}`, { tenantId: NO_ID })).status).toBe(404);
  });

  it("lists Xero users with their grants and customers, by cursor", async () => {
    type XeroUser = { name: string; connections: number; grants: Array<{ grantId: string; endUser: { externalId: string } | null }> };
    const users = await all<XeroUser>(xeroUsersRoute.GET, "/xero-users", (u) => (u as unknown as { xeroUserId: string }).xeroUserId);
    const maya = users.find((u) => u.name === "Maya")!;
    expect(maya).toMatchObject({ connections: 2, grants: [{ grantId: ids.mayaGrant, endUser: { externalId: "cust-maya" } }] });
    expect(users.find((u) => u.grants.some((g) => g.grantId === ids.benGrant))!.grants[0]!.endUser).toBeNull();
    const dev = await get<Page<XeroUser>>(xeroUsersRoute.GET, "/xero-users", undefined, devRead);
    expect(dev.body.data.flatMap((u) => u.grants.map((g) => g.grantId))).not.toContain(ids.mayaGrant);
  });
});

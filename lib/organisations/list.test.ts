import { beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { organisations } from "@/db/schema";
import { SEARCH_CAP } from "@/lib/search/cap";
import { testSession } from "@/lib/testing/auth-mock";
import { insertTestUser } from "@/lib/testing/users";
import { insertApp, insertConnection, insertGrant } from "@/lib/testing/fixtures";
import { listOrganisations, listOrganisationsAfter, ORG_PAGE_SIZE } from "./queries";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

// The organisations page lists a search's first SEARCH_CAP matches found, by name, and says when more matched
// (as /connections does); the REST API pages through every match in name order, exactly.

const tenantOf = (i: number) => `71000000-0000-4000-8000-${String(i).padStart(12, "0")}`;

beforeAll(async () => {
  await migrateConfiguredDatabase();
  testSession.userId = (await insertTestUser("support")).id;
  const at = new Date();
  // Inserted in an order other than by name, so the order found is not the order listed.
  const rows = Array.from({ length: SEARCH_CAP + 1 }, (_, i) => ({ tenantId: tenantOf(i), name: `Broadleaf ${(i * 7919) % (SEARCH_CAP + 1)}`, type: "ORGANISATION", firstSeenAt: at, updatedAt: at }));
  for (let i = 0; i < rows.length; i += 200)
    await getDb()
      .insert(organisations)
      .values(rows.slice(i, i + 200));
});

const names = (rows: Array<{ name: string }>) => rows.map((r) => r.name);

describe("a search on the organisations page", () => {
  it(`counts and lists its first ${SEARCH_CAP} matches by name, and says more matched`, async () => {
    const first = await listOrganisations({ q: "Broadleaf" });
    expect(first).toMatchObject({ total: SEARCH_CAP, capped: true, page: 1 });
    expect(first.rows).toHaveLength(ORG_PAGE_SIZE);
    const seen = [...first.rows];
    for (let page = 2; page <= SEARCH_CAP / ORG_PAGE_SIZE; page++) seen.push(...(await listOrganisations({ q: "Broadleaf", page })).rows);
    // Every listed organisation once, in name order across the pages; one match left out.
    expect(new Set(seen.map((r) => r.tenantId)).size).toBe(SEARCH_CAP);
    expect(names(seen)).toEqual([...names(seen)].sort());
    expect((await listOrganisations({ q: "Broadleaf", page: SEARCH_CAP / ORG_PAGE_SIZE + 1 })).rows).toEqual([]);
  });

  it("gives the exact count when it is within the cap, and finds an organisation by its tenant id", async () => {
    expect(await listOrganisations({ q: "Broadleaf 99" })).toMatchObject({ total: 11, capped: false });
    const byId = await listOrganisations({ q: tenantOf(5).toUpperCase() });
    expect(byId).toMatchObject({ total: 1, capped: false, rows: [{ tenantId: tenantOf(5) }] });
    expect(await listOrganisations({ q: "Nowhere" })).toMatchObject({ total: 0, capped: false, rows: [] });
  });

  it("counts a page's connections, apps and slots as before", async () => {
    const app = await insertApp({ name: "Counting", plan: "core" });
    const grant = await insertGrant(app, "Cy");
    const made = await insertConnection(app, grant, "Tuatara Traders");
    expect((await listOrganisations({ q: "Tuatara" })).rows).toEqual([expect.objectContaining({ tenantId: made.tenantId, connections: 1, apps: 1, slots: 1 })]);
    expect(await listOrganisations({ q: "Tuatara", atCap: "1" })).toMatchObject({ total: 0, capped: false, rows: [] });
  });

  it("is exact on the REST API: every match, by name then tenant id", async () => {
    // Two organisations of one name: the tenant id orders them, on the page and through the cursor.
    const at = new Date();
    await getDb()
      .insert(organisations)
      .values({ tenantId: tenantOf(5000), name: "Broadleaf 500", type: "ORGANISATION", firstSeenAt: at, updatedAt: at });
    const all: Array<{ name: string; tenantId: string }> = [];
    let cursor: string | undefined;
    do {
      const page = await listOrganisationsAfter({ q: "Broadleaf" }, cursor, 300);
      all.push(...page.rows);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(all).toHaveLength(SEARCH_CAP + 2);
    const keys = all.map((r) => [r.name, r.tenantId].join(" "));
    expect(keys).toEqual([...keys].sort());
    await getDb()
      .delete(organisations)
      .where(eq(organisations.tenantId, tenantOf(5000)));
  });
});

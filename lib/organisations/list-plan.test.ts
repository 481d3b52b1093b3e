import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { organisations } from "@/db/schema";
import { testSession } from "@/lib/testing/auth-mock";
import { insertTestUser } from "@/lib/testing/users";
import { sqlitePlan, statementsRunBy } from "@/lib/testing/sqlite-plans";
import { listOrganisations } from "./queries";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

// The organisations page picks its 50 organisations first and counts connections, apps and slots for those
// only. It used to count every match of a search and then keep the first 50 by name, and to look every match
// up in organisations to test "name matches or tenant id is": 100 ms for "Harbour" at 200,000 organisations.

beforeAll(async () => {
  await migrateConfiguredDatabase();
  testSession.userId = (await insertTestUser("support")).id;
  const at = new Date();
  await getDb()
    .insert(organisations)
    .values(["Harbour Bakery", "Harbour Books", "Kauri Cafe"].map((name, i) => ({ tenantId: `70000000-0000-4000-8000-00000000000${i}`, name, type: "ORGANISATION", firstSeenAt: at, updatedAt: at })));
});

/** The query plan of every statement on organisations or search_terms a read runs, in order. */
async function plansOf(read: () => Promise<unknown>): Promise<Array<{ source: string; steps: string[] }>> {
  return (await statementsRunBy(read)).filter((s) => /organisations|search_terms/.test(s.sql)).map((s) => ({ source: s.sql, steps: sqlitePlan(s) }));
}

const countsStatement = (plans: Awaited<ReturnType<typeof plansOf>>) => {
  const found = plans.filter((p) => p.source.includes('"connection_counts"'));
  expect(found).toHaveLength(1);
  return found[0]!.steps;
};

describe("listOrganisations", () => {
  it.each(["Harbour", "Ha"])("searches %s in search_terms alone, then counts for the page's organisations only", async (q) => {
    const plans = await plansOf(() => listOrganisations({ q }));
    const all = plans.flatMap((p) => p.steps).join("\n");
    // No OR of the name and the tenant id over organisations: SQLite would collect every match before the limit.
    expect(all).not.toMatch(/MULTI-INDEX OR/);
    expect(all).not.toMatch(/^SCAN (organisations|p|o|search_terms)\b/m);
    const search = plans.find((p) => p.source.includes('"search_terms"'))!;
    expect(search.source).not.toMatch(/"organisations"/);
    // The counts' statement looks up the page's organisations by tenant id, from a list of them (the page).
    const steps = countsStatement(plans);
    expect(steps[0]).toMatch(/^SEARCH o USING INDEX sqlite_autoindex_organisations_1 \(tenant_id=\?\)/);
    expect(steps[1]).toMatch(/^LIST SUBQUERY/);
    expect(steps[2]).toMatch(/^SEARCH p USING INDEX sqlite_autoindex_organisations_1 \(tenant_id=\?\)/);
  });

  it("walks orgs_name_idx for the unfiltered page, counting for its organisations only", async () => {
    const steps = countsStatement(await plansOf(() => listOrganisations({})));
    expect(steps[0]).toMatch(/^SEARCH o USING INDEX sqlite_autoindex_organisations_1 \(tenant_id=\?\)/);
    expect(steps).toContain("SCAN p USING INDEX orgs_name_idx");
  });

  it("starts from the organisations at the cap for a search among them", async () => {
    const plans = await plansOf(() => listOrganisations({ q: "Harbour", atCap: "1" }));
    const search = plans.find((p) => p.source.includes('"search_terms"'))!;
    expect(search.steps[0]).toMatch(/^SEARCH p USING COVERING INDEX sqlite_autoindex_organisations_1 \(tenant_id=\?\)/);
    expect(search.steps[2]).toMatch(/SEARCH organisation_slot_counts USING COVERING INDEX organisation_slot_counts_apps_idx/);
  });
});

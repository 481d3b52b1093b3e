import { beforeAll, describe, expect, it, vi } from "vitest";
import { eq, inArray, sql } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { getDb } from "@/db/index";
import { databaseEngine } from "@/db/engine";
import { rawRows } from "@/db/query";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { grants, xeroApps } from "@/db/schema";
import { testSession } from "@/lib/testing/auth-mock";
import { insertApp } from "@/lib/testing/fixtures";
import { insertTestUser } from "@/lib/testing/users";
import { listPeople, PEOPLE_PAGE_SIZE, peopleQueries } from "./queries";
import { sqlitePlan } from "@/lib/testing/sqlite-plans";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

// xero_user_summaries is kept by triggers on grants (migration xero_user_summaries): after any mix of grant
// writes it must equal grouping the grants by Xero user, and People, which pages through it, must list the
// same people in the same order with the same total as grouping the grants did.

type Row = { xero_user_id: string; email: string; name: string; grants: number };
const numbered = (rows: Row[]) => rows.map((r) => ({ ...r, grants: Number(r.grants) }));
const summary = async () => numbered(await rawRows<Row>(sql`select xero_user_id, email, name, grants from xero_user_summaries order by 1`));
const recount = async () => numbered(await rawRows<Row>(sql`select xero_user_id, max(email) as email, max(name) as name, count(*) as grants from grants group by xero_user_id order by 1`));

/** A grant of this Xero user on this app (the fixtures' insertGrant makes a new Xero user each time). */
async function grantOf(appId: string, xeroUserId: string, email: string, name: string) {
  const grantId = randomUUID();
  const at = new Date();
  await getDb().insert(grants).values({ id: grantId, appId, xeroUserId, email, name, createdAt: at, updatedAt: at });
  return grantId;
}

beforeAll(async () => {
  await migrateConfiguredDatabase();
  testSession.userId = (await insertTestUser("support")).id;
});

describe("per-Xero-user summaries", () => {
  it("match grouping the grants after inserts, email and name changes, moves, deletes and app deletion", async () => {
    const [a, b, c] = [await insertApp(), await insertApp(), await insertApp()];
    const db = getDb();
    const steps: Array<[string, () => Promise<unknown>]> = [
      ["first grant", () => grantOf(a, "sum-u1", "ana@example.com", "Ana")],
      ["second grant of the same user", () => grantOf(b, "sum-u1", "ana@example.com", "Ana")],
      ["third, with another email", () => grantOf(c, "sum-u1", "ana.silva@example.com", "Ana Silva")],
      ["another user", () => grantOf(a, "sum-u2", "ben@example.com", "Ben")],
      ["a third user on two apps", () => grantOf(b, "sum-u3", "chen@example.com", "Chen")],
      ["", () => grantOf(c, "sum-u3", "chen@example.com", "Chen")],
      ["email change lowers the max", () => db.update(grants).set({ email: "a@example.com" }).where(eq(grants.xeroUserId, "sum-u1"))],
      ["name change of one grant", () => db.update(grants).set({ name: "Zed" }).where(and2("sum-u3", b))],
      ["a change that changes nothing", () => db.update(grants).set({ name: "Ben" }).where(eq(grants.xeroUserId, "sum-u2"))],
      ["a write that is not email or name", () => db.update(grants).set({ failureCount: 3 }).where(eq(grants.xeroUserId, "sum-u3"))],
      ["a grant moved to another user", () => db.update(grants).set({ xeroUserId: "sum-u2" }).where(and2("sum-u3", c))],
      ["a grant moved to a new user", () => db.update(grants).set({ xeroUserId: "sum-u4" }).where(and2("sum-u2", a))],
      ["one of several grants deleted", () => db.delete(grants).where(and2("sum-u1", a))],
      ["a user's last grant deleted", () => db.delete(grants).where(eq(grants.xeroUserId, "sum-u4"))],
      ["an app deleted (its grants cascade)", () => db.delete(xeroApps).where(eq(xeroApps.id, b))],
    ];
    for (const [label, step] of steps) {
      await step();
      expect(await summary(), label).toEqual(await recount());
    }
    expect((await summary()).map((r) => r.xero_user_id)).toEqual(["sum-u1", "sum-u2"]);
    expect((await summary()).find((r) => r.xero_user_id === "sum-u1")).toMatchObject({ email: "a@example.com", name: "Ana Silva", grants: 1 });
    await db.delete(xeroApps).where(inArray(xeroApps.id, [a, c]));
    expect(await summary()).toEqual([]);
  });

  it("give People the same pages, order and totals as grouping the grants", async () => {
    const apps = [await insertApp(), await insertApp(), await insertApp()];
    // More than two pages of people, most holding a grant on several apps.
    for (let i = 0; i < PEOPLE_PAGE_SIZE * 2 + 7; i++) {
      const user = `page-u${String(i).padStart(3, "0")}`;
      // Emails out of the users' order, so the order comes from the emails.
      const email = `person${String((i * 37) % 1000).padStart(3, "0")}@example.com`;
      for (let app = 0; app <= i % 3; app++) await grantOf(apps[app]!, user, email, `Person ${i}`);
    }
    const grouped = async (q: string | undefined, page: number) =>
      rawRows<{ xero_user_id: string; name: string; email: string }>(
        sql`select xero_user_id, max(name) as name, max(email) as email from grants
          where ${q ? sql`email like ${`%${q}%`} or name like ${`%${q}%`}` : sql`1 = 1`}
          group by xero_user_id order by max(email), xero_user_id limit ${PEOPLE_PAGE_SIZE} offset ${(page - 1) * PEOPLE_PAGE_SIZE}`,
      );
    const groupedTotal = async (q: string | undefined) =>
      Number((await rawRows<{ n: number }>(sql`select count(distinct xero_user_id) as n from grants where ${q ? sql`email like ${`%${q}%`} or name like ${`%${q}%`}` : sql`1 = 1`}`))[0]!.n);
    for (const q of [undefined, "person1"]) {
      for (let page = 1; page <= 4; page++) {
        const listed = await listPeople({ q, page });
        expect(
          listed.rows.map(({ xeroUserId, name, email }) => ({ xero_user_id: xeroUserId, name, email })),
          `${q ?? "everyone"}, page ${page}`,
        ).toEqual(await grouped(q, page));
        expect(listed.total).toBe(await groupedTotal(q));
      }
    }
    expect((await listPeople({})).total).toBe(PEOPLE_PAGE_SIZE * 2 + 7);
    expect(await listPeople({ q: "nobody-like-this" })).toMatchObject({ rows: [], total: 0 });
    // Each person's apps are all their grants.
    expect((await listPeople({ q: "person000" })).rows[0]?.apps).toHaveLength(1);
    expect((await listPeople({ q: "person037" })).rows[0]?.apps).toHaveLength(2);
  });
});

function and2(xeroUserId: string, appId: string) {
  return sql`${grants.xeroUserId} = ${xeroUserId} and ${grants.appId} = ${appId}`;
}

// SQLite's query plans (Postgres plans by its statistics).
describe.skipIf(databaseEngine() === "postgres")("People's queries", () => {
  it("walk the (email, xero_user_id) index for a page, without sorting or reading grants", () => {
    const { people, total } = peopleQueries(undefined, 3);
    // The total: the table's row count, once per page (an uncorrelated subquery).
    expect(sqlitePlan(people.toSQL())).toEqual([
      "SCAN xero_user_summaries USING INDEX xero_user_summaries_email_idx",
      "SCALAR SUBQUERY 1",
      expect.stringMatching(/^SCAN xero_user_summaries( USING COVERING INDEX \w+)?$/),
    ]);
    expect(sqlitePlan(total.toSQL())).toEqual([expect.stringMatching(/^SCAN xero_user_summaries( USING COVERING INDEX \w+)?$/)]);
  });

  it("look a search's matching grants up by id and their Xero users by key", () => {
    const { people, total } = peopleQueries("ana", 1);
    for (const query of [people.toSQL(), total.toSQL()]) {
      const lines = sqlitePlan(query).join("\n");
      expect(lines).toMatch(/SEARCH xero_user_summaries USING (COVERING )?INDEX sqlite_autoindex_xero_user_summaries_1 \(xero_user_id=\?\)/);
      expect(lines).toMatch(/SEARCH grants USING INDEX sqlite_autoindex_grants_1 \(id=\?\)/);
      expect(lines).not.toMatch(/SCAN (xero_user_summaries|grants)\b/);
    }
  });
});

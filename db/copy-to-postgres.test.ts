import { beforeAll, describe, expect, it } from "vitest";
import { getSqlite } from "@/db/index";
import { migrateConfiguredDatabase, migratePostgres } from "@/db/migrate";
import { copySqliteToPostgres, REBUILT_BY_TRIGGERS, tablesInCopyOrder } from "@/db/copy-to-postgres";
import { recordAudit } from "@/lib/audit/record";
import { attributeToEndUser, insertApp, insertConnection, insertEndUser, insertGrant } from "@/lib/testing/fixtures";
import { insertTestUser } from "@/lib/testing/users";
import { preparePgTestDatabase } from "@/lib/testing/pg";
import { getTableName } from "drizzle-orm";

// `npm run db:copy-to-postgres`: an install's SQLite data into an empty Postgres database, every table
// verified by count, the trigger-kept tables rebuilt by Postgres's own triggers rather than copied.

const pg = preparePgTestDatabase((handle) => migratePostgres(handle.pool, handle.url));

beforeAll(async () => {
  await migrateConfiguredDatabase();
  const admin = await insertTestUser("admin");
  const appId = await insertApp({ name: "Acme Ledger Sync", plan: "core" });
  for (const [i, name] of ["Ben", "Ana", "Chen"].entries()) {
    const grantId = await insertGrant(appId, name);
    const orgs: string[] = [];
    for (const n of [0, 1, 2]) orgs.push((await insertConnection(appId, grantId, `${name} Org ${n}`)).id);
    const customer = await insertEndUser(`cust-${i}`, { email: `${name.toLowerCase()}@example.com`, tags: ["pilot", `wave-${i}`] });
    await attributeToEndUser(customer, grantId, orgs);
  }
  for (let i = 0; i < 5; i++) await recordAudit({ actor: { id: admin.id, email: admin.email }, action: "auth.sign_in" });
});

describe("copySqliteToPostgres", () => {
  it("orders tables after the tables their foreign keys point to", () => {
    const order = tablesInCopyOrder().map((t) => getTableName(t));
    expect(order.indexOf("xero_apps")).toBeLessThan(order.indexOf("grants"));
    expect(order.indexOf("grants")).toBeLessThan(order.indexOf("connections"));
    expect(order.indexOf("users")).toBeLessThan(order.indexOf("api_keys"));
  });

  it("copies every table, rebuilds the trigger-kept ones, and continues identity columns after the copied ids", async () => {
    const progress: string[] = [];
    const reports = await copySqliteToPostgres(getSqlite(), pg().pool, (table, copied, total) => progress.push(`${table} ${copied}/${total}`));
    expect(reports.every((r) => r.sqlite === r.postgres)).toBe(true);
    const byTable = Object.fromEntries(reports.map((r) => [r.table, r]));
    expect(byTable.connections).toMatchObject({ sqlite: 9, postgres: 9, rebuilt: false });
    expect(byTable.audit_events!.postgres).toBeGreaterThanOrEqual(5);
    for (const table of REBUILT_BY_TRIGGERS) expect(byTable[table]).toMatchObject({ rebuilt: true });
    expect(byTable.end_user_tags!.postgres).toBe(6);
    expect(byTable.search_terms!.postgres).toBeGreaterThan(0);
    expect(progress).toContain("connections 9/9");
    expect(progress.some((line) => line.startsWith("search_terms"))).toBe(false);

    const max = await pg().pool.query<{ id: number }>("select max(id)::int as id from audit_events");
    const next = await pg().pool.query<{ id: number }>("insert into audit_events (at, action) values (0, 'auth.sign_in') returning id");
    expect(next.rows[0]!.id).toBe(max.rows[0]!.id + 1);
  });

  it("refuses a database that already holds data, and changes nothing", async () => {
    const before = await pg().pool.query<{ n: string }>("select count(*) as n from connections");
    await expect(copySqliteToPostgres(getSqlite(), pg().pool)).rejects.toThrow(/already holds data .* nothing was changed/);
    const after = await pg().pool.query<{ n: string }>("select count(*) as n from connections");
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });
});

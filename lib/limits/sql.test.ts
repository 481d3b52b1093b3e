import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { alias } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import { countsAsUncertified, PLANS } from "./plans";
import { xeroApps } from "@/db/schema";
import { takesUncertifiedSlot } from "./sql";

// The SQL twin of countsAsUncertified feeds the overview, diagnosis, organisations and alerts: it must
// answer exactly as the TypeScript rule does for every plan, certified or not.

describe("takesUncertifiedSlot (SQL)", () => {
  it("agrees with countsAsUncertified for every plan, certified and not", () => {
    const db = drizzle(new Database(":memory:"));
    db.run(sql`create table xero_apps (id integer primary key, plan text not null, certified integer not null)`);
    const apps = [...PLANS, "no-such-plan"].flatMap((plan) => [false, true].map((certified) => ({ plan, certified })));
    for (const app of apps) db.run(sql`insert into xero_apps (plan, certified) values (${app.plan}, ${app.certified ? 1 : 0})`);

    const rows = db.all<{ plan: string; certified: number; takes: number }>(sql`select a.plan, a.certified, ${takesUncertifiedSlot(alias(xeroApps, "a"))} as takes from xero_apps a order by a.id`);

    const fromSql = rows.map((r) => ({ plan: r.plan, certified: r.certified === 1, takesSlot: r.takes === 1 }));
    const fromTs = apps.map((a) => ({ ...a, takesSlot: countsAsUncertified(a) }));
    expect(fromSql).toEqual(fromTs);
    // The rule is not vacuous: some plans take a slot, and a Custom Connection never does.
    expect(fromSql.filter((r) => r.takesSlot).length).toBeGreaterThan(0);
    expect(fromSql.filter((r) => r.plan === "custom-connection").every((r) => !r.takesSlot)).toBe(true);
  });
});

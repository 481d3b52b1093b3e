import { beforeAll, describe, expect, it } from "vitest";
import { getSqlite } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";

// The triggers that keep summaries and the search index run inside every write to connections,
// organisations, grants and customers: each statement in them must be a keyed lookup, never a pass over
// a table, or every write slows as the data grows. SQLite does not plan a trigger's body with the statement
// that fires it, so each body statement is planned here on its own, old./new. values standing in as literals.

beforeAll(() => migrateConfiguredDatabase());

function bodyStatements(triggerSql: string): string[] {
  const body = triggerSql.slice(triggerSql.search(/\bBEGIN\b/i) + "BEGIN".length, triggerSql.search(/\bEND\s*$/i));
  return body
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => s.replace(/\b(old|new)\.(`[^`]+`|"[^"]+"|\w+)/gi, "'x'"));
}

// A pass over a table; not the row's own JSON (json_each) nor a VALUES list.
const isTableScan = (detail: string) => /^SCAN /.test(detail) && !/^SCAN (CONSTANT ROW|\d+-ROW VALUES CLAUSE|json_each\b)/.test(detail);

describe("trigger bodies", () => {
  it("look rows up by key instead of scanning", () => {
    const sqlite = getSqlite();
    const triggers = sqlite.prepare("select name, sql from sqlite_master where type = 'trigger' order by name").all() as Array<{ name: string; sql: string }>;
    expect(triggers.map((t) => t.name)).toEqual(
      expect.arrayContaining(["connection_counts_del", "grant_connection_counts_upd", "search_terms_del", "organisations_search_upd", "xero_user_summaries_upd"]),
    );
    const scans: string[] = [];
    for (const t of triggers) {
      for (const statement of bodyStatements(t.sql)) {
        const plan = (sqlite.prepare(`explain query plan ${statement}`).all() as Array<{ detail: string }>).map((r) => r.detail);
        for (const line of plan.filter(isTableScan)) scans.push(`${t.name}: ${line} in ${statement}`);
      }
    }
    expect(scans).toEqual([]);
  });
});

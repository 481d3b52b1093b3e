import { getSqlite } from "@/db/index";

// SQLite's query plans for tests that assert a read uses its indexes (not run on Postgres).

/** A statement as SQLite receives it: drizzle's `toSQL()` has this shape. */
export type Statement = { sql: string; params: unknown[] };

/** EXPLAIN QUERY PLAN of one statement: each step's detail, in order. */
export function sqlitePlan(statement: Statement): string[] {
  return (
    getSqlite()
      .prepare(`explain query plan ${statement.sql}`)
      .all(...statement.params) as { detail: string }[]
  ).map((r) => r.detail);
}

/** Every statement SQLite runs while `read` runs, in order, with its parameters (to ask for each one's plan). */
export async function statementsRunBy(read: () => Promise<unknown>): Promise<Statement[]> {
  const sqlite = getSqlite();
  const prepare = sqlite.prepare.bind(sqlite);
  const seen: Statement[] = [];
  sqlite.prepare = ((sql: string) => {
    const statement = prepare(sql);
    const proxy: object = new Proxy(statement, {
      get(target, key) {
        const value = Reflect.get(target, key) as unknown;
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => {
          if (["all", "get", "run", "iterate"].includes(key as string)) seen.push({ sql, params: args });
          const result = (value as (...a: unknown[]) => unknown).apply(target, args);
          // Builder methods (raw(), pluck()…) return the statement: keep recording through the proxy.
          return result === target ? proxy : result;
        };
      },
    });
    return proxy;
  }) as typeof sqlite.prepare;
  try {
    await read();
  } finally {
    sqlite.prepare = prepare;
  }
  return seen;
}

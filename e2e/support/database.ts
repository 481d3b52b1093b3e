import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

// Test fixtures write straight into the database of the server under test, so a test starts from the users and
// customers it needs without depending on other tests. That is the SQLite file in the server's data directory,
// or, in the Postgres run (playwright.postgres.config.ts), the Postgres database whose URL the server's
// data directory names in DATABASE_URL_FILE. Fixtures are synchronous, so Postgres is reached through a short
// child process that runs the statements in one transaction.

export const DATABASE_URL_FILE = "e2e-database-url";

export type Statement = readonly [sql: string, params?: readonly unknown[]];

export function defaultDataDir(): string {
  return process.env.E2E_DATA_DIR ?? path.resolve(".e2e-data", process.env.E2E_PORT ?? "3100");
}

/** The Postgres database the server in `dataDir` runs on, or null for SQLite. */
export function postgresUrlOf(dataDir: string): string | null {
  const file = path.join(dataDir, DATABASE_URL_FILE);
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : null;
}

// `?` placeholders, as better-sqlite3 takes them, become Postgres's `$1, $2, …`.
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

const PG_CHILD = `
const { Client } = require("pg");
let input = "";
process.stdin.on("data", (d) => (input += d)).on("end", async () => {
  const { url, statements } = JSON.parse(input);
  const client = new Client({ connectionString: url });
  await client.connect();
  const results = [];
  try {
    await client.query("begin");
    for (const [sql, params] of statements) results.push((await client.query(sql, params)).rows);
    await client.query("commit");
  } catch (error) {
    await client.query("rollback").catch(() => {});
    console.error(error.message);
    process.exitCode = 1;
  } finally {
    await client.end();
  }
  process.stdout.write(JSON.stringify(results));
});`;

/** Runs the statements in one transaction and returns each one's rows. */
export function runInServerDb(statements: readonly Statement[], dataDir = defaultDataDir()): unknown[][] {
  const url = postgresUrlOf(dataDir);
  if (url) {
    const input = JSON.stringify({ url, statements: statements.map(([sql, params]) => [numbered(sql), params ?? []]) });
    return JSON.parse(execFileSync(process.execPath, ["-e", PG_CHILD], { input, encoding: "utf8" })) as unknown[][];
  }
  const db = new Database(path.join(dataDir, "app.db"));
  try {
    db.pragma("busy_timeout = 5000");
    const run = ([sql, params = []]: Statement) => {
      const statement = db.prepare(sql);
      if (statement.reader) return statement.all(...params);
      statement.run(...params);
      return [];
    };
    return db.transaction(() => statements.map(run))();
  } finally {
    db.close();
  }
}

/** The rows of one select. */
export function queryServerDb<T>(sql: string, params: readonly unknown[] = [], dataDir = defaultDataDir()): T[] {
  return runInServerDb([[sql, params]], dataDir)[0] as T[];
}

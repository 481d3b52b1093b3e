import { env } from "@/lib/env";

// Which database the dashboard's data lives in: SQLite in DATA_DIR (the embedded default) or the Postgres
// database DATABASE_URL names (docs/architecture.md#two-engines).

export type DatabaseEngine = "sqlite" | "postgres";

export function databaseEngine(): DatabaseEngine {
  return env().DATABASE_URL ? "postgres" : "sqlite";
}

/** Said wherever DATABASE_URL is refused until every query runs on Postgres too. */
export const POSTGRES_NOT_READY = "Postgres support is being built: the data layer still runs on SQLite only, so DATABASE_URL cannot be used yet. Unset DATABASE_URL to run on SQLite in DATA_DIR.";

/** A Postgres URL fit for logs and error messages: the password is replaced. */
export function describePostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "postgres://(unparseable URL)";
  }
}

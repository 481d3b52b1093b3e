import { env } from "@/lib/env";

// Which database the dashboard's data lives in: SQLite in DATA_DIR (the embedded default) or the Postgres
// database DATABASE_URL names (docs/architecture.md#two-engines).

export type DatabaseEngine = "sqlite" | "postgres";

export function databaseEngine(): DatabaseEngine {
  return env().DATABASE_URL ? "postgres" : "sqlite";
}

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

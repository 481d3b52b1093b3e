// A fresh, empty Postgres database on the test cluster (TEST_DATABASE_URL, set by scripts/pg-cluster.ts), for the
// servers of the Playwright Postgres run (playwright.postgres.config.ts, e2e/support/isolated-server.ts).
//   tsx scripts/pg-database.ts <name>    (re)creates the database and prints its URL
import { Client } from "pg";

export async function freshDatabase(name: string, base = process.env.TEST_DATABASE_URL): Promise<string> {
  if (!base) throw new Error("The Postgres run needs TEST_DATABASE_URL: run it inside scripts/pg-cluster.ts (npm test does).");
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Not a plain database name: ${name}`);
  const client = new Client({ connectionString: base });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

if (process.argv[1]?.endsWith("pg-database.ts")) {
  freshDatabase(process.argv[2] ?? "")
    .then((url) => process.stdout.write(url))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    });
}

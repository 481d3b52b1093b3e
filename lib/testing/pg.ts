import crypto from "node:crypto";
import { Client } from "pg";
import { afterAll, beforeAll } from "vitest";
import { openPg, type PgHandle } from "@/db/pg";
import { startPgCluster, type PgCluster } from "@/scripts/pg-cluster";
import { freshDatabase } from "@/scripts/pg-database";

// A fresh, empty Postgres database for one test file. `npm test` runs Vitest inside scripts/pg-cluster.ts,
// which sets TEST_DATABASE_URL (one cluster per run; each file gets its own database in it). A plain local
// `vitest run` without it starts a private cluster for the file. Postgres tests never skip: when no cluster
// can be had they fail, saying why.

export type TestPgDatabase = { url: string; drop: () => Promise<void> };

/**
 * A test file's own Postgres database, opened before its tests (and prepared, e.g. migrated) and dropped after.
 * Call the returned function in each test: when Postgres is unavailable every test fails with the reason,
 * rather than the file being reported as skipped tests.
 */
export function preparePgTestDatabase(prepare?: (pg: PgHandle) => Promise<void>): () => PgHandle {
  let database: TestPgDatabase | undefined;
  let handle: PgHandle | undefined;
  let failure: unknown;
  beforeAll(async () => {
    try {
      database = await createTestPgDatabase();
      handle = openPg(database.url);
      await prepare?.(handle);
    } catch (error) {
      failure = error;
    }
  }, 120_000);
  afterAll(async () => {
    await handle?.pool.end();
    await database?.drop();
  });
  return () => {
    if (failure || !handle) throw failure ?? new Error("the Postgres test database was not prepared");
    return handle;
  };
}

export async function createTestPgDatabase(): Promise<TestPgDatabase> {
  const { TEST_DATABASE_URL, TEST_PG_UNAVAILABLE } = process.env;
  if (TEST_PG_UNAVAILABLE) throw new Error(`The Postgres tests need PostgreSQL: ${TEST_PG_UNAVAILABLE}`);
  let cluster: PgCluster | undefined;
  const base = TEST_DATABASE_URL ?? (cluster = await startPgCluster()).url;
  const name = `cd_test_${process.pid}_${crypto.randomBytes(4).toString("hex")}`;
  let url: string;
  try {
    url = await freshDatabase(name, base);
  } catch (error) {
    cluster?.stop();
    throw new Error(`Cannot create a test database on ${base}: ${(error as Error).message}`);
  }
  return {
    url,
    drop: async () => {
      try {
        await withClient(base, (client) => client.query(`drop database if exists "${name}" with (force)`));
      } finally {
        cluster?.stop();
      }
    },
  };
}

async function withClient<T>(url: string, query: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await query(client);
  } finally {
    await client.end();
  }
}

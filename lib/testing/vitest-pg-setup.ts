import { afterAll } from "vitest";
import { createTestPgDatabase } from "@/lib/testing/pg";

// The Postgres run of the integration tests (vitest.config.mts, project "postgres"): after vitest-setup.ts, each
// test file gets its own migrated Postgres database and DATABASE_URL names it, so the code under test runs on
// Postgres exactly as an install with DATABASE_URL does. Runs before the test file imports anything.
const database = await createTestPgDatabase();
process.env.DATABASE_URL = database.url;
const { resetEnvForTests } = await import("@/lib/env");
resetEnvForTests();
const { migrateConfiguredDatabase } = await import("@/db/migrate");
await migrateConfiguredDatabase();

afterAll(async () => {
  const { closeProcessPg, getPg } = await import("@/db/pg");
  // Work a test started and left running (a sync after its response) finishes its queries before the database goes.
  const { pool } = getPg();
  for (let i = 0; i < 50 && pool.totalCount > pool.idleCount; i++) await new Promise((resolve) => setTimeout(resolve, 100));
  await closeProcessPg();
  await database.drop();
});

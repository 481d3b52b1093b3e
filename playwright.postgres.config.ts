import { e2eConfig } from "./e2e/support/config";

// A smoke set of journeys on PostgreSQL (issue 12): sign in, connect, disconnect, diagnose, a customer's connect
// session, token vending, and two instances on one database (e2e/postgres). Runs inside scripts/pg-cluster.ts,
// which provides the server (TEST_DATABASE_URL); each server gets a fresh database on it.
export const POSTGRES_SMOKE = [
  "auth.spec.ts",
  "core/connect.spec.ts",
  "core/disconnect.spec.ts",
  "diagnose/forum-story.spec.ts",
  "api/connect-session.spec.ts",
  "api/customer-product.spec.ts",
  "postgres/**/*.spec.ts",
];

export default e2eConfig("postgres", Number(process.env.E2E_PG_PORT ?? 3200), { testMatch: POSTGRES_SMOKE });

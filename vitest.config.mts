import path from "node:path";
import { defineConfig } from "vitest/config";

// Under Stryker (npm run test:mutation, see stryker.config.mjs) each mutant runs only the domain rules' own
// tests and, for the sandbox's engine, the sandbox's tests. Not the dashboard's database and HTTP
// integration tests: every one of them goes through permissions and the clock, so each mutant there would
// re-run hundreds of slow tests on this shared 2-core machine.
const mutationTests: Record<string, string[]> = {
  pure: [
    "lib/limits/*.test.ts",
    "lib/staleness/{rules,reasons}.test.ts",
    "lib/diagnosis/{classify,actions-rank,explain,input}.test.ts",
    "lib/auth/{permissions,lockout,schemas}.test.ts",
    "lib/connections/{disconnect-plan,reconcile-plan,connect-errors}.test.ts",
    "lib/xero-sandbox/rules/*.test.ts",
  ],
  // Not contract.test.ts: it reads the team's OpenAPI file from outside the repository.
  sandbox: ["lib/xero-sandbox/{engine,rules}/*.test.ts", "lib/xero-sandbox/http/{api,flow,portal}.test.ts"],
};
const mutationBatch = process.env.MUTATION_TESTS;

// The suite runs twice: on SQLite (the embedded default) and on PostgreSQL (each test file on a fresh database,
// lib/testing/vitest-pg-setup.ts), except what is about one engine itself or touches no dashboard database.
const notOnPostgres = [
  "lib/xero-sandbox/**", // the sandbox keeps its own SQLite whatever the dashboard runs on
  "db/{engines-parity,steps,postgres,copy-to-postgres,engine}.test.ts", // compare or choose the engines themselves
  "db/{migrate,integrity,search-index-migration,trigger-plans}.test.ts", // SQLite's migrations, pages and plans
  "lib/apps/counts-plan.test.ts", // SQLite's query plans
  "lib/connections/list-plan.test.ts", // SQLite's query plans
  "lib/organisations/list-plan.test.ts", // SQLite's query plans
  "scripts/standalone/**",
];

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // server-only throws outside React Server Components; in unit tests it is a no-op.
      "server-only": path.resolve(__dirname, "lib/testing/empty-module.ts"),
    },
  },
  test: {
    include: mutationBatch ? (mutationTests[mutationBatch] ?? Object.values(mutationTests).flat()) : ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next*/**", ".e2e-data/**", ".stryker-tmp/**"],
    setupFiles: ["lib/testing/vitest-setup.ts"],
    environment: "node",
    pool: "forks",
    testTimeout: 20_000,
    projects: mutationBatch
      ? undefined
      : [
          { extends: true, test: { name: "sqlite" } },
          { extends: true, test: { name: "postgres", exclude: notOnPostgres, setupFiles: ["lib/testing/vitest-pg-setup.ts"], hookTimeout: 60_000 } },
        ],
  },
});

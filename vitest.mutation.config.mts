import base from "./vitest.config.mts";

// The tests Stryker runs against each mutant (npm run test:mutation): the domain rules' own tests and,
// for the sandbox's engine, the sandbox's tests. Not the dashboard's database and HTTP integration
// tests: every one of them goes through permissions and the clock, so each mutant there would re-run
// hundreds of slow tests on this shared 2-core machine.
const tests = {
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
const batch = process.env.MUTATION_BATCH ?? "all";

// Replaces the base include list (mergeConfig would append to it).
export default { ...base, test: { ...base.test, include: batch === "all" ? [...tests.pure, ...tests.sandbox] : tests[batch as keyof typeof tests] } };

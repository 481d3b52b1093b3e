// Mutation testing of the domain rules (npm run test:mutation). Not part of `npm test`: it takes minutes.
// MUTATION_BATCH=pure or MUTATION_BATCH=sandbox mutates one half; reports go to .reports/mutation/<batch>/.

const batches = {
  // Pure rules: limits, staleness, diagnosis, the pure parts of auth and connections, the sandbox's rules.
  pure: [
    "lib/limits/*.ts",
    "lib/staleness/rules.ts",
    "lib/staleness/reasons.ts",
    "lib/diagnosis/classify.ts",
    "lib/diagnosis/actions-rank.ts",
    "lib/diagnosis/explain.ts",
    "lib/diagnosis/input.ts",
    "lib/auth/permissions.ts",
    "lib/auth/lockout.ts",
    "lib/auth/schemas.ts",
    "lib/connections/disconnect-plan.ts",
    "lib/connections/reconcile-plan.ts",
    "lib/connections/connect-errors.ts",
    "lib/xero-sandbox/rules/*.ts",
  ],
  // The sandbox's engine (consent, tokens, JWTs, limiter, revocation): its tests go over the sandbox's HTTP surface.
  sandbox: ["lib/xero-sandbox/engine/*.ts"],
};
const batch = process.env.MUTATION_BATCH ?? "all";
const mutate = batch === "all" ? Object.values(batches).flat() : batches[batch];
if (!mutate) throw new Error(`MUTATION_BATCH must be one of ${Object.keys(batches).join(", ")} (or unset for all)`);
const reports = `.reports/mutation/${batch}`;
// Read by vitest.config.mts in Stryker's test processes: which tests run against each mutant.
process.env.MUTATION_TESTS = batch;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  plugins: ["@stryker-mutator/vitest-runner"],
  testRunner: "vitest",
  vitest: { configFile: "vitest.config.mts", related: true },
  coverageAnalysis: "perTest",
  // Static mutants (the plan table, module-level constants) re-run the whole suite each: minutes apiece here.
  ignoreStatic: true,
  mutate: [...mutate, "!**/*.test.ts"],
  // CPU is shared: one or two test processes at a time.
  concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 2),
  timeoutMS: 20_000,
  incremental: true,
  incrementalFile: `${reports}/incremental.json`,
  ignorePatterns: [".next*", "data", ".e2e-data", "e2e", "public", "test-results*", "playwright-report", ".reports", ".pw-*"],
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: `${reports}/index.html` },
  jsonReporter: { fileName: `${reports}/report.json` },
  thresholds: { high: 90, low: 85, break: null },
  cleanTempDir: "always",
};

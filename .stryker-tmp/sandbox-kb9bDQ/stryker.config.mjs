// @ts-nocheck
// Mutation testing of the domain rules (npm run test:mutation). Not part of `npm test`: it takes minutes.
// Pass `--mutate <glob>` to run one folder at a time; reports go to .reports/mutation/.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  plugins: ["@stryker-mutator/vitest-runner"],
  testRunner: "vitest",
  vitest: { configFile: "vitest.config.mts", related: true },
  coverageAnalysis: "perTest",
  // Static mutants (the plan table, module-level constants) re-run the whole suite each: minutes apiece here.
  ignoreStatic: true,
  mutate: [
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
    "lib/xero-sandbox/engine/*.ts",
    "!**/*.test.ts",
  ],
  // CPU is shared: one or two test processes at a time.
  concurrency: 2,
  timeoutMS: 20_000,
  incremental: true,
  incrementalFile: ".reports/mutation/incremental.json",
  ignorePatterns: [".next*", "data", ".e2e-data", "e2e", "public", "test-results*", "playwright-report", ".reports", ".pw-*"],
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: ".reports/mutation/index.html" },
  jsonReporter: { fileName: ".reports/mutation/report.json" },
  thresholds: { high: 90, low: 85, break: null },
  cleanTempDir: "always",
};

import js from "@eslint/js";
import tseslint from "typescript-eslint";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import globals from "globals";
import drizzle from "eslint-plugin-drizzle";

export default tseslint.config(
  {
    ignores: [
      ".next*/**",
      ".reports/**",
      ".stryker-tmp/**",
      ".pw-*",
      "node_modules/**",
      "data/**",
      ".e2e-data/**",
      "test-results/**",
      "playwright-report/**",
      "db/migrations/**",
      "db/migrations-pg/**",
      "next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "@next/next": nextPlugin, "react-hooks": reactHooks, "jsx-a11y": jsxA11y, drizzle },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through lib/env.ts." }],
      // A delete or update without .where() empties or rewrites a whole table; drizzle itself would run it.
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "getDb", "tx", "sandboxDb"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "getDb", "tx", "sandboxDb"] }],
    },
  },
  {
    // Tooling outside the app reads its own environment (the CLI and the demo customer product are separate programs).
    files: [
      "cli/**",
      "demo/**",
      "lib/env.ts",
      "next.config.js",
      "lib/testing/**",
      "scripts/**",
      "e2e/**",
      "playwright.config.ts",
      "playwright.postgres.config.ts",
      "vitest.config.mts",
      "stryker.config.mjs",
      "instrumentation.ts",
      "**/*.test.ts",
    ],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // The data layer is asynchronous (it runs on Postgres too): a query's promise that nobody awaits is a write
    // that may not have happened, or a check that always passes.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
    },
  },
  {
    // The dashboard's queries run on SQLite and Postgres: better-sqlite3's synchronous calls exist on SQLite only.
    // The sandbox keeps its own SQLite; db/ and scripts/ hold the SQLite runner and SQLite-only tools.
    files: ["lib/**/*.ts", "app/**/*.ts", "app/**/*.tsx", "components/**/*.tsx", "cli/**/*.ts"],
    // Tests run on both engines in Vitest, which catches such a call; they also read the sandbox's store.
    ignores: ["lib/xero-sandbox/**", "lib/testing/sandbox-issued.ts", "**/*.test.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[arguments.length=0] > MemberExpression.callee > Identifier.property[name=/^(all|get|run)$/]",
          message: "A synchronous better-sqlite3 call runs on SQLite only: await the query (db/query.ts) or yield it in a transact step (db/steps.ts).",
        },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: { globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);

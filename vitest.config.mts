import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // server-only throws outside React Server Components; in unit tests it is a no-op.
      "server-only": path.resolve(__dirname, "lib/testing/empty-module.ts"),
    },
  },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next*/**", ".e2e-data/**", ".stryker-tmp/**"],
    setupFiles: ["lib/testing/vitest-setup.ts"],
    environment: "node",
    pool: "forks",
    testTimeout: 20_000,
  },
});

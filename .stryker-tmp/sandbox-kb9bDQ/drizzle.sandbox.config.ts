// @ts-nocheck
import { defineConfig } from "drizzle-kit";

// The Xero sandbox keeps its own SQLite file and migrations, apart from the dashboard's (drizzle.config.ts).
export default defineConfig({
  dialect: "sqlite",
  schema: "./lib/xero-sandbox/schema.ts",
  out: "./lib/xero-sandbox/migrations",
});

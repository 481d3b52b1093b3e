// @ts-nocheck
import { defineConfig } from "drizzle-kit";

// Generates SQL migrations from db/schema.ts; they are committed and applied at start-up by db/migrate.ts.
export default defineConfig({
  dialect: "sqlite",
  schema: "./db/schema.ts",
  out: "./db/migrations",
});

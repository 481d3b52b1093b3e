import { defineConfig } from "drizzle-kit";

// Postgres migrations, generated from db/schema.pg.ts (itself generated from db/schema.ts) by `npm run db:generate`
// and applied by db/migrate.ts when DATABASE_URL names a Postgres database (docs/architecture.md#two-engines).
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.pg.ts",
  out: "./db/migrations-pg",
});

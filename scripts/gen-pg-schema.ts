// Writes db/schema.pg.ts from db/schema.ts. `npm run db:generate` runs it before drizzle-kit; run it alone with
// `tsx scripts/gen-pg-schema.ts`.
import fs from "node:fs";
import { generatePgSchema, PG_SCHEMA_FILE } from "../db/pg-schema-source";

export async function writePgSchema(): Promise<void> {
  fs.writeFileSync(PG_SCHEMA_FILE, await generatePgSchema());
  console.log(`Wrote ${PG_SCHEMA_FILE}`);
}

if (process.argv[1]?.endsWith("gen-pg-schema.ts")) void writePgSchema();

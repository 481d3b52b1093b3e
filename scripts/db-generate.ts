// `npm run db:generate [-- --name <name> | --custom ...]`: one schema change, migrations for both engines.
// db/schema.ts → db/schema.pg.ts, then drizzle-kit writes db/migrations (SQLite) and db/migrations-pg (Postgres)
// with the same arguments, so a hand-written (--custom) SQLite migration gets its Postgres twin to fill in.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { writePgSchema } from "./gen-pg-schema";

const drizzleKit = path.join(process.cwd(), "node_modules", ".bin", "drizzle-kit");
const args = process.argv.slice(2);

async function main() {
  await writePgSchema();
  for (const config of ["drizzle.config.ts", "drizzle.pg.config.ts"]) {
    console.log(`\n── ${config} ──`);
    const run = spawnSync(drizzleKit, ["generate", "--config", config, ...args], { stdio: "inherit" });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
}

void main();

// `npm run db:copy-to-postgres [-- --from <app.db>] [-- --to <postgres URL>]`: moves an existing SQLite install's
// data into a new, empty Postgres database (README "Run on Postgres"). Defaults: DATA_DIR's app.db and DATABASE_URL.
import path from "node:path";
import Database from "better-sqlite3";
import { Command } from "commander";
import { copySqliteToPostgres, type TableReport } from "@/db/copy-to-postgres";
import { describePostgresUrl } from "@/db/engine";
import { migratePostgres } from "@/db/migrate";
import { closePg, openPg } from "@/db/pg";

const program = new Command("db:copy-to-postgres")
  .description("Copy this install's SQLite data into an empty Postgres database, verifying every table's row count.")
  .option("--from <file>", "the SQLite database", path.join(process.env.DATA_DIR ?? "data", "app.db"))
  .option("--to <url>", "the Postgres database (postgres://…)", process.env.DATABASE_URL)
  .parse();
const { from, to } = program.opts<{ from: string; to?: string }>();

function bar(table: string, copied: number, total: number) {
  const width = 30;
  const filled = total === 0 ? width : Math.round((copied / total) * width);
  const line = `  ${table.padEnd(24)} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${copied.toLocaleString("en-GB")}/${total.toLocaleString("en-GB")}`;
  if (process.stderr.isTTY) process.stderr.write(`\r${line}${copied === total ? "\n" : ""}`);
  else if (copied === total) process.stderr.write(`${line}\n`);
}

function printReport(reports: TableReport[]) {
  console.log(`\n  ${"table".padEnd(24)} ${"SQLite".padStart(10)} ${"Postgres".padStart(10)}`);
  for (const r of reports)
    console.log(
      `  ${r.table.padEnd(24)} ${String(r.sqlite).padStart(10)} ${String(r.postgres).padStart(10)}  ${r.rebuilt ? "rebuilt by triggers, " : ""}${r.sqlite === r.postgres ? "ok" : "DIFFERENT"}`,
    );
}

async function main() {
  if (!to) throw new Error("Say which Postgres database to copy into: --to postgres://… or DATABASE_URL.");
  const sqlite = new Database(from, { readonly: true, fileMustExist: true });
  const pg = openPg(to, 2);
  try {
    console.log(`Copying ${from} into ${describePostgresUrl(to)}`);
    await migratePostgres(pg.pool, to);
    const reports = await copySqliteToPostgres(sqlite, pg.pool, bar);
    printReport(reports);
    console.log(
      "\nEvery table matches. Start Connection Desk with DATABASE_URL set to this database, and give every instance the same ENCRYPTION_KEY and AUTH_SECRET as this install (DATA_DIR/secrets.json holds them if you never set them): the copied tokens are encrypted with that key.",
    );
  } finally {
    sqlite.close();
    await closePg(pg);
  }
}

main().catch((error: unknown) => {
  console.error(`\nNothing was copied: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

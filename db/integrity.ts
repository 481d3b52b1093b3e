import fs from "node:fs";
import Database from "better-sqlite3";

// A database with damaged pages opens fine and fails later, on whichever query reaches the damage
// (sign-in answered 500 while /api/health said ok). PRAGMA quick_check reads every page, so start-up
// and the health check find the damage before people do.

/** The first problem quick_check reports, or null when the database reads cleanly. SQLite-only: a pragma on a SQLite file. */
export function quickCheck(sqlite: Database.Database): string | null {
  try {
    const rows = sqlite.pragma("quick_check(1)", { simple: false }) as Array<{ quick_check: string }>;
    const first = rows[0]?.quick_check ?? "no answer from quick_check";
    return first === "ok" ? null : first;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Throws a one-line error naming the file when an existing database is damaged. A missing file is fine (first start). */
export function assertDatabaseReadable(file: string): void {
  if (!fs.existsSync(file)) return;
  let problem: string | null;
  try {
    const sqlite = new Database(file, { readonly: true, fileMustExist: true });
    try {
      problem = quickCheck(sqlite);
    } finally {
      sqlite.close();
    }
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  if (problem) throw new Error(`The database ${file} is damaged (${problem.replace(/\s+/g, " ")}). Restore it from a backup.`);
}

import fs from "node:fs";
import Database from "better-sqlite3";

// Test helpers: a real dashboard database with many pages, and the damage a bad disk or a torn copy
// leaves in the middle of a file.
// SQLite-only: they write and damage a SQLite file directly (raw better-sqlite3), as db/integrity.ts checks one.

/** Fills a migrated database's activity log so the file spans many pages, and folds the WAL into the file. */
export function growDatabase(sqlite: Database.Database, rows = 3000): void {
  const insert = sqlite.prepare("insert into audit_events (at, actor_email, action, target_label) values (?, ?, ?, ?)");
  sqlite.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run(1_700_000_000 + i, `user${i}@example.com`, "auth.sign_in", `row ${i} `.repeat(8));
  })();
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
}

/** Overwrites one whole page in the middle of the file with garbage. Returns the page number (1-based). */
export function corruptMiddlePage(file: string): number {
  const header = Buffer.alloc(100);
  const fd = fs.openSync(file, "r+");
  try {
    fs.readSync(fd, header, 0, 100, 0);
    const raw = header.readUInt16BE(16);
    const pageSize = raw === 1 ? 65536 : raw;
    const pages = Math.floor(fs.fstatSync(fd).size / pageSize);
    if (pages < 10) throw new Error(`only ${pages} pages: grow the database first`);
    const page = Math.floor(pages / 2);
    fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (page - 1) * pageSize);
    return page;
  } finally {
    fs.closeSync(fd);
  }
}

import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { getTableName, is } from "drizzle-orm";
import { SQLiteTable } from "drizzle-orm/sqlite-core";
import { closeDb, dbFile, getDb } from "@/db/index";
import * as schema from "@/db/schema";
import { migrateDatabase } from "@/db/migrate";

describe("migrateDatabase", () => {
  afterEach(() => closeDb());

  it("creates the schema on a new database and is idempotent", () => {
    migrateDatabase();
    migrateDatabase();
    expect(fs.existsSync(dbFile())).toBe(true);
  });

  // An empty or half-generated migrations folder "succeeds" silently; the tables it should create prove it ran.
  it("creates every table the schema declares, from at least one migration", () => {
    migrateDatabase();
    const journal = JSON.parse(fs.readFileSync(path.join(process.cwd(), "db/migrations/meta/_journal.json"), "utf8")) as { entries: unknown[] };
    expect(journal.entries.length).toBeGreaterThan(0);
    const applied = getDb().all<{ n: number }>("select count(*) as n from __drizzle_migrations")[0]?.n;
    expect(applied).toBe(journal.entries.length);
    const tables = new Set(
      getDb()
        .all<{ name: string }>("select name from sqlite_master where type = 'table'")
        .map((t) => t.name),
    );
    const declared = Object.values(schema)
      .filter((value) => is(value, SQLiteTable))
      .map((table) => getTableName(table));
    expect(declared.length).toBeGreaterThan(0);
    for (const name of declared) expect(tables, name).toContain(name);
  });

  it("names the file and the reason when the database cannot be opened", () => {
    closeDb();
    fs.rmSync(dbFile(), { force: true });
    fs.mkdirSync(dbFile(), { recursive: true });
    try {
      expect(() => migrateDatabase()).toThrow(new RegExp(`^Cannot open or migrate the database ${dbFile().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: .+`));
    } finally {
      fs.rmSync(dbFile(), { recursive: true, force: true });
      fs.rmSync(path.join(path.dirname(dbFile()), "app.db-wal"), { force: true });
    }
  });
});

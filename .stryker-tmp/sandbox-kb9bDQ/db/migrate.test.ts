// @ts-nocheck
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { closeDb, dbFile } from "@/db/index";
import { migrateDatabase } from "@/db/migrate";

describe("migrateDatabase", () => {
  afterEach(() => closeDb());

  it("creates the schema on a new database and is idempotent", () => {
    migrateDatabase();
    migrateDatabase();
    expect(fs.existsSync(dbFile())).toBe(true);
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

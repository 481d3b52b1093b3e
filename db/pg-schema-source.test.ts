import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { generatePgSchema, PG_SCHEMA_FILE } from "./pg-schema-source";

describe("db/schema.pg.ts, generated from db/schema.ts", () => {
  it("is up to date (run `npm run db:generate` after changing db/schema.ts)", async () => {
    const committed = fs.readFileSync(PG_SCHEMA_FILE, "utf8");
    expect(committed === (await generatePgSchema()), `${PG_SCHEMA_FILE} is out of date: run npm run db:generate and commit it`).toBe(true);
  });

  it("carries names, keys, defaults and stored representations over", async () => {
    const parent = sqliteTable("parents", { id: text("id").primaryKey() });
    const child = sqliteTable("children", {
      id: integer("id").primaryKey({ autoIncrement: true }),
      parentId: text("parent_id").references(() => parent.id, { onDelete: "cascade" }),
      seenAt: integer("seen_at", { mode: "timestamp_ms" }).notNull(),
      flag: integer("flag", { mode: "boolean" }).notNull().default(true),
      kind: text("kind", { enum: ["a", "b"] })
        .notNull()
        .default("a"),
    });
    const source = await generatePgSchema({ parent, child });
    expect(source).toContain(`export const child = pgTable("children"`);
    expect(source).toContain(`id: integer("id").primaryKey().generatedByDefaultAsIdentity()`);
    expect(source).toContain(`parentId: text("parent_id").references(() => parent.id, { onDelete: "cascade" })`);
    expect(source).toContain(`seenAt: timestampMs("seen_at").notNull()`);
    expect(source).toMatch(/flag: booleanInt\("flag"\)\s*\.notNull\(\)\s*\.default\(sql`1`\)/);
    expect(source).toMatch(/kind: text\("kind", \{ enum: \["a", "b"\] \}\)\s*\.notNull\(\)\s*\.default\("a"\)/);
    // SQLite numbers an integer primary key even without AUTOINCREMENT; Postgres needs an identity for that.
    const rowid = sqliteTable("rowids", { id: integer("id").primaryKey() });
    expect(await generatePgSchema({ rowid })).toContain(`id: integer("id").primaryKey().generatedByDefaultAsIdentity()`);
  });

  it("refuses what it cannot carry over instead of drifting", async () => {
    const measured = sqliteTable("measures", { value: real("value") });
    await expect(generatePgSchema({ measured })).rejects.toThrow(/measures\.value: the column type SQLiteReal cannot be carried over/);
    const named = sqliteTable(`a_table_whose_name_is_much_too_long_for_postgres_identifiers_limit`, { id: text("id") });
    await expect(generatePgSchema({ named })).rejects.toThrow(/Postgres keeps only 63 characters/);
  });
});

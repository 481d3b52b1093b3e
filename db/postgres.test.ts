import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { eq, getTableName, is } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { dbFile } from "@/db/index";
import { migrateConfiguredDatabase, migratePostgres } from "@/db/migrate";
import { closePg, closeProcessPg, openPg } from "@/db/pg";
import * as pgSchema from "@/db/schema.pg";
import { resetEnvForTests } from "@/lib/env";
import { createTestPgDatabase, preparePgTestDatabase } from "@/lib/testing/pg";

// On a real PostgreSQL server (lib/testing/pg.ts): the Postgres migrations and the column types that store
// what SQLite stores.

const testPg = preparePgTestDatabase();

const journalEntries = () => (JSON.parse(fs.readFileSync(path.join(process.cwd(), "db/migrations-pg/meta/_journal.json"), "utf8")) as { entries: unknown[] }).entries.length;

describe("Postgres migrations", () => {
  it("apply once on an empty database even when two instances start together, and again change nothing", async () => {
    const pg = testPg();
    const other = openPg(pg.url);
    try {
      await Promise.all([migratePostgres(pg.pool, pg.url), migratePostgres(other.pool, pg.url)]);
    } finally {
      await closePg(other);
    }
    const applied = async () => Number((await pg.pool.query("select count(*) as n from drizzle.__drizzle_migrations")).rows[0].n);
    expect(journalEntries()).toBeGreaterThan(1);
    expect(await applied()).toBe(journalEntries());
    await migratePostgres(pg.pool, pg.url);
    expect(await applied()).toBe(journalEntries());

    const tables = new Set((await pg.pool.query("select table_name from information_schema.tables where table_schema = 'public'")).rows.map((r) => r.table_name as string));
    const declared = Object.values(pgSchema)
      .filter((value) => is(value, PgTable))
      .map((table) => getTableName(table));
    expect(declared.length).toBeGreaterThan(20);
    for (const name of declared) expect(tables, name).toContain(name);
  });

  it("name the database, without its password, and the reason when it cannot be reached", async () => {
    testPg();
    const url = "postgresql://app:s3cret@127.0.0.1:1/nowhere";
    const unreachable = openPg(url);
    try {
      const failure = migratePostgres(unreachable.pool, url);
      await expect(failure).rejects.toThrow(/^Cannot open or migrate the Postgres database postgresql:\/\/app:\*\*\*@127\.0\.0\.1:1\/nowhere: .+/);
      await expect(failure).rejects.not.toThrow(/s3cret/);
    } finally {
      await closePg(unreachable);
    }
  });

  it("are what migrateConfiguredDatabase applies when DATABASE_URL is set, leaving SQLite untouched", async () => {
    testPg();
    const fresh = await createTestPgDatabase();
    process.env.DATABASE_URL = fresh.url;
    resetEnvForTests();
    try {
      await migrateConfiguredDatabase();
      const check = openPg(fresh.url);
      const n = Number((await check.pool.query("select count(*) as n from drizzle.__drizzle_migrations")).rows[0].n);
      await closePg(check);
      expect(n).toBe(journalEntries());
      expect(fs.existsSync(dbFile())).toBe(false);
    } finally {
      delete process.env.DATABASE_URL;
      resetEnvForTests();
      await closeProcessPg();
      await fresh.drop();
    }
  }, 120_000);
});

describe("Postgres columns", () => {
  it("store SQLite's representation (ms, 0/1, JSON text) and give code the same values", async () => {
    const pg = testPg();
    await migratePostgres(pg.pool, pg.url);
    const createdAt = new Date("2026-11-30T10:20:30.456Z");
    await pg.db.insert(pgSchema.users).values({ id: "u1", email: "ann@example.com", name: "Ann", role: "admin", passwordHash: "x", createdAt, updatedAt: createdAt });
    await pg.db.insert(pgSchema.webhooks).values({ id: "w1", url: "https://example.com/hook", secretEnc: "s", events: ["connection.stale", "cap.reached"], active: false, createdAt });

    const [user] = await pg.db.select().from(pgSchema.users).where(eq(pgSchema.users.id, "u1"));
    expect(user).toMatchObject({ active: true, createdAt, deactivatedAt: null });
    const [hook] = await pg.db.select().from(pgSchema.webhooks).where(eq(pgSchema.webhooks.id, "w1"));
    expect(hook).toMatchObject({ active: false, events: ["connection.stale", "cap.reached"], createdAt });

    const raw = (await pg.pool.query("select u.active as user_active, u.created_at, w.active as hook_active, w.events from users u, webhooks w")).rows[0];
    console.log("stored on Postgres:", raw);
    // int8 reads as a number (db/pg.ts), exactly the milliseconds SQLite stores.
    expect(raw).toEqual({ user_active: 1, created_at: createdAt.getTime(), hook_active: 0, events: '["connection.stale","cap.reached"]' });
  });
});

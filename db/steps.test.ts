import Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { dbFile, getDb } from "@/db/index";
import { migrateConfiguredDatabase, migratePostgres } from "@/db/migrate";
import * as pgSchema from "@/db/schema.pg";
import { jobLeases as sqliteJobLeases } from "@/db/schema";
import { afterCommit, all, first, run, transact, transactPg, type Tx, type Work } from "@/db/steps";
import { preparePgTestDatabase } from "@/lib/testing/pg";

// One transaction body, two engines: the same scenarios through the SQLite runner and the Postgres runner
// (a real server, lib/testing/pg.ts). On Postgres the body's table names are db/schema.pg.ts's tables.

type Engine = {
  table: typeof sqliteJobLeases;
  transact: <T>(body: (tx: Tx) => Work<T>) => Promise<T>;
  holderOf: (name: string) => Promise<string | undefined>;
};

const pg = preparePgTestDatabase((handle) => migratePostgres(handle.pool, handle.url));
beforeAll(() => migrateConfiguredDatabase());

const engines: Record<string, () => Engine> = {
  sqlite: () => ({
    table: sqliteJobLeases,
    transact: (body) => transact(body),
    holderOf: async (name) => getDb().select().from(sqliteJobLeases).where(eq(sqliteJobLeases.name, name)).get()?.holder,
  }),
  postgres: () => ({
    table: pgSchema.jobLeases as unknown as typeof sqliteJobLeases,
    transact: (body) => transactPg(pg().db, body),
    holderOf: async (name) => (await pg().db.select().from(pgSchema.jobLeases).where(eq(pgSchema.jobLeases.name, name)))[0]?.holder,
  }),
};

const lease = (name: string) => ({ name, holder: "test", expiresAt: new Date(Date.now() + 60_000) });

describe.each(Object.keys(engines))("transact on %s", (engineName) => {
  const engine = () => engines[engineName]!();

  it("commits every yielded write together and returns the body's value", async () => {
    const { table, transact, holderOf } = engine();
    const result = await transact(function* (tx) {
      yield* run(tx.insert(table).values(lease("a")));
      const row = yield* first(tx.select().from(table).where(eq(table.name, "a")));
      const changed = yield* run(tx.update(table).set({ holder: "other" }).where(eq(table.name, "a")));
      return { holder: row?.holder, changed: changed.changes };
    });
    expect(result).toEqual({ holder: "test", changed: 1 });
    expect(await holderOf("a")).toBe("other");
  });

  it("rolls back every write when the body throws after a write", async () => {
    const { table, transact, holderOf } = engine();
    await expect(
      transact(function* (tx) {
        yield* run(tx.insert(table).values(lease("b")));
        throw new Error("half-way");
      }),
    ).rejects.toThrow("half-way");
    expect(await holderOf("b")).toBeUndefined();
  });

  it("runs after-commit work once the rows are visible to other connections, and never after a rollback", async () => {
    const { table, transact, holderOf } = engine();
    const seen: (string | undefined)[] = [];
    const check = () => void holderOf("after").then((holder) => seen.push(holder));
    await transact(function* (tx) {
      yield* run(tx.insert(table).values(lease("after")));
      yield* afterCommit(check);
    });
    await expect.poll(() => seen).toEqual(["test"]);

    let calledAfterRollback = false;
    await expect(
      transact(function* (tx) {
        yield* afterCommit(() => (calledAfterRollback = true));
        yield* run(tx.insert(table).values(lease("after"))); // primary key taken
      }),
    ).rejects.toThrow();
    expect(calledAfterRollback).toBe(false);
  });

  it("ends the body at a failing query (its finally runs) and rolls back", async () => {
    const { table, transact, holderOf } = engine();
    let reachedAfter = false;
    let cleanedUp = false;
    await expect(
      transact(function* (tx) {
        try {
          yield* run(tx.insert(table).values(lease("c")));
          yield* run(tx.insert(table).values(lease("c"))); // primary key taken
          reachedAfter = true;
        } finally {
          cleanedUp = true;
        }
      }),
    ).rejects.toThrow();
    expect({ reachedAfter, cleanedUp }).toEqual({ reachedAfter: false, cleanedUp: true });
    expect(await holderOf("c")).toBeUndefined();
  });

  it("reads all rows the body yields for", async () => {
    const { table, transact } = engine();
    const names = await transact(function* (tx) {
      yield* run(tx.insert(table).values([lease("d1"), lease("d2")]));
      const rows = yield* all(tx.select({ name: table.name }).from(table).where(eq(table.holder, "test")));
      return rows.map((r) => r.name).sort();
    });
    expect(names).toEqual(expect.arrayContaining(["d1", "d2"]));
  });
});

describe("transact on SQLite beside another process", () => {
  // Another process on the same file is another connection: SQLite's locks are the same between the two.
  it("holds the write lock from BEGIN, so another process's commit cannot land between its read and its write", async () => {
    const other = new Database(dbFile());
    other.pragma("busy_timeout = 0");
    try {
      let otherWrite: unknown;
      await transact(function* (tx) {
        yield* first(tx.select().from(sqliteJobLeases).where(eq(sqliteJobLeases.name, "race")));
        // A deferred transaction would let this commit, then fail its own write below with SQLITE_BUSY.
        try {
          other.prepare("insert into job_leases (name, holder, expires_at) values ('race', 'other', 0)").run();
        } catch (error) {
          otherWrite = error;
        }
        yield* run(tx.insert(sqliteJobLeases).values(lease("race")));
      });
      expect((otherWrite as { code?: string } | undefined)?.code).toBe("SQLITE_BUSY");
      expect(other.prepare("select holder from job_leases where name = 'race'").get()).toEqual({ holder: "test" });
    } finally {
      other.close();
    }
  });
});

import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/index";
import { migrateDatabase } from "@/db/migrate";
import { jobLeases } from "@/db/schema";
import { all, first, run, transact } from "@/db/steps";

beforeAll(() => migrateDatabase());

const rowsNamed = (name: string) => getDb().select().from(jobLeases).where(eq(jobLeases.name, name)).all();
const lease = (name: string) => ({ name, holder: "test", expiresAt: new Date(Date.now() + 60_000) });

describe("transact", () => {
  it("commits every yielded write together and returns the body's value", async () => {
    const result = await transact(function* (tx) {
      yield* run(tx.insert(jobLeases).values(lease("a")));
      const row = yield* first(tx.select().from(jobLeases).where(eq(jobLeases.name, "a")));
      const changed = yield* run(tx.update(jobLeases).set({ holder: "other" }).where(eq(jobLeases.name, "a")));
      return { holder: row?.holder, changed: changed.changes };
    });
    expect(result).toEqual({ holder: "test", changed: 1 });
    expect(getDb().select().from(jobLeases).where(eq(jobLeases.name, "a")).get()?.holder).toBe("other");
  });

  it("rolls back every write when the body throws after a write", async () => {
    await expect(
      transact(function* (tx) {
        yield* run(tx.insert(jobLeases).values(lease("b")));
        throw new Error("half-way");
      }),
    ).rejects.toThrow("half-way");
    expect(rowsNamed("b")).toEqual([]);
  });

  it("ends the body at a failing query (its finally runs) and rolls back, as Postgres would", async () => {
    let reachedAfter = false;
    let cleanedUp = false;
    await expect(
      transact(function* (tx) {
        try {
          yield* run(tx.insert(jobLeases).values(lease("c")));
          yield* run(tx.insert(jobLeases).values(lease("c"))); // primary key taken
          reachedAfter = true;
        } finally {
          cleanedUp = true;
        }
      }),
    ).rejects.toThrow();
    expect({ reachedAfter, cleanedUp }).toEqual({ reachedAfter: false, cleanedUp: true });
    expect(rowsNamed("c")).toEqual([]);
  });

  it("reads all rows the body yields for", async () => {
    const names = await transact(function* (tx) {
      yield* run(tx.insert(jobLeases).values([lease("d1"), lease("d2")]));
      const rows = yield* all(tx.select({ name: jobLeases.name }).from(jobLeases).where(eq(jobLeases.holder, "test")));
      return rows.map((r) => r.name).sort();
    });
    expect(names).toEqual(expect.arrayContaining(["d1", "d2"]));
  });
});

import { sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/index";
import { databaseEngine } from "@/db/engine";
import { getPg, type PgDb } from "@/db/pg";

// Transactions written once for both engines (docs/architecture.md#transactions).
//
// better-sqlite3 runs a transaction synchronously: an `await` inside it would let another request's queries run
// on the same connection, inside our BEGIN. node-postgres runs one asynchronously on a pooled client. So a
// transaction's body is a generator that *yields its queries*: the SQLite runner drives it synchronously inside
// better-sqlite3's transaction, a Postgres runner awaits each query between BEGIN and COMMIT. The body cannot call
// Xero (or anything slow) while the transaction is open, because all it can do is yield queries.
//
//   const claimed = await transact(function* (tx) {
//     const row = yield* first(tx.select().from(grants).where(eq(grants.id, id)));
//     yield* run(tx.update(grants).set({ … }).where(eq(grants.id, id)));
//     return row;
//   });

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** One query handed to the runner, and how its result is wanted; or work to do once the transaction has committed. */
export type Step = QueryStep | { readonly mode: "afterCommit"; readonly callback: () => void };
type QueryStep = { readonly mode: "all" | "first" | "run"; readonly query: SqliteRunnable };
type SqliteRunnable = { all(): unknown[]; get(): unknown; run(): unknown };

/** What `run` gives back on either engine. */
export type RunOutcome = { changes: number };

export type Work<T> = Generator<Step, T, unknown>;

/** All rows of a select, or of an insert/update/delete with `.returning()`. */
export function* all<Q extends { all(): unknown[] }>(query: Q): Generator<Step, ReturnType<Q["all"]>, unknown> {
  return (yield { mode: "all", query: query as unknown as SqliteRunnable }) as ReturnType<Q["all"]>;
}

/** The first row, or undefined. */
export function* first<Q extends { get(): unknown }>(query: Q): Generator<Step, ReturnType<Q["get"]>, unknown> {
  return (yield { mode: "first", query: query as unknown as SqliteRunnable }) as ReturnType<Q["get"]>;
}

/** A write without `.returning()`: how many rows it changed. */
export function* run(query: { run(): unknown }): Generator<Step, RunOutcome, unknown> {
  return (yield { mode: "run", query: query as unknown as SqliteRunnable }) as RunOutcome;
}

/**
 * Runs the callback once the transaction has committed (never if it rolls back): for what must see the committed
 * rows, such as sending the webhooks a body queued. Another connection cannot see them any earlier on Postgres.
 */
export function* afterCommit(callback: () => void): Generator<Step, void, unknown> {
  yield { mode: "afterCommit", callback };
}

function runOnSqlite(step: QueryStep): unknown {
  if (step.mode === "all") return step.query.all();
  if (step.mode === "first") return step.query.get();
  const result = step.query.run() as { changes: number };
  return { changes: result.changes } satisfies RunOutcome;
}

/**
 * Drives a body to its end, executing each yielded step with `exec`. A failing query ends the body (its `finally`
 * blocks run) and the error leaves the transaction, which rolls back: Postgres aborts a transaction on a failed
 * statement, so a body must not catch one and go on as SQLite would let it.
 */
export function driveSync<T>(work: Work<T>, exec: (step: QueryStep) => unknown, committed: (() => void)[] = []): T {
  let next = work.next();
  while (!next.done) {
    if (next.value.mode === "afterCommit") {
      committed.push(next.value.callback);
      next = work.next();
      continue;
    }
    let result: unknown;
    try {
      result = exec(next.value);
    } catch (error) {
      work.return(undefined as T);
      throw error;
    }
    next = work.next(result);
  }
  return next.value;
}

async function runOnPg(step: QueryStep): Promise<unknown> {
  // node-postgres resolves a select (or a write with .returning()) to its rows, a plain write to its QueryResult.
  const result = await (step.query as unknown as PromiseLike<unknown>);
  if (step.mode === "all") return result;
  if (step.mode === "first") return (result as unknown[])[0];
  return { changes: (result as { rowCount: number | null }).rowCount ?? 0 } satisfies RunOutcome;
}

// Any fixed number: the lock every `immediate` transaction on Postgres takes first (see transact).
const IMMEDIATE_LOCK = 7_220_417_121;

/** The Postgres runner: the same body, each query awaited in turn inside one transaction. */
export async function transactPg<T>(db: PgDb, body: (tx: Tx) => Work<T>, options: { immediate?: boolean } = {}): Promise<T> {
  const committed: (() => void)[] = [];
  const value = await db.transaction(async (tx) => {
    if (options.immediate) await tx.execute(sql`select pg_advisory_xact_lock(${IMMEDIATE_LOCK})`);
    // The body is written against db/schema.ts's names; on Postgres the same names are db/schema.pg.ts's tables.
    const work = body(tx as unknown as Tx);
    let next = work.next();
    while (!next.done) {
      if (next.value.mode === "afterCommit") {
        committed.push(next.value.callback);
        next = work.next();
        continue;
      }
      let result: unknown;
      try {
        result = await runOnPg(next.value);
      } catch (error) {
        work.return(undefined as T);
        throw error;
      }
      next = work.next(result);
    }
    return next.value;
  });
  runCallbacks(committed);
  return value;
}

function runCallbacks(callbacks: (() => void)[]) {
  for (const callback of callbacks) callback();
}

/**
 * Runs the body in one transaction: everything it yields commits together or not at all.
 * `immediate` is for read-then-write bodies (counting attempts, claiming rows, upserting what was not there):
 * Postgres takes one transaction-scoped advisory lock shared by every immediate body, so they run one at a time
 * across all instances as they do on SQLite, while plain reads and other writes go on beside them. (Row locks
 * would not do: a row that does not exist yet cannot be locked.)
 * SQLite begins every transaction IMMEDIATE, taking the write lock at BEGIN: a deferred one that reads and then
 * writes fails at once with SQLITE_BUSY (no busy wait) if another process on the file committed in between, which
 * several server processes (WEB_CONCURRENCY) or the CLI beside the server would make happen. The body runs
 * synchronously, so the lock is held only while it runs; one process alone never waits on it.
 */
export async function transact<T>(body: (tx: Tx) => Work<T>, options: { immediate?: boolean } = {}): Promise<T> {
  if (databaseEngine() === "postgres") return transactPg(getPg().db, body, options);
  const committed: (() => void)[] = [];
  const value = getDb().transaction((tx) => driveSync(body(tx), runOnSqlite, committed), { behavior: "immediate" });
  runCallbacks(committed);
  return value;
}

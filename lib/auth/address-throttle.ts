import { lt, sql } from "drizzle-orm";
import { signInAddressAttempts } from "@/db/schema";
import { first, run, type Tx } from "@/db/steps";

// Sign-in attempts per client address, so one burst cannot keep the password hasher busy for everyone.
// The count lives in the database (several instances may share it) and runs on real time.

export const ADDRESS_WINDOW_MS = 60_000;

/**
 * Counts one attempt from `address` and answers whether it is within `limit` for the current minute.
 * One upsert statement, so concurrent requests (and processes) each see their own count. A step of a
 * transaction (db/steps.ts): call it with `yield*`.
 */
export function* takeAddressAttemptStep(tx: Tx, address: string, now: Date, limit: number) {
  const t = signInAddressAttempts;
  const windowOver = sql`${t.windowStartedAt} <= ${now.getTime() - ADDRESS_WINDOW_MS}`;
  // SQLite and Postgres evaluate every SET expression against the row as it was, so both read the old window.
  const row = yield* first(
    tx
      .insert(t)
      .values({ address, windowStartedAt: now, attempts: 1 })
      .onConflictDoUpdate({
        target: t.address,
        set: {
          attempts: sql`case when ${windowOver} then 1 else ${t.attempts} + 1 end`,
          windowStartedAt: sql`case when ${windowOver} then ${now.getTime()} else ${t.windowStartedAt} end`,
        },
      })
      .returning({ attempts: t.attempts }),
  );
  // Windows that ended long ago only take space.
  yield* run(tx.delete(t).where(lt(t.windowStartedAt, new Date(now.getTime() - 10 * ADDRESS_WINDOW_MS))));
  return row!.attempts <= limit;
}

/**
 * The client's address: the last X-Forwarded-For entry, which the nearest proxy (or Next's own server,
 * when nothing sent the header) wrote. Without a proxy in front a client can choose it, so the per-email
 * lock-out, not this throttle, is what bounds password guessing.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || "unknown";
}

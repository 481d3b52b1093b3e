import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { signInThrottle, users } from "@/db/schema";
import { firstRow } from "@/db/query";
import { first, run, transact, type Work } from "@/db/steps";
import { env } from "@/lib/env";
import { realNow } from "@/lib/clock";
import { recordAudit } from "@/lib/audit/record";
import { takeAddressAttemptStep } from "@/lib/auth/address-throttle";
import { afterFailure, lockedUntil } from "@/lib/auth/lockout";
import { DUMMY_HASH, hashPassword, needsRehash, verifyPassword } from "@/lib/auth/password";

export type CredentialCheck = { ok: true; user: { id: string; email: string } } | { ok: false; reason: "invalid" } | { ok: false; reason: "throttled" } | { ok: false; reason: "locked"; until: Date };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

type Admission = { admitted: false; refusal: CredentialCheck } | { admitted: true; failures: number; lockedUntil: Date | null };

/**
 * Decides, in one immediate transaction, whether this attempt may check a password, and counts it as a
 * failure before the (slow) check runs: attempts in flight hold their place in the count, so a burst
 * gets exactly as many checks as the lock-out rule allows. A success deletes the count afterwards.
 */
async function admit(email: string, address: string, at: Date): Promise<Admission> {
  return transact(
    function* (tx): Work<Admission> {
      const state = yield* first(tx.select().from(signInThrottle).where(eq(signInThrottle.email, email)));
      const until = lockedUntil(state, at);
      if (until) return { admitted: false, refusal: { ok: false, reason: "locked", until } };
      if (!(yield* takeAddressAttemptStep(tx, address, at, env().SIGN_IN_ATTEMPTS_PER_MINUTE))) return { admitted: false, refusal: { ok: false, reason: "throttled" } };
      const next = afterFailure(state, at);
      yield* run(
        tx
          .insert(signInThrottle)
          .values({ email, ...next })
          .onConflictDoUpdate({ target: signInThrottle.email, set: next }),
      );
      return { admitted: true, failures: next.failures, lockedUntil: next.lockedUntil };
    },
    { immediate: true },
  );
}

/** Checks an email and password from a client address, applying the lock-out rule and the address throttle. Audits every outcome but throttling. */
export async function checkCredentials(rawEmail: string, password: string, address: string): Promise<CredentialCheck> {
  const db = getDb();
  const email = normaliseEmail(rawEmail);
  const admission = await admit(email, address, realNow());
  if (!admission.admitted) {
    const { refusal } = admission;
    if (refusal.ok === false && refusal.reason === "locked") {
      await recordAudit({ actor: { id: null, email }, action: "auth.sign_in_locked", details: { lockedUntil: refusal.until.toISOString() } });
    }
    return refusal;
  }

  const user = await firstRow(db.select({ id: users.id, email: users.email, hash: users.passwordHash, active: users.active }).from(users).where(eq(users.email, email)).limit(1));
  const passwordOk = await verifyPassword(password, user?.hash ?? DUMMY_HASH);
  if (user && user.active && passwordOk) {
    await db.delete(signInThrottle).where(eq(signInThrottle.email, email));
    if (needsRehash(user.hash)) await upgradeHash(user.id, user.hash, password);
    await recordAudit({ actor: { id: user.id, email }, action: "auth.sign_in" });
    return { ok: true, user: { id: user.id, email } };
  }

  const why = !user ? "unknown email" : !user.active ? "user deactivated" : "wrong password";
  await recordAudit({ actor: { id: user?.id ?? null, email }, action: "auth.sign_in_failed", details: { why, failures: admission.failures } });
  return admission.lockedUntil ? { ok: false, reason: "locked", until: admission.lockedUntil } : { ok: false, reason: "invalid" };
}

/** Re-hashes at today's cost while the password is at hand, unless the hash changed meanwhile. */
async function upgradeHash(userId: string, oldHash: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await getDb()
    .update(users)
    .set({ passwordHash })
    .where(and(eq(users.id, userId), eq(users.passwordHash, oldHash)));
}

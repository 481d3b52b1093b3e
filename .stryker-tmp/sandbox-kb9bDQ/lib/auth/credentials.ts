// @ts-nocheck
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { signInThrottle, users } from "@/db/schema";
import { xeroNow } from "@/lib/clock";
import { recordAudit } from "@/lib/audit/record";
import { afterFailure, lockedUntil } from "@/lib/auth/lockout";
import { DUMMY_HASH, verifyPassword } from "@/lib/auth/password";

export type CredentialCheck =
  | { ok: true; user: { id: string; email: string } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; until: Date };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Checks an email and password, applying and recording the lock-out rule. Audits every outcome. */
export async function checkCredentials(rawEmail: string, password: string): Promise<CredentialCheck> {
  const db = getDb();
  const email = normaliseEmail(rawEmail);
  const at = xeroNow();
  const throttle = db.select().from(signInThrottle).where(eq(signInThrottle.email, email)).get();
  const until = lockedUntil(throttle, at);
  if (until) {
    recordAudit({ actor: { id: null, email }, action: "auth.sign_in_locked", details: { lockedUntil: until.toISOString() } });
    return { ok: false, reason: "locked", until };
  }

  const user = db.select({ id: users.id, email: users.email, hash: users.passwordHash, active: users.active }).from(users).where(eq(users.email, email)).get();
  const passwordOk = await verifyPassword(password, user?.hash ?? DUMMY_HASH);
  if (user && user.active && passwordOk) {
    db.delete(signInThrottle).where(eq(signInThrottle.email, email)).run();
    recordAudit({ actor: { id: user.id, email }, action: "auth.sign_in" });
    return { ok: true, user: { id: user.id, email } };
  }

  const next = afterFailure(throttle, at);
  db.insert(signInThrottle)
    .values({ email, ...next })
    .onConflictDoUpdate({ target: signInThrottle.email, set: next })
    .run();
  const why = !user ? "unknown email" : !user.active ? "user deactivated" : "wrong password";
  recordAudit({ actor: { id: user?.id ?? null, email }, action: "auth.sign_in_failed", details: { why, failures: next.failures } });
  return next.lockedUntil ? { ok: false, reason: "locked", until: next.lockedUntil } : { ok: false, reason: "invalid" };
}

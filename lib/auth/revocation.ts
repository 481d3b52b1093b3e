import { eq, lt } from "drizzle-orm";
import { getDb } from "@/db/index";
import { revokedSessions, users } from "@/db/schema";
import { env } from "@/lib/env";
import { realNow } from "@/lib/clock";

// Signing out revokes the session id carried in the cookie, so no later copy of that cookie works.
// All of it runs on real time: advancing the sandbox clock must not expire a revocation early.

export function revokeSession(sessionId: string): void {
  const at = realNow();
  const db = getDb();
  // A revoked id only matters while a cookie carrying it could still be valid.
  db.delete(revokedSessions).where(lt(revokedSessions.expiresAt, at)).run();
  db.insert(revokedSessions)
    .values({ sessionId, revokedAt: at, expiresAt: new Date(at.getTime() + env().SESSION_IDLE_HOURS * 60 * 60 * 1000) })
    .onConflictDoNothing()
    .run();
}

export function isSessionRevoked(sessionId: string): boolean {
  return getDb().select({ id: revokedSessions.sessionId }).from(revokedSessions).where(eq(revokedSessions.sessionId, sessionId)).get() !== undefined;
}

/**
 * Whether a session cookie may still be used: not signed out, the user active, and signed in after the
 * user's last deactivation (so reactivating does not revive cookies issued before it).
 */
export function isSessionUsable(session: { userId: string; sessionId: string; signedInAt: number }): boolean {
  if (isSessionRevoked(session.sessionId)) return false;
  const row = getDb().select({ active: users.active, notBefore: users.sessionsNotBefore }).from(users).where(eq(users.id, session.userId)).get();
  if (!row?.active) return false;
  return !row.notBefore || session.signedInAt > row.notBefore.getTime();
}

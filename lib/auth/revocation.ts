import { eq, lt } from "drizzle-orm";
import { getDb } from "@/db/index";
import { revokedSessions, users } from "@/db/schema";
import { firstRow } from "@/db/query";
import { env } from "@/lib/env";
import { realNow } from "@/lib/clock";

// Signing out revokes the session id carried in the cookie, so no later copy of that cookie works.
// All of it runs on real time: advancing the sandbox clock must not expire a revocation early.

export async function revokeSession(sessionId: string): Promise<void> {
  const at = realNow();
  const db = getDb();
  // A revoked id only matters while a cookie carrying it could still be valid.
  await db.delete(revokedSessions).where(lt(revokedSessions.expiresAt, at));
  await db
    .insert(revokedSessions)
    .values({ sessionId, revokedAt: at, expiresAt: new Date(at.getTime() + env().SESSION_IDLE_HOURS * 60 * 60 * 1000) })
    .onConflictDoNothing();
}

export async function isSessionRevoked(sessionId: string): Promise<boolean> {
  return (await firstRow(getDb().select({ id: revokedSessions.sessionId }).from(revokedSessions).where(eq(revokedSessions.sessionId, sessionId)).limit(1))) !== undefined;
}

/**
 * Whether a session cookie may still be used: not signed out, the user active, and signed in after the
 * user's last deactivation (so reactivating does not revive cookies issued before it).
 */
export async function isSessionUsable(session: { userId: string; sessionId: string; signedInAt: number }): Promise<boolean> {
  if (await isSessionRevoked(session.sessionId)) return false;
  const row = await firstRow(getDb().select({ active: users.active, notBefore: users.sessionsNotBefore }).from(users).where(eq(users.id, session.userId)).limit(1));
  if (!row?.active) return false;
  return !row.notBefore || session.signedInAt > row.notBefore.getTime();
}

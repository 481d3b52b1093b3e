// @ts-nocheck
import { eq, lt } from "drizzle-orm";
import { getDb } from "@/db/index";
import { revokedSessions } from "@/db/schema";
import { env } from "@/lib/env";
import { xeroNow } from "@/lib/clock";

// Signing out revokes the session id carried in the cookie, so no later copy of that cookie works.

export function revokeSession(sessionId: string): void {
  const at = xeroNow();
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

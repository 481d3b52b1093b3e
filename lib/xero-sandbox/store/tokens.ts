import { and, eq, isNull } from "drizzle-orm";
import { sandboxDb, sandboxTransaction } from "@/lib/xero-sandbox/db";
import { newAuthCode, newRefreshToken, randomUuid, sha256Hex } from "@/lib/xero-sandbox/ids";
import { authCodes, grants, refreshTokens } from "@/lib/xero-sandbox/schema";

// Authorisation codes, refresh tokens and grants. Only hashes are stored: a leaked sandbox.db holds no
// usable token.

export type CodeRow = typeof authCodes.$inferSelect;
export type RefreshRow = typeof refreshTokens.$inferSelect;

export function issueCode(values: Omit<CodeRow, "codeHash" | "usedAt">): string {
  const code = newAuthCode();
  sandboxDb()
    .insert(authCodes)
    .values({ ...values, codeHash: sha256Hex(code), usedAt: null })
    .run();
  return code;
}

export const findCode = (code: string): CodeRow | undefined =>
  sandboxDb()
    .select()
    .from(authCodes)
    .where(eq(authCodes.codeHash, sha256Hex(code)))
    .get();

/** Marks a code used; false if another request used it first. */
export function consumeCode(code: string, at: number): boolean {
  return (
    sandboxDb()
      .update(authCodes)
      .set({ usedAt: at })
      .where(and(eq(authCodes.codeHash, sha256Hex(code)), isNull(authCodes.usedAt)))
      .run().changes === 1
  );
}

export type RefreshValues = Omit<RefreshRow, "tokenHash" | "rotatedAt" | "revokedAt">;

/** Stores a new refresh token; `token` fixes its value (the deterministic seed). */
export function issueRefreshToken(values: RefreshValues, token = newRefreshToken()): string {
  sandboxDb()
    .insert(refreshTokens)
    .values({ ...values, tokenHash: sha256Hex(token), rotatedAt: null, revokedAt: null })
    .run();
  return token;
}

export const findRefreshToken = (token: string): RefreshRow | undefined =>
  sandboxDb()
    .select()
    .from(refreshTokens)
    .where(eq(refreshTokens.tokenHash, sha256Hex(token)))
    .get();

/** Rotation: the old token is marked (its grace window starts now) and a new one issued, atomically. */
export function rotateRefreshToken(old: RefreshRow, at: number): string {
  const db = sandboxDb();
  return sandboxTransaction(() => {
    if (old.rotatedAt === null) db.update(refreshTokens).set({ rotatedAt: at }).where(eq(refreshTokens.tokenHash, old.tokenHash)).run();
    const { tokenHash: _h, rotatedAt: _r, revokedAt: _v, ...rest } = old;
    return issueRefreshToken({ ...rest, issuedAt: at });
  });
}

/** Revokes every refresh token the user holds for the app. */
export function revokeUserTokens(appId: string, userId: string, at: number): void {
  sandboxDb()
    .update(refreshTokens)
    .set({ revokedAt: at })
    .where(and(eq(refreshTokens.appId, appId), eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)))
    .run();
}

/** Records a consent's scopes; scopes add up across consents (docs/xero.md#scopes). Returns the grant's scopes. */
export function recordGrant(appId: string, userId: string, scopes: string[], at: number): string[] {
  const db = sandboxDb();
  const existing = db
    .select()
    .from(grants)
    .where(and(eq(grants.appId, appId), eq(grants.userId, userId)))
    .get();
  const all = [...new Set([...(existing ? existing.scopes.split(" ") : []), ...scopes])].filter(Boolean);
  if (existing)
    db.update(grants)
      .set({ scopes: all.join(" ") })
      .where(eq(grants.id, existing.id))
      .run();
  else
    db.insert(grants)
      .values({ id: randomUuid(), appId, userId, scopes: all.join(" "), createdAt: at })
      .run();
  return all;
}

export function deleteGrant(appId: string, userId: string): void {
  sandboxDb()
    .delete(grants)
    .where(and(eq(grants.appId, appId), eq(grants.userId, userId)))
    .run();
}

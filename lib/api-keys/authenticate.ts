import "server-only";
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import { getDb } from "@/db/index";
import { changedRows } from "@/db/query";
import { apiKeyCounters, apiKeys } from "@/db/schema";
import type { ApiKeyPrincipal } from "@/lib/auth/session";
import { realNowMs } from "@/lib/clock";
import { env } from "@/lib/env";
import { hashApiKey, looksLikeApiKey } from "./secret";

// Turning an Authorization header into a key, and the per-key rate limit. Both use real time and live in
// the database, so every instance on the same database sees the same counts.

const LAST_USED_GRANULARITY_MS = 60_000;

export type KeyCheck = { ok: true; key: ApiKeyPrincipal } | { ok: false; reason: "missing" | "invalid" | "revoked" };

export async function authenticateApiKey(authorization: string | null): Promise<KeyCheck> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match) return { ok: false, reason: "missing" };
  const secret = match[1]!;
  if (!looksLikeApiKey(secret)) return { ok: false, reason: "invalid" };
  const db = getDb();
  const [row] = await db
    .select({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, scopes: apiKeys.scopes, environment: apiKeys.environment, revokedAt: apiKeys.revokedAt, lastUsedAt: apiKeys.lastUsedAt })
    .from(apiKeys)
    .where(eq(apiKeys.keyHash, hashApiKey(secret)))
    .limit(1);
  if (!row) return { ok: false, reason: "invalid" };
  if (row.revokedAt) return { ok: false, reason: "revoked" };
  const now = realNowMs();
  // "Last used" to the minute: one write a minute per key, not one per request.
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > LAST_USED_GRANULARITY_MS) {
    await db
      .update(apiKeys)
      .set({ lastUsedAt: new Date(now) })
      .where(and(eq(apiKeys.id, row.id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, new Date(now - LAST_USED_GRANULARITY_MS)))));
  }
  return { ok: true, key: { keyId: row.id, name: row.name, prefix: row.prefix, scopes: row.scopes, environment: row.environment } };
}

/** Adds one to a key's counter for a bucket and returns the new count (one atomic statement). */
export async function bumpCounter(keyId: string, bucket: string, expiresAt: number): Promise<number> {
  const [row] = await getDb()
    .insert(apiKeyCounters)
    .values({ keyId, bucket, count: 1, expiresAt: new Date(expiresAt) })
    .onConflictDoUpdate({ target: [apiKeyCounters.keyId, apiKeyCounters.bucket], set: { count: sql`${apiKeyCounters.count} + 1` } })
    .returning({ count: apiKeyCounters.count });
  return row?.count ?? 1;
}

/** Counts this request against the key's per-minute budget; over it, how many seconds until the next minute. */
export async function takeRateLimit(keyId: string): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
  const now = realNowMs();
  const minute = Math.floor(now / 60_000);
  const count = await bumpCounter(keyId, `minute:${minute}`, (minute + 2) * 60_000);
  if (count <= env().API_RATE_LIMIT_PER_MINUTE) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(((minute + 1) * 60_000 - now) / 1000)) };
}

/** Drops counters that no longer matter (called by the background tick). */
export async function pruneApiKeyCounters(): Promise<number> {
  return changedRows(
    await getDb()
      .delete(apiKeyCounters)
      .where(lt(apiKeyCounters.expiresAt, new Date(realNowMs()))),
  );
}

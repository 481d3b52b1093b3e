import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/index";
import { apiKeyCounters } from "@/db/schema";
import type { ApiKeyPrincipal } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { realNowMs } from "@/lib/clock";
import { bumpCounter } from "./authenticate";

// Token vending is counted per key per day rather than logged per call: a busy backend asks for tokens
// thousands of times a day. The first vend of each day leaves one entry in Activity.

const DAY_MS = 86_400_000;
const dayBucket = (ms: number) => `tokens:${new Date(ms).toISOString().slice(0, 10)}`;

export async function recordTokenVend(key: ApiKeyPrincipal, grant: { id: string; label: string }): Promise<void> {
  const now = realNowMs();
  const count = await bumpCounter(key.keyId, dayBucket(now), now + 2 * DAY_MS);
  if (count === 1)
    await recordAudit({
      actor: { id: `api-key:${key.keyId}`, email: `API key ${key.prefix}` },
      action: "api_key.tokens_vended",
      target: { type: "grant", id: grant.id, label: grant.label },
      details: { key: key.name },
    });
}

/** Tokens each key vended today (UTC day), for the API keys page. */
export async function tokensVendedToday(keyIds: string[]): Promise<Record<string, number>> {
  if (keyIds.length === 0) return {};
  const rows = await getDb()
    .select({ keyId: apiKeyCounters.keyId, count: apiKeyCounters.count })
    .from(apiKeyCounters)
    .where(and(inArray(apiKeyCounters.keyId, keyIds), eq(apiKeyCounters.bucket, dayBucket(realNowMs()))));
  return Object.fromEntries(rows.map((r) => [r.keyId, r.count]));
}

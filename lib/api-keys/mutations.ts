import "server-only";
import crypto from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { apiKeys } from "@/db/schema";
import { first, run, transact } from "@/db/steps";
import type { SessionUser } from "@/lib/auth/session";
import { auditStep } from "@/lib/audit/record";
import { realNow } from "@/lib/clock";
import { notFound } from "@/lib/errors";
import type { CreateApiKeyInput } from "./schemas";
import { generateApiKey } from "./secret";

// Settings → API keys changes. The caller has checked "api-keys:manage" and parsed the input: the server
// actions in app/(dashboard)/settings/api-keys do both through defineAction.

/** Creates a key and returns its secret: the only time anyone sees it. */
export async function createApiKey(data: CreateApiKeyInput, actor: SessionUser): Promise<{ id: string; name: string; secret: string; prefix: string }> {
  const { secret, prefix, hash } = generateApiKey();
  const id = crypto.randomUUID();
  await transact(function* (tx) {
    yield* run(tx.insert(apiKeys).values({ id, name: data.name, keyHash: hash, prefix, ownerId: actor.id, environment: data.environment, scopes: data.scopes, createdAt: realNow() }));
    yield* auditStep(tx, {
      actor: { id: actor.id, email: actor.email },
      action: "api_key.created",
      target: { type: "api_key", id, label: `${data.name} (${prefix})` },
      details: { environment: data.environment, scopes: data.scopes },
    });
  });
  return { id, name: data.name, secret, prefix };
}

export async function revokeApiKey(keyId: string, actor: SessionUser): Promise<void> {
  await transact(function* (tx) {
    const key = yield* first(tx.select({ name: apiKeys.name, prefix: apiKeys.prefix, revokedAt: apiKeys.revokedAt }).from(apiKeys).where(eq(apiKeys.id, keyId)).limit(1));
    if (!key) throw notFound("That API key");
    if (key.revokedAt) return;
    // Revoked once: of two concurrent revokes only the one that changes the row writes the Activity entry.
    const revoked = yield* run(
      tx
        .update(apiKeys)
        .set({ revokedAt: realNow() })
        .where(and(eq(apiKeys.id, keyId), isNull(apiKeys.revokedAt))),
    );
    if (revoked.changes === 0) return;
    yield* auditStep(tx, { actor: { id: actor.id, email: actor.email }, action: "api_key.revoked", target: { type: "api_key", id: keyId, label: `${key.name} (${key.prefix})` } });
  });
}

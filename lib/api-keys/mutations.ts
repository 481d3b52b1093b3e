import "server-only";
import crypto from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/index";
import { apiKeys } from "@/db/schema";
import { requirePermission } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { realNow } from "@/lib/clock";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/actions/result";
import { createApiKeySchema, revokeApiKeySchema } from "./schemas";
import { generateApiKey } from "./secret";

/** Creates a key and returns its secret: the only time anyone sees it. */
export async function createApiKey(input: unknown): Promise<{ id: string; name: string; secret: string; prefix: string }> {
  const actor = await requirePermission("api-keys:manage");
  const data = parseInput(createApiKeySchema, input);
  const { secret, prefix, hash } = generateApiKey();
  const id = crypto.randomUUID();
  getDb().insert(apiKeys).values({ id, name: data.name, keyHash: hash, prefix, ownerId: actor.id, environment: data.environment, scopes: data.scopes, createdAt: realNow() }).run();
  recordAudit({ actor: { id: actor.id, email: actor.email }, action: "api_key.created", target: { type: "api_key", id, label: `${data.name} (${prefix})` }, details: { environment: data.environment, scopes: data.scopes } });
  return { id, name: data.name, secret, prefix };
}

export async function revokeApiKey(input: unknown): Promise<void> {
  const actor = await requirePermission("api-keys:manage");
  const { keyId } = parseInput(revokeApiKeySchema, input);
  const db = getDb();
  const key = db.select({ name: apiKeys.name, prefix: apiKeys.prefix, revokedAt: apiKeys.revokedAt }).from(apiKeys).where(eq(apiKeys.id, keyId)).get();
  if (!key) throw notFound("That API key");
  if (key.revokedAt) return;
  db.update(apiKeys).set({ revokedAt: realNow() }).where(and(eq(apiKeys.id, keyId), isNull(apiKeys.revokedAt))).run();
  recordAudit({ actor: { id: actor.id, email: actor.email }, action: "api_key.revoked", target: { type: "api_key", id: keyId, label: `${key.name} (${key.prefix})` } });
}

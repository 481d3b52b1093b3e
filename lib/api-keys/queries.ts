import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { apiKeys, users } from "@/db/schema";
import { requirePermission } from "@/lib/auth/session";

export type ApiKeyRow = Awaited<ReturnType<typeof selectKeys>>[number];

function selectKeys() {
  return getDb()
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      environment: apiKeys.environment,
      scopes: apiKeys.scopes,
      createdAt: apiKeys.createdAt,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
      createdBy: users.email,
    })
    .from(apiKeys)
    .leftJoin(users, eq(users.id, apiKeys.ownerId))
    .orderBy(desc(apiKeys.createdAt))
    .limit(500);
}

/** Every key, newest first (never the hash). A team has a handful of keys, so no paging. */
export async function listApiKeys(): Promise<ApiKeyRow[]> {
  await requirePermission("api-keys:manage");
  return await selectKeys();
}

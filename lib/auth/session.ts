import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { cache } from "react";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { users } from "@/db/schema";
import { firstRow } from "@/db/query";
import { auth } from "@/lib/auth/auth";
import { can, type Permission, type Role } from "@/lib/auth/permissions";
import { scopesAllow } from "@/lib/api-keys/scopes";
import { AppError, forbidden, unauthenticated } from "@/lib/errors";

export type SessionUser = { id: string; email: string; name: string; role: Role };

/** An API request's key: who it acts as in the activity log, and what its scopes allow. */
export type ApiKeyPrincipal = { keyId: string; name: string; prefix: string; scopes: string[]; environment: string };

// REST API requests run inside the key's context, so every data function's own permission check
// (requirePermission below) judges the key's scopes instead of a session. No cookie is read then.
const apiKeyContext = new AsyncLocalStorage<ApiKeyPrincipal>();

export function runAsApiKey<T>(principal: ApiKeyPrincipal, fn: () => T): T {
  return apiKeyContext.run(principal, fn);
}

export function currentApiKey(): ApiKeyPrincipal | undefined {
  return apiKeyContext.getStore();
}

/** How an API key appears where a user would: in the activity log and as "who disconnected". */
function keyAsUser(key: ApiKeyPrincipal): SessionUser {
  return { id: `api-key:${key.keyId}`, email: `API key ${key.prefix}`, name: `API key “${key.name}”`, role: key.scopes.includes("write") ? "developer" : "support" };
}

/** The signed-in, active user of this request, read fresh from the database; null when signed out. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await firstRow(getDb().select({ id: users.id, email: users.email, name: users.name, role: users.role, active: users.active }).from(users).where(eq(users.id, id)).limit(1));
  if (!user?.active) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw unauthenticated();
  return user;
}

const permissionVerbs: Partial<Record<Permission, string>> = {
  "users:read": "view dashboard users",
  "users:manage": "manage dashboard users",
  "apps:manage": "register or change apps",
  "connections:connect": "connect organisations",
  "connect-links:create": "create connect links",
  "connections:disconnect": "disconnect connections",
  "connections:sync": "run a sync",
  "settings:manage": "change settings",
  "sandbox:use": "use the Xero sandbox controls",
  "api-keys:manage": "manage API keys",
  "tokens:vend": "vend access tokens",
};

/** The signed-in user, if their role has the permission; otherwise an AppError (401 or 403). */
export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const key = currentApiKey();
  if (key) {
    if (!scopesAllow(key.scopes, permission)) throw new AppError("forbidden", `This API key's scopes do not allow it to ${permissionVerbs[permission] ?? "do that"}.`);
    return keyAsUser(key);
  }
  const user = await requireUser();
  if (!can(user.role, permission)) throw forbidden(permissionVerbs[permission] ?? "do that");
  return user;
}

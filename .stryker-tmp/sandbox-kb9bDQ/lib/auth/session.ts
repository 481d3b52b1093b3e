// @ts-nocheck
import "server-only";
import { cache } from "react";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { users } from "@/db/schema";
import { auth } from "@/lib/auth/auth";
import { can, type Permission, type Role } from "@/lib/auth/permissions";
import { forbidden, unauthenticated } from "@/lib/errors";

export type SessionUser = { id: string; email: string; name: string; role: Role };

/** The signed-in, active user of this request, read fresh from the database; null when signed out. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = getDb()
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, active: users.active })
    .from(users)
    .where(eq(users.id, id))
    .get();
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
  "connections:disconnect": "disconnect connections",
  "connections:sync": "run a sync",
  "settings:manage": "change settings",
  "sandbox:use": "use the Xero sandbox controls",
};

/** The signed-in user, if their role has the permission; otherwise an AppError (401 or 403). */
export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user.role, permission)) throw forbidden(permissionVerbs[permission] ?? "do that");
  return user;
}

import "server-only";
import crypto from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/index";
import { users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record";
import { realNow } from "@/lib/clock";
import { AppError, notFound } from "@/lib/errors";
import { adminChangeProblem, type UserState } from "@/lib/users/rules";
import type { ChangeUserRoleInput, CreateUserInput, SetUserActiveInput } from "@/lib/users/schemas";

// Settings → Users changes. The caller has checked "users:manage" and parsed the input: the server actions
// in app/(dashboard)/settings/users do both through defineAction.

const DUPLICATE_EMAIL = "A user with this email address already exists.";

const actorOf = (user: SessionUser) => ({ id: user.id, email: user.email });

export async function createUser(data: CreateUserInput, actor: SessionUser): Promise<{ id: string; email: string }> {
  const db = getDb();
  const duplicate = () => new AppError("conflict", "Some fields need attention.", { email: [DUPLICATE_EMAIL] });
  if (db.select({ id: users.id }).from(users).where(eq(users.email, data.email)).get()) throw duplicate();
  const passwordHash = await hashPassword(data.password);
  const id = crypto.randomUUID();
  const at = realNow();
  try {
    db.insert(users).values({ id, email: data.email, name: data.name, role: data.role, passwordHash, createdAt: at, updatedAt: at }).run();
  } catch (error) {
    // Another request created the same email between our check and the insert.
    if ((error as { code?: string }).code === "SQLITE_CONSTRAINT_UNIQUE") throw duplicate();
    throw error;
  }
  await recordAudit({ actor: actorOf(actor), action: "user.created", target: { type: "user", id, label: data.email }, details: { role: data.role, name: data.name } });
  return { id, email: data.email };
}

/**
 * Applies a role or active change after checking the last-admin rule. better-sqlite3 transactions are
 * synchronous, so the count and the update cannot interleave with another request's.
 */
function applyChange(userId: string, change: (current: UserState) => UserState): { email: string; before: UserState; after: UserState } {
  const db = getDb();
  return db.transaction((tx) => {
    const row = tx.select({ email: users.email, role: users.role, active: users.active }).from(users).where(eq(users.id, userId)).get();
    if (!row) throw notFound("That user");
    const before: UserState = { role: row.role, active: row.active };
    const after = change(before);
    const activeAdmins =
      tx
        .select({ n: sql<number>`count(*)` })
        .from(users)
        .where(and(eq(users.role, "admin"), eq(users.active, true)))
        .get()?.n ?? 0;
    const problem = adminChangeProblem(before, after, activeAdmins);
    if (problem) throw new AppError("conflict", problem);
    if (before.role !== after.role || before.active !== after.active) {
      const at = realNow();
      tx.update(users)
        .set({ role: after.role, active: after.active, updatedAt: at, ...(before.active !== after.active ? activeChange(after.active, at) : {}) })
        .where(eq(users.id, userId))
        .run();
    }
    return { email: row.email, before, after };
  });
}

/** Deactivating also refuses, for good, every session cookie issued until now; reactivating keeps that. */
function activeChange(active: boolean, at: Date) {
  return active ? { deactivatedAt: null } : { deactivatedAt: at, sessionsNotBefore: at };
}

export async function changeUserRole({ userId, role }: ChangeUserRoleInput, actor: SessionUser): Promise<{ changed: boolean }> {
  const { email, before, after } = applyChange(userId, (current) => ({ ...current, role }));
  if (before.role === after.role) return { changed: false };
  await recordAudit({ actor: actorOf(actor), action: "user.role_changed", target: { type: "user", id: userId, label: email }, details: { from: before.role, to: after.role } });
  return { changed: true };
}

/** Deactivation ends the user's sessions at once: lib/auth re-reads `active` on every request. */
export async function setUserActive({ userId, active }: SetUserActiveInput, actor: SessionUser): Promise<{ changed: boolean }> {
  const { email, before, after } = applyChange(userId, (current) => ({ ...current, active }));
  if (before.active === after.active) return { changed: false };
  await recordAudit({
    actor: actorOf(actor),
    action: active ? "user.reactivated" : "user.deactivated",
    target: { type: "user", id: userId, label: email },
    details: { role: after.role },
  });
  return { changed: true };
}

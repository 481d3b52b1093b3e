import "server-only";
import crypto from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/index";
import { firstRow } from "@/db/query";
import { users } from "@/db/schema";
import { first, run, transact } from "@/db/steps";
import type { SessionUser } from "@/lib/auth/session";
import { hashPassword } from "@/lib/auth/password";
import { auditStep, type AuditInput } from "@/lib/audit/record";
import { realNow } from "@/lib/clock";
import { AppError, notFound } from "@/lib/errors";
import { adminChangeProblem, type UserState } from "@/lib/users/rules";
import type { ChangeUserRoleInput, CreateUserInput, SetUserActiveInput } from "@/lib/users/schemas";

// Settings → Users changes. The caller has checked "users:manage" and parsed the input: the server actions
// in app/(dashboard)/settings/users do both through defineAction.

const DUPLICATE_EMAIL = "A user with this email address already exists.";

const actorOf = (user: SessionUser) => ({ id: user.id, email: user.email });

/** A unique index refused the row: SQLite's code, or Postgres's unique_violation (drizzle wraps it as the cause). */
function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  const code = e.code ?? e.cause?.code;
  return code === "SQLITE_CONSTRAINT_UNIQUE" || code === "23505";
}

export async function createUser(data: CreateUserInput, actor: SessionUser): Promise<{ id: string; email: string }> {
  const duplicate = () => new AppError("conflict", "Some fields need attention.", { email: [DUPLICATE_EMAIL] });
  if (await firstRow(getDb().select({ id: users.id }).from(users).where(eq(users.email, data.email)).limit(1))) throw duplicate();
  const passwordHash = await hashPassword(data.password);
  const id = crypto.randomUUID();
  const at = realNow();
  try {
    await transact(function* (tx) {
      yield* run(tx.insert(users).values({ id, email: data.email, name: data.name, role: data.role, passwordHash, createdAt: at, updatedAt: at }));
      yield* auditStep(tx, { actor: actorOf(actor), action: "user.created", target: { type: "user", id, label: data.email }, details: { role: data.role, name: data.name } });
    });
  } catch (error) {
    // Another request created the same email between our check and the insert.
    if (isUniqueViolation(error)) throw duplicate();
    throw error;
  }
  return { id, email: data.email };
}

type Change = { email: string; before: UserState; after: UserState };

/**
 * Applies a role or active change after checking the last-admin rule, with its audit entry (none when nothing
 * changed). One immediate transaction, so the count and the update cannot interleave with another request's.
 */
function applyChange(userId: string, change: (current: UserState) => UserState, audit: (c: Change) => AuditInput | null): Promise<Change> {
  return transact(
    function* (tx) {
      const row = yield* first(tx.select({ email: users.email, role: users.role, active: users.active }).from(users).where(eq(users.id, userId)));
      if (!row) throw notFound("That user");
      const before: UserState = { role: row.role, active: row.active };
      const after = change(before);
      // SQLite-only: the immediate write lock keeps two admins from demoting each other; Postgres needs the admin rows locked.
      const activeAdmins =
        (yield* first(
          tx
            .select({ n: sql<number>`count(*)`.mapWith(Number) })
            .from(users)
            .where(and(eq(users.role, "admin"), eq(users.active, true))),
        ))?.n ?? 0;
      const problem = adminChangeProblem(before, after, activeAdmins);
      if (problem) throw new AppError("conflict", problem);
      if (before.role !== after.role || before.active !== after.active) {
        const at = realNow();
        yield* run(
          tx
            .update(users)
            .set({ role: after.role, active: after.active, updatedAt: at, ...(before.active !== after.active ? activeChange(after.active, at) : {}) })
            .where(eq(users.id, userId)),
        );
      }
      const result = { email: row.email, before, after };
      const entry = audit(result);
      if (entry) yield* auditStep(tx, entry);
      return result;
    },
    { immediate: true },
  );
}

/** Deactivating also refuses, for good, every session cookie issued until now; reactivating keeps that. */
function activeChange(active: boolean, at: Date) {
  return active ? { deactivatedAt: null } : { deactivatedAt: at, sessionsNotBefore: at };
}

export async function changeUserRole({ userId, role }: ChangeUserRoleInput, actor: SessionUser): Promise<{ changed: boolean }> {
  const { before, after } = await applyChange(
    userId,
    (current) => ({ ...current, role }),
    ({ email, before, after }) =>
      before.role === after.role ? null : { actor: actorOf(actor), action: "user.role_changed", target: { type: "user", id: userId, label: email }, details: { from: before.role, to: after.role } },
  );
  return { changed: before.role !== after.role };
}

/** Deactivation ends the user's sessions at once: lib/auth re-reads `active` on every request. */
export async function setUserActive({ userId, active }: SetUserActiveInput, actor: SessionUser): Promise<{ changed: boolean }> {
  const { before, after } = await applyChange(
    userId,
    (current) => ({ ...current, active }),
    ({ email, before, after }) =>
      before.active === after.active
        ? null
        : {
            actor: actorOf(actor),
            action: active ? "user.reactivated" : "user.deactivated",
            target: { type: "user", id: userId, label: email },
            details: { role: after.role },
          },
  );
  return { changed: before.active !== after.active };
}

import type { Role } from "@/lib/auth/permissions";

// The "last active admin" rule as a pure function, so it can be tested without a database. The caller
// counts active admins inside the same transaction as the change, so two admins demoting each other
// at once cannot both succeed.

export type UserState = { role: Role; active: boolean };

export const LAST_ADMIN_MESSAGE = "This is the last active admin. Make another user an admin (or reactivate one) first, so someone can still manage users.";

/** Why a change to a user may not happen, or null when it may. */
export function adminChangeProblem(current: UserState, next: UserState, activeAdminCount: number): string | null {
  const isActiveAdmin = current.role === "admin" && current.active;
  const staysActiveAdmin = next.role === "admin" && next.active;
  if (isActiveAdmin && !staysActiveAdmin && activeAdminCount <= 1) return LAST_ADMIN_MESSAGE;
  return null;
}

import "server-only";
import { asc, or, sql } from "drizzle-orm";
import { getDb } from "@/db/index";
import { users } from "@/db/schema";
import { requirePermission } from "@/lib/auth/session";
import type { Role } from "@/lib/auth/permissions";
import { listUsersSchema, type ListUsersInput } from "@/lib/users/schemas";
import { escapeLike } from "@/lib/pagination/like";

export const USERS_PAGE_SIZE = 25;

/** What a page may show about a user: never the password hash. */
export type UserRow = { id: string; email: string; name: string; role: Role; active: boolean; createdAt: Date; deactivatedAt: Date | null };

const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  active: users.active,
  createdAt: users.createdAt,
  deactivatedAt: users.deactivatedAt,
};

/** One page of dashboard users ordered by email (served by users_email_uq), optionally matching q. */
export async function listUsers(input: ListUsersInput = {}): Promise<{ rows: UserRow[]; total: number; page: number; pageSize: number }> {
  await requirePermission("users:read");
  const { page, q } = listUsersSchema.parse(input);
  const pattern = q ? `%${escapeLike(q.toLowerCase())}%` : undefined;
  const where = pattern ? or(sql`${users.email} like ${pattern} escape '\\'`, sql`lower(${users.name}) like ${pattern} escape '\\'`) : undefined;
  const db = getDb();
  const total = await db.$count(users, where);
  const rows = await db
    .select(userColumns)
    .from(users)
    .where(where)
    .orderBy(asc(users.email))
    .limit(USERS_PAGE_SIZE)
    .offset((page - 1) * USERS_PAGE_SIZE);
  return { rows, total, page, pageSize: USERS_PAGE_SIZE };
}

import crypto from "node:crypto";
import { hashSync } from "@node-rs/bcrypt";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { users } from "@/db/schema";
import type { Role } from "@/lib/auth/permissions";

// Users written straight into the test database (cheap hashes: these passwords only live in tests).

export type TestUser = { id: string; email: string; name: string; password: string; role: Role };

export async function insertTestUser(role: Role, opts: { active?: boolean } = {}): Promise<TestUser> {
  const id = crypto.randomUUID();
  const email = `${role}-${id.slice(0, 8)}@unit.test`;
  const password = `pw-${crypto.randomBytes(9).toString("base64url")}`;
  const name = `Test ${role}`;
  const at = new Date();
  await getDb()
    .insert(users)
    .values({ id, email, name, role, passwordHash: hashSync(password, 4), active: opts.active ?? true, createdAt: at, updatedAt: at });
  return { id, email, name, password, role };
}

export async function readTestUser(id: string) {
  return (await getDb().select({ role: users.role, active: users.active, deactivatedAt: users.deactivatedAt }).from(users).where(eq(users.id, id)).limit(1))[0];
}

import crypto from "node:crypto";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/index";
import { users } from "@/db/schema";
import { firstRow } from "@/db/query";
import { env } from "@/lib/env";
import { realNow } from "@/lib/clock";
import { hashPassword } from "@/lib/auth/password";
import { normaliseEmail } from "@/lib/auth/credentials";

export type SeededAdmin = { email: string; password: string | null };

/**
 * Creates the first admin when the database has no users. Returns what to print once:
 * the generated password, or null when ADMIN_PASSWORD supplied it.
 */
export async function seedAdmin(): Promise<SeededAdmin | null> {
  const db = getDb();
  // Postgres answers count(*) as a string.
  const count = Number((await firstRow(db.select({ n: sql<number>`count(*)` }).from(users)))?.n ?? 0);
  if (count > 0) return null;
  const email = normaliseEmail(env().ADMIN_EMAIL ?? "admin@connection-desk.local");
  const generated = env().ADMIN_PASSWORD ? null : crypto.randomBytes(12).toString("base64url");
  const at = realNow();
  await db.insert(users).values({
    id: crypto.randomUUID(),
    email,
    name: "Administrator",
    role: "admin",
    passwordHash: await hashPassword(env().ADMIN_PASSWORD ?? generated!),
    createdAt: at,
    updatedAt: at,
  });
  return { email, password: generated };
}

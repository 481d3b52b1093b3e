import crypto from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";
import { hashSync } from "@node-rs/bcrypt";
import { expect, type Page } from "@playwright/test";

// Test fixtures write users straight into the server's SQLite file (the same file the server uses,
// WAL mode), so each test starts from a user of the role it needs without depending on other tests.
// SQLite-only: the e2e servers run on SQLite in their data dir; a Postgres e2e run needs these written through pg.

export const ADMIN = { email: "admin@e2e.test", password: "e2e-admin-password-123" };
export type Role = "admin" | "developer" | "support";

function dataDir(): string {
  return process.env.E2E_DATA_DIR ?? path.resolve(".e2e-data", process.env.E2E_PORT ?? "3100");
}

/** A user of `role` with a random email and password unless given; `dataDir` targets an isolated server's database instead. */
export function createUser(role: Role, opts: { active?: boolean; name?: string; email?: string; password?: string; dataDir?: string } = {}) {
  const id = crypto.randomUUID();
  const email = opts.email ?? `${role}-${id.slice(0, 8)}@e2e.test`;
  const password = opts.password ?? `pw-${crypto.randomBytes(9).toString("base64url")}`;
  const db = new Database(path.join(opts.dataDir ?? dataDir(), "app.db"));
  try {
    db.pragma("busy_timeout = 5000");
    const at = Date.now();
    db.prepare("insert into users (id, email, name, role, password_hash, active, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)").run(
      id,
      email,
      opts.name ?? `Test ${role} ${id.slice(0, 4)}`,
      role,
      hashSync(password, 4),
      opts.active === false ? 0 : 1,
      at,
      at,
    );
  } finally {
    db.close();
  }
  return { id, email, password, role };
}

export async function signIn(page: Page, user: { email: string; password: string }, path = "/") {
  await page.goto(path);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: /Account menu/ })).toBeVisible();
}

export async function signInAs(page: Page, role: Role) {
  const user = role === "admin" ? ADMIN : createUser(role);
  await signIn(page, user);
  return user;
}

/**
 * Drops the browser's session. Leave the page first: a request still in flight (a poll, a prefetch)
 * would otherwise answer with a fresh session cookie after the cookies were cleared.
 */
export async function forgetSession(page: Page) {
  await page.goto("about:blank");
  await page.context().clearCookies();
}

import crypto from "node:crypto";
import { hashSync } from "@node-rs/bcrypt";
import { expect, type Page } from "@playwright/test";
import { runInServerDb } from "./database";

// Test fixtures write users straight into the server's database (e2e/support/database.ts), so each test starts
// from a user of the role it needs without depending on other tests.

export const ADMIN = { email: "admin@e2e.test", password: "e2e-admin-password-123" };
export type Role = "admin" | "developer" | "support";

/** A user of `role` with a random email and password unless given; `dataDir` targets an isolated server's database instead. */
export function createUser(role: Role, opts: { active?: boolean; name?: string; email?: string; password?: string; dataDir?: string } = {}) {
  const id = crypto.randomUUID();
  const email = opts.email ?? `${role}-${id.slice(0, 8)}@e2e.test`;
  const password = opts.password ?? `pw-${crypto.randomBytes(9).toString("base64url")}`;
  const at = Date.now();
  runInServerDb(
    [
      [
        "insert into users (id, email, name, role, password_hash, active, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
        [id, email, opts.name ?? `Test ${role} ${id.slice(0, 4)}`, role, hashSync(password, 4), opts.active === false ? 0 : 1, at, at],
      ],
    ],
    opts.dataDir,
  );
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

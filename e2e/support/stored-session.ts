import path from "node:path";
import { test, type Browser } from "@playwright/test";
import { ADMIN, type Role } from "./users";

// Specs that only need to be signed in start from cookies saved by e2e/auth.setup.ts, which signs each
// role in through the form once per run. The specs about signing in, signing out, lock-out and session
// revocation keep using the form (signIn): a sign-out revokes the session it ends, so a spec that signs
// out with a stored session would sign every other spec out with it.

/** The shared server's users for stored sessions: the seeded admin, and one developer and one support user the setup creates. */
export const STORED_USERS: Record<Role, { email: string; password: string; name?: string }> = {
  admin: ADMIN,
  developer: { email: "stored-developer@e2e.test", password: "stored-developer-password-1", name: "Stored Developer" },
  support: { email: "stored-support@e2e.test", password: "stored-support-password-1", name: "Stored Support" },
};

// Per port, like the server's data directory: runs side by side never read each other's cookies.
export const storageStatePath = (role: Role) => path.resolve("e2e", ".auth", process.env.E2E_PORT ?? "3100", `${role}.json`);

/** `test.use(asRole("developer"))`, or options for `browser.newContext`: pages open signed in as that role. */
export const asRole = (role: Role) => ({ storageState: storageStatePath(role) });

/** Options for a context with no session at all (a stored one would otherwise be inherited from test.use). */
export const signedOut = { storageState: { cookies: [], origins: [] } };

/** `test` whose pages open signed in as the role, for a file whose tests need different roles. */
export const testAs = (role: Role) => test.extend({ storageState: storageStatePath(role) });

/** A page of its own (its own cookies) signed in as the role; close the context when done. */
export async function pageAs(browser: Browser, role: Role) {
  const context = await browser.newContext(asRole(role));
  return { context, page: await context.newPage() };
}

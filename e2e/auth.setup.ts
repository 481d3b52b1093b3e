import { test as setup } from "@playwright/test";
import { STORED_USERS, storageStatePath } from "./support/stored-session";
import { createUser, signIn, type Role } from "./support/users";

// Signs each shared role in through the form once per run and saves the cookies for asRole()
// (e2e/support/stored-session.ts). The server's data directory is fresh every run, so so are these.

for (const role of ["admin", "developer", "support"] as const satisfies Role[]) {
  setup(`sign in as ${role} through the form and save the session`, async ({ page }) => {
    const user = STORED_USERS[role];
    if (role !== "admin") createUser(role, user);
    const started = Date.now();
    await signIn(page, user);
    // A figure for comparing with the specs' own times, never asserted.
    console.log(`stored session: ${role} signed in through the form in ${Date.now() - started} ms`);
    await page.context().storageState({ path: storageStatePath(role) });
  });
}

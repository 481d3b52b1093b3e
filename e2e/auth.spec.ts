import { expect, test } from "@playwright/test";
import { createUser, signIn } from "./support/users";

test("a signed-out visitor is sent to sign-in and returned to the page they asked for", async ({ page }) => {
  const user = createUser("developer");
  await page.goto("/connections?status=active");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/connections\?status=active$/);
  await expect(page.getByRole("heading", { level: 1, name: "Connections" })).toBeVisible();
});

test("a wrong password says so without telling which part was wrong", async ({ page }) => {
  const user = createUser("developer");
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert", { name: "Sign-in error" })).toHaveText(/Email or password is incorrect/);
  await expect(page.getByLabel("Email")).toHaveValue(user.email);
  await expect(page.getByLabel("Password")).toHaveValue("");

  await page.getByLabel("Email").fill("nobody-at-all@e2e.test");
  await page.getByLabel("Password").fill("whatever-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert", { name: "Sign-in error" })).toHaveText(/Email or password is incorrect/);
});

test("five failures lock the email for 15 minutes, even with the right password", async ({ page }) => {
  const user = createUser("support");
  await page.goto("/sign-in");
  const submit = page.getByRole("button", { name: "Sign in", exact: true });
  for (let i = 0; i < 5; i++) {
    // Wait for the previous attempt to finish: its reset would otherwise clear what we type.
    await expect(submit).toBeEnabled();
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(`wrong-${i}`);
    await submit.click();
    await expect(submit).toHaveText("Sign in");
    await expect(page.getByRole("alert", { name: "Sign-in error" })).toBeVisible();
  }
  await expect(page.getByRole("alert", { name: "Sign-in error" })).toContainText("Too many failed sign-in attempts");
  await expect(submit).toBeEnabled();
  await page.getByLabel("Password").fill(user.password);
  await submit.click();
  await expect(page.getByRole("alert", { name: "Sign-in error" })).toContainText(/Try again after .* \(in about 1[45] minutes\)/);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a user signs out from the header menu, and the old session cookie no longer works", async ({ page }) => {
  await signIn(page, createUser("developer"));
  const before = await page.context().cookies();
  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/, { timeout: 20_000 });
  await page.goto("/apps");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fapps/);
  // Even a copy of the cookie taken before signing out is refused: sign-out revokes the session.
  await page.context().addCookies(before);
  await page.goto("/apps");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fapps/);
});

test("a deactivated user cannot sign in", async ({ page }) => {
  const user = createUser("developer", { active: false });
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert", { name: "Sign-in error" })).toHaveText(/Email or password is incorrect/);
});

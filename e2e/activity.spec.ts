import crypto from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createUser, signIn } from "./support/users";
import { addUser, changeRole, setActive } from "./support/users-page";

async function filterActivity(page: Page, filters: { actor?: string; action?: string }) {
  await page.goto("/activity");
  const form = page.getByRole("search", { name: "Filter activity" });
  if (filters.actor) await form.getByLabel("Actor email").fill(filters.actor);
  if (filters.action) await form.getByLabel("Action", { exact: true }).selectOption({ label: filters.action });
  await form.getByRole("button", { name: "Filter" }).click();
}

const rows = (page: Page) => page.getByRole("table", { name: "Activity, newest first" }).locator("tbody tr");

test("the activity log records sign-ins, sign-outs and user changes, and filters by actor and action", async ({ page, browser }) => {
  // An admin of this test's own, so filtering by actor shows exactly this test's events.
  const admin = createUser("admin");
  const member = { email: `member-${crypto.randomUUID().slice(0, 8)}@e2e.test`, name: "Activity Member", role: "developer", password: "member-password-123" };
  await signIn(page, admin);
  await addUser(page, member);
  await changeRole(page, member.email, "support");
  await setActive(page, member.email, false);
  await setActive(page, member.email, true);

  const theirs = await browser.newContext();
  const theirPage = await theirs.newPage();
  await theirPage.goto("/sign-in");
  await theirPage.getByLabel("Email").fill(member.email);
  await theirPage.getByLabel("Password").fill("not-the-password");
  await theirPage.getByRole("button", { name: "Sign in" }).click();
  await expect(theirPage.getByRole("alert", { name: "Sign-in error" })).toBeVisible();
  await signIn(theirPage, member);
  await theirPage.getByRole("button", { name: /Account menu/ }).click();
  await theirPage.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(theirPage).toHaveURL(/\/sign-in/);
  await theirs.close();

  await filterActivity(page, { actor: admin.email });
  await expect(page).toHaveURL(new RegExp(`actor=${encodeURIComponent(admin.email)}`));
  await expect(rows(page)).toHaveCount(5);
  const byAdmin = ["User reactivated", "User deactivated", "Role changed", "User created", "Signed in"];
  for (const [i, label] of byAdmin.entries()) await expect(rows(page).nth(i)).toContainText(label);
  await expect(rows(page).nth(2)).toContainText(`${member.email}`);
  await expect(rows(page).nth(2)).toContainText("developer → support");
  await expect(rows(page).nth(3)).toContainText("role: developer");

  await filterActivity(page, { actor: member.email });
  await expect(rows(page)).toHaveCount(3);
  for (const [i, label] of ["Signed out", "Signed in", "Sign-in failed"].entries()) await expect(rows(page).nth(i)).toContainText(label);
  await expect(rows(page).nth(2)).toContainText("why: wrong password");

  await filterActivity(page, { actor: member.email, action: "Sign-in failed" });
  await expect(page).toHaveURL(/action=auth\.sign_in_failed/);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText("Sign-in failed");
  await expect(page.getByRole("link", { name: "Clear filters" })).toBeVisible();
});

test("every role can read the activity log; times show relative to now", async ({ page }) => {
  const support = createUser("support");
  await signIn(page, support);
  await filterActivity(page, { actor: support.email, action: "Signed in" });
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first().locator("time")).toContainText(/now|minute/);
  await expect(page.getByRole("navigation", { name: "Pagination" })).toContainText("Page 1 of 1");
});

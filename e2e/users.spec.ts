import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { ADMIN, createUser, signIn } from "./support/users";
import { asRole, signedOut, testAs } from "./support/stored-session";
import { addUser, openUserRow, setActive } from "./support/users-page";
import { postActionForm } from "./support/server-action";
import { ISOLATED_ADMIN, startIsolatedServer } from "./support/isolated-server";

const usersActions = "app/(dashboard)/settings/users/actions.ts";
const unique = (prefix: string) => `${prefix}-${crypto.randomUUID().slice(0, 8)}@e2e.test`;
const LAST_ADMIN = /This is the last active admin/;

testAs("admin")("an admin adds a developer and a support user, and each can sign in", async ({ page, browser }) => {
  const people = [
    { email: unique("added-dev"), name: "Added Developer", role: "developer", password: "developer-initial-pw" },
    { email: unique("added-support"), name: "Added Support", role: "support", password: "support-initial-pw!" },
  ];
  for (const person of people) await addUser(page, person);
  for (const person of people) {
    const context = await browser.newContext(signedOut);
    const other = await context.newPage();
    await signIn(other, person);
    await expect(other.getByRole("button", { name: `Account menu for ${person.name}` })).toContainText(person.role);
    await context.close();
  }
});

testAs("admin")("the add-user form shows field errors and keeps what was typed, never the password", async ({ page }) => {
  await page.goto("/settings/users");
  const form = page.getByRole("form", { name: "Add user" });
  const email = unique("typed");
  await form.getByLabel("Email", { exact: true }).fill(email);
  await form.getByLabel("Name", { exact: true }).fill("Typed Name");
  await form.getByLabel("Role", { exact: true }).selectOption("support");
  await form.getByLabel("Initial password").fill("too-short");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByText("Use at least 12 characters.")).toBeVisible();
  await expect(form.getByLabel("Initial password")).toHaveAccessibleDescription(/Use at least 12 characters/);
  await expect(form.getByLabel("Email", { exact: true })).toHaveValue(email);
  await expect(form.getByLabel("Name", { exact: true })).toHaveValue("Typed Name");
  await expect(form.getByLabel("Role", { exact: true })).toHaveValue("support");
  await expect(form.getByLabel("Initial password")).toHaveValue("");

  await form.getByLabel("Email", { exact: true }).fill(ADMIN.email.toUpperCase());
  await form.getByLabel("Initial password").fill("long-enough-password");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByText("A user with this email address already exists.")).toBeVisible();
  await expect(form.getByLabel("Name", { exact: true })).toHaveValue("Typed Name");
});

testAs("developer")("a developer gets the 403 page, and the server refuses the action itself", async ({ page, baseURL, browser }) => {
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toHaveCount(0);
  await page.goto("/settings/users");
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Add user" })).toHaveCount(0);

  const email = unique("smuggled");
  const fields = { email, name: "Smuggled", role: "admin", password: "smuggled-password-1" };
  const { body } = await postActionForm(page.request, baseURL!, "/settings/users", { file: usersActions, name: "createUserAction" }, fields);
  expect(body).toContain("Your role does not allow you to manage dashboard users.");
  const admin = await browser.newContext(asRole("admin"));
  const adminPage = await admin.newPage();
  await adminPage.goto(`/settings/users?q=${encodeURIComponent(email)}`);
  await expect(adminPage.getByText("No users match")).toBeVisible();
  await admin.close();
});

testAs("support")("support staff see users read-only, and the server refuses their changes", async ({ page, baseURL }) => {
  const target = createUser("developer");
  const row = await openUserRow(page, target.email);
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expect(row).toContainText("developer");
  await expect(page.getByRole("form", { name: "Add user" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^(Deactivate|Reactivate|Save role)/ })).toHaveCount(0);
  await expect(page.getByRole("combobox")).toHaveCount(0);

  const action = { file: usersActions, name: "setUserActiveAction" };
  const { body } = await postActionForm(page.request, baseURL!, "/settings/users", action, { userId: target.id, active: "false" });
  expect(body).toContain("Your role does not allow you to manage dashboard users.");
  await expect(async () => {
    await page.reload();
    await expect(row).toContainText("Active");
  }).toPass();
});

// The deactivated user signs in through the form: ending their session is the point.
testAs("admin")("deactivating a user ends their session and stops sign-in; reactivating lets them back", async ({ page, browser }) => {
  const user = createUser("developer");
  const theirs = await browser.newContext(signedOut);
  const theirPage = await theirs.newPage();
  await signIn(theirPage, user, "/apps");

  await setActive(page, user.email, false);

  await theirPage.reload();
  await expect(theirPage).toHaveURL(/\/sign-in/);
  await theirPage.getByLabel("Email").fill(user.email);
  await theirPage.getByLabel("Password").fill(user.password);
  await theirPage.getByRole("button", { name: "Sign in" }).click();
  await expect(theirPage.getByRole("alert", { name: "Sign-in error" })).toHaveText(/Email or password is incorrect/);

  await setActive(page, user.email, true);
  await signIn(theirPage, user);
  await theirs.close();
});

test("the last active admin can be neither demoted nor deactivated", async ({ browser }) => {
  // Needs a database whose only admin is the one signed in: a server of its own, so ADMIN is never touched.
  const server = await startIsolatedServer();
  const context = await browser.newContext({ baseURL: server.baseURL });
  try {
    const page = await context.newPage();
    await signIn(page, ISOLATED_ADMIN);
    const row = await openUserRow(page, ISOLATED_ADMIN.email);
    await row.getByLabel(`Role for ${ISOLATED_ADMIN.email}`, { exact: true }).selectOption("developer");
    await row.getByRole("button", { name: `Save role for ${ISOLATED_ADMIN.email}` }).click();
    await expect(row.getByRole("alert", { name: `Role change refused for ${ISOLATED_ADMIN.email}` })).toHaveText(LAST_ADMIN);
    await row.getByRole("button", { name: `Deactivate ${ISOLATED_ADMIN.email}` }).click();
    await expect(row.getByRole("alert", { name: `Could not change ${ISOLATED_ADMIN.email}` })).toHaveText(LAST_ADMIN);

    await page.reload();
    await expect(row.getByLabel(`Role for ${ISOLATED_ADMIN.email}`, { exact: true })).toHaveValue("admin");
    await expect(row.getByText("Active", { exact: true })).toBeVisible();
  } finally {
    await context.close();
    await server.stop();
  }
});

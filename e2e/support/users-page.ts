import { expect, type Page } from "@playwright/test";

// Driving the Users page the way an admin does.

export async function addUser(page: Page, user: { email: string; name: string; role: string; password: string }) {
  await page.goto("/settings/users");
  const form = page.getByRole("form", { name: "Add user" });
  await form.getByLabel("Email", { exact: true }).fill(user.email);
  await form.getByLabel("Name", { exact: true }).fill(user.name);
  await form.getByLabel("Role", { exact: true }).selectOption(user.role);
  await form.getByLabel("Initial password").fill(user.password);
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByRole("status")).toContainText(`Added ${user.email}`);
}

/** Opens the Users page filtered to one email, so the row is on page one however many users exist. */
export async function openUserRow(page: Page, email: string) {
  await page.goto(`/settings/users?q=${encodeURIComponent(email)}`);
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toHaveCount(1);
  return row;
}

export async function changeRole(page: Page, email: string, role: string) {
  const row = await openUserRow(page, email);
  await row.getByLabel(`Role for ${email}`, { exact: true }).selectOption(role);
  await row.getByRole("button", { name: `Save role for ${email}` }).click();
  await expect(row.getByRole("status")).toHaveText("Role changed.");
}

export async function setActive(page: Page, email: string, active: boolean) {
  const row = await openUserRow(page, email);
  await row.getByRole("button", { name: `${active ? "Reactivate" : "Deactivate"} ${email}` }).click();
  await expect(row.getByText(active ? "Active" : "Deactivated", { exact: true })).toBeVisible();
}

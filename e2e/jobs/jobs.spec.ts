import { expect } from "@playwright/test";
import { ADMIN } from "../support/users";
import { pageAs, STORED_USERS, testAs } from "../support/stored-session";
import { finishedRun, runNow } from "./jobs-page";

// Issue 5: background work visible and controllable on Settings → Jobs.

testAs("admin")("an admin changes the job settings, with field errors, and the change is audited", async ({ page }) => {
  await page.goto("/settings");
  await page.getByRole("link", { name: "Open background jobs" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Background jobs" })).toBeVisible();
  const days = page.getByLabel("Refresh a grant when its refresh token is older than (days)");

  await days.fill("60");
  await page.getByRole("button", { name: "Save job settings" }).click();
  await expect(page.getByRole("alert", { name: "Job settings not saved" })).toBeVisible();
  await expect(days).toHaveAccessibleDescription("Must be under Xero's 60-day idle expiry.");
  await expect(days).toHaveValue("60");

  await days.fill("10");
  await page.getByRole("button", { name: "Save job settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Job settings saved." })).toBeVisible();
  await page.reload();
  await expect(days).toHaveValue("10");

  await page.goto("/activity?action=settings.updated");
  await expect(page.getByRole("row").filter({ hasText: ADMIN.email }).filter({ hasText: "Settings updated" }).first()).toBeVisible();

  // Put the default back: other specs share this server.
  await page.goto("/settings/jobs");
  await days.fill("7");
  await page.getByRole("button", { name: "Save job settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Job settings saved." })).toBeVisible();
});

testAs("developer")("a developer runs keep-alive now and follows the run in the list; settings stay read-only", async ({ page }) => {
  const developer = STORED_USERS.developer;
  await page.goto("/settings/jobs");
  await expect(page.getByText("Only admins can change these.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save job settings" })).toHaveCount(0);
  await expect(page.getByText(/^On: every \d+(\.\d+)? hours$/)).toBeVisible();

  const id = await runNow(page, "keep-alive");
  const row = await finishedRun(page, "keep-alive", id);
  await expect(row).toContainText(`manual: ${developer.email}`);
  await expect(row).toContainText("Succeeded");
  await expect(row).toContainText(/\d+ refreshed/);
});

testAs("developer")("a sync run shows its progress and result; support staff cannot start runs", async ({ page, browser }) => {
  await page.goto("/settings/jobs");
  const id = await runNow(page, "sync");
  const row = await finishedRun(page, "sync", id);
  await expect(row).toContainText(/\d+ users? checked, \d+ new, \d+ gone from Xero/);
  await expect(row.getByText(/^\d+ of \d+$/)).toBeVisible();

  // Support in a browser of its own.
  const support = await pageAs(browser, "support");
  await support.page.goto("/settings/jobs");
  await expect(support.page.getByRole("heading", { name: "Last 50 runs" })).toBeVisible();
  await expect(support.page.getByRole("row", { name: `sync run ${id}`, exact: true })).toBeVisible();
  await expect(support.page.getByRole("button", { name: /Run .* now/ })).toHaveCount(0);
  await support.context.close();
});

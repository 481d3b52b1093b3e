import { expect, test } from "@playwright/test";
import { openPortal } from "./sandbox-app";

// A Custom Connection's scopes are set in the sandbox's developer portal, as in Xero's.

test("a Custom Connection is created with the scopes typed into the portal form, and its page lists them", async ({ page }) => {
  await openPortal(page);
  await page.getByLabel("App name").fill(`E2E Scoped ${Date.now()}`);
  await page.getByLabel("Plan").selectOption("custom-connection");
  await page.getByLabel("Organisation (Custom Connection only)").selectOption({ label: "Takahe Tech" });
  await page.getByLabel("Authorising user (Custom Connection only)").selectOption({ label: "Priya Patel (priya.patel@example.com)" });
  const scopes = page.getByLabel(/^Scopes \(Custom Connection only/);
  await expect(scopes).toHaveValue(/accounting\.settings\.read/);
  await scopes.fill("accounting.contacts.read, accounting.settings.read");
  await page.getByRole("button", { name: "Create app" }).click();
  await expect(page.getByRole("status", { name: "Secret shown once" })).toBeVisible();
  await page.getByRole("link", { name: "Go to the app" }).click();
  await expect(page.getByText("accounting.contacts.read accounting.settings.read", { exact: true })).toBeVisible();
});

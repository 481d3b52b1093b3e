import { expect, test } from "@playwright/test";
import { asRole } from "../support/stored-session";
import { appsPageFor, capBar, registerApp } from "../support/dashboard-apps";
import { createSandboxApp, uniqueName } from "../support/sandbox";

// Issue 4, the apps registry: validation, the secret shown never again, the redirect URI to copy, scope
// warnings, cap overrides and the grouping by environment.

test.use(asRole("developer"));

test("registering validates the client id, keeps the secret hidden, and shows the redirect URI to copy", async ({ page, baseURL }) => {
  const sandbox = await createSandboxApp(page, baseURL!, { name: uniqueName("E2E Registry"), plan: "core" });

  await page.goto("/apps/new");
  await expect(page.getByText(`${baseURL}/api/xero/callback`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy Redirect URI to add to the app in Xero" })).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill(sandbox.name);
  await page.getByLabel("Client id").fill("not-a-client-id");
  await page.getByRole("button", { name: "Register app" }).click();
  await expect(page.getByLabel("Client id")).toHaveAccessibleDescription(/A Xero client id is 32 hexadecimal characters/);
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(sandbox.name);
  // Starter is the default plan for new apps (docs/xero.md#plans-and-caps).
  await expect(page.getByLabel("Plan")).toHaveValue("starter");

  await page.getByLabel("Client id").fill(sandbox.clientId.toLowerCase());
  await page.getByLabel("Client secret").fill(sandbox.clientSecret);
  await page.getByLabel("Environment").selectOption("staging");
  await page.getByLabel("Scopes").fill("openid profile email offline_access accounting.transactions");
  await page.getByLabel("Cap override").fill("3");
  await page.getByRole("button", { name: "Register app" }).click();
  await expect(page).toHaveURL(/\/apps\/[0-9a-f-]{36}\?registered=1/);
  await expect(page.getByRole("status").filter({ hasText: "The app is registered." })).toBeVisible();

  // Client ids are stored upper-case; the secret is never shown again, not even in the page's data.
  await expect(page.getByText(sandbox.clientId, { exact: true })).toBeVisible();
  await expect(page.getByText("Stored, encrypted (never shown again)")).toBeVisible();
  expect(await page.content()).not.toContain(sandbox.clientSecret);
  await expect(page.getByRole("list", { name: "Scope warnings" })).toContainText("Xero will refuse accounting.transactions");
  await expect(capBar(page, sandbox.name)).toHaveAttribute("aria-valuetext", "0 of 3 connections");

  // The Apps page groups by environment.
  await page.goto(appsPageFor(sandbox.name));
  const staging = page.getByRole("region", { name: /^Staging/ });
  await expect(staging.getByRole("link", { name: sandbox.name })).toBeVisible();
  await expect(staging.getByRole("meter", { name: `${sandbox.name} connections against its cap` })).toHaveAttribute("aria-valuetext", "0 of 3 connections");
  await expect(page.getByRole("region", { name: /^Development/ }).getByRole("link", { name: sandbox.name })).toHaveCount(0);

  // The same client id cannot be registered twice.
  await page.goto("/apps/new");
  await page.getByLabel("Name", { exact: true }).fill(`${sandbox.name} again`);
  await page.getByLabel("Client id").fill(sandbox.clientId);
  await page.getByRole("button", { name: "Register app" }).click();
  await expect(page.getByLabel("Client id")).toHaveAccessibleDescription(new RegExp(`already registered as "${sandbox.name}"`));
});

test("editing an app's plan changes the cap in force everywhere", async ({ page, baseURL }) => {
  const app = await registerApp(page, await createSandboxApp(page, baseURL!, { name: uniqueName("E2E Edit"), plan: "core" }), { plan: "starter" });
  await expect(capBar(page, app.name)).toHaveAttribute("aria-valuetext", "0 of 5 connections");
  await page.getByRole("link", { name: "Edit app" }).click();
  await page.getByLabel("Plan").selectOption("core");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/apps/${app.id}\\?updated=1`));
  await expect(capBar(page, app.name)).toHaveAttribute("aria-valuetext", "0 of 50 connections");
  await page.goto(appsPageFor(app.name));
  await expect(capBar(page, app.name)).toHaveAttribute("aria-valuetext", "0 of 50 connections");
});

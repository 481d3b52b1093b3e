import { expect, test } from "@playwright/test";
import { authorizeUrl, createPortalApp, signInToXero, watchCallback } from "./sandbox-app";

// Xero's limits as a user meets them in the consent screen.

test("the limit screen appears, and the app is not called back, when a consent passes the cap", async ({ page, baseURL }) => {
  const name = `E2E Starter ${Date.now()}`;
  const app = await createPortalApp(page, baseURL!, { name, plan: "Starter" });
  const hits = watchCallback(page);
  await page.goto(authorizeUrl(app.clientId, app.redirectUri, "state-limit"));
  await signInToXero(page, "ben.hogan@example.com");
  // Starter allows 5 connections; six organisations pass it.
  for (const org of ["Kowhai Plumbing Ltd", "Riverbend Veterinary", "Tasman Freight Co", "Blue Gum Landscaping", "Summit Physio", "Marlow Coffee Roasters"]) {
    await page.getByLabel(org, { exact: true }).check();
  }
  await page.getByRole("button", { name: "Allow access" }).click();
  await expect(page).toHaveURL(/\/sandbox\/xero\/login\/connectionLimit/);
  await expect(page.getByRole("heading", { name: "Connection limit reached" })).toBeVisible();
  await expect(page.getByRole("status", { name: "Connection limit" })).toHaveText(
    `Sorry! ${name} has reached their Xero connection limit, please let them know so they can connect more Xero organisations`,
  );
  expect(hits).toEqual([]);
});

test("an organisation that already has two uncertified apps is greyed out with Xero's message", async ({ page, baseURL }) => {
  const app = await createPortalApp(page, baseURL!, { name: `E2E Uncertified ${Date.now()}`, plan: "Starter" });
  await page.goto(authorizeUrl(app.clientId, app.redirectUri, "state-org-cap"));
  await signInToXero(page, "ben.hogan@example.com");
  const full = page.getByLabel("Harbour Street Bakery", { exact: true });
  await expect(full).toBeDisabled();
  await expect(full).toHaveAccessibleDescription("This organisation is already connected to the maximum number of allowed uncertified apps");
  await expect(page.getByLabel("Kowhai Plumbing Ltd", { exact: true })).toBeEnabled();
});

test("a certified app may still connect that organisation", async ({ page, baseURL }) => {
  const app = await createPortalApp(page, baseURL!, { name: `E2E Certified ${Date.now()}`, plan: "Core", certified: true });
  await page.goto(authorizeUrl(app.clientId, app.redirectUri, "state-certified"));
  await signInToXero(page, "ben.hogan@example.com");
  await expect(page.getByLabel("Harbour Street Bakery", { exact: true })).toBeEnabled();
});

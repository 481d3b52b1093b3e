import { expect, type Locator } from "@playwright/test";
import { testAs } from "../support/stored-session";
import { appsPageFor, capBar, expectAppCounts, expectCap, sandboxAppRegistered } from "../support/dashboard-apps";
import { connectOrganisations, pickOrganisations, startConsent, XERO_USERS } from "../support/sandbox";

// Issue 4: every limit with how close it is, and Xero's own screen when a cap is reached.

const { ben } = XERO_USERS;
const ORGS = ["Bellbird Music School", "Outback Auto Repairs", "Moana Surf School", "Redwood Builders", "Silver Fern Florist"];
const SIXTH = "Coastal Yoga Collective";

/** A computed colour as sRGB (Tailwind 4 writes colours in lab/oklch), via a canvas. */
function rgb(locator: Locator, property: "color" | "backgroundColor"): Promise<number[]> {
  return locator.evaluate((el, prop) => {
    const ctx = document.createElement("canvas").getContext("2d")!;
    ctx.fillStyle = getComputedStyle(el)[prop];
    ctx.fillRect(0, 0, 1, 1);
    return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  }, property);
}
const isRed = ([r, g, b]: number[]) => r! > 150 && g! < 80 && b! < 80;

const developerTest = testAs("developer");
const supportTest = testAs("support");

developerTest("a starter app fills to 5 of 5 (amber at 4, red at 5); the next consent meets Xero's limit screen", async ({ page, baseURL }) => {
  const app = await sandboxAppRegistered(page, baseURL!, { prefix: "E2E Starter", plan: "starter" });
  await connectOrganisations(page, app.id, ben.email, ORGS.slice(0, 4));
  await page.goto(appsPageFor(app.name));
  await expectCap(page, app.name, 4, 5, "warn");
  await expect(capBar(page, app.name)).toHaveAttribute("aria-valuetext", "4 of 5 connections · nearly full");

  await connectOrganisations(page, app.id, ben.email, ORGS.slice(4));
  await page.goto(appsPageFor(app.name));
  const bar = capBar(page, app.name);
  await expectCap(page, app.name, 5, 5, "full");
  await expect(bar).toHaveAttribute("aria-valuetext", "5 of 5 connections · at the cap");
  await expect(bar).toHaveAttribute("aria-valuemax", "5");
  // Red: the bar's fill and its caption.
  expect(isRed(await rgb(bar.locator("div"), "backgroundColor")), "the bar is red").toBe(true);
  const caption = page.getByRole("listitem").filter({ has: bar }).getByText("5 of 5 connections · at the cap");
  expect(isRed(await rgb(caption, "color")), "its caption is red").toBe(true);

  // One more organisation: Xero shows its limit screen and never calls the dashboard back.
  await startConsent(page, app.id, ben.email);
  await pickOrganisations(page, [SIXTH]);
  await page.getByRole("button", { name: "Allow access" }).click();
  await expect(page).toHaveURL(/\/sandbox\/xero\/login\/connectionLimit/);
  await expect(page.getByRole("heading", { name: "Connection limit reached" })).toBeVisible();
  await expect(page.getByRole("status", { name: "Connection limit" })).toHaveText(
    `Sorry! ${app.name} has reached their Xero connection limit, please let them know so they can connect more Xero organisations`,
  );
  await expectAppCounts(page, app.id, { connections: 5, organisations: 5 });
});

supportTest("the overview lists an organisation using both uncertified-app slots with both apps and their users, and every demo cap", async ({ page }) => {
  await page.goto("/");
  // The demo seed: Harbour Street Bakery holds Acme Ledger Sync (prod) through Ben and (staging) through Tom.
  const section = page.getByRole("region", { name: "Organisations using both uncertified-app slots" });
  const card = section.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Harbour Street Bakery", exact: true }) });
  await expect(async () => {
    await page.goto("/");
    await expect(card).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(card).toContainText("2 of 2 slots");
  await expect(card.getByRole("listitem")).toHaveCount(2);
  await expect(card.getByRole("listitem").filter({ hasText: "Acme Ledger Sync (prod)" })).toContainText("connected by Ben Hogan (ben.hogan@example.com)");
  await expect(card.getByRole("listitem").filter({ hasText: "Acme Ledger Sync (staging)" })).toContainText("connected by Tom Walker (tom.walker@example.com)");
  // The overview shows the apps closest to their caps and links to all of them.
  const closest = page.getByRole("region", { name: "Apps closest to their caps" });
  await expect(closest).toContainText(/Showing \d+ of [\d,]+ apps, closest to the cap first\./);
  await expect(closest.getByRole("link", { name: "See all apps" })).toHaveAttribute("href", "/apps");
  // The other stories of the demo, each bar with its count and cap (or the assessment milestone).
  await page.goto(appsPageFor("Acme"));
  await expect(capBar(page, "Acme Ledger Sync (prod)")).toHaveAttribute("aria-valuetext", "24 of 25 connections · nearly full");
  await expect(capBar(page, "Acme Ledger Sync (dev)")).toHaveAttribute("aria-valuetext", "4 of 5 connections · nearly full");
  await expect(capBar(page, "Acme Ledger Sync (dev)")).toHaveAttribute("data-level", "warn");
  await expect(capBar(page, "Acme Payroll Bridge (prod)")).toHaveAttribute("aria-valuetext", "5 connections · no cap · security assessment at 1,000");
  await expect(capBar(page, "Acme Payroll Bridge (prod)")).toHaveAttribute("data-level", "uncapped");

  await page.goto("/");
  await card.getByRole("link", { name: "Harbour Street Bakery", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Harbour Street Bakery" })).toBeVisible();
  await expect(page.getByText("Uncertified-app slots: 2 of 2 used")).toBeVisible();
  await expect(page.getByRole("list", { name: "Users who connected Acme Ledger Sync (prod)" })).toContainText("Ben Hogan");
  await expect(page.getByRole("list", { name: "Users who connected Acme Ledger Sync (staging)" })).toContainText("Tom Walker");
});

import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { appsPageFor } from "../support/dashboard-apps";
import { testAs } from "../support/stored-session";

// Issue 5: an app's connection trend with its projected cap date, and its rate-limit meter, reached from
// the app's page; and every page of this feature free of serious accessibility problems.

const APP = "Acme Ledger Sync (prod)";

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

testAs("support")("support staff open an app's trend and rate limits from its page", async ({ page }) => {
  await page.goto(appsPageFor(APP));
  await page.getByRole("link", { name: APP, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: APP })).toBeVisible();

  await page.getByRole("link", { name: "Connection trend and projection" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${APP}: connection trend` })).toBeVisible();
  const chart = page.getByRole("img", { name: `${APP}: connections per day` });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleDescription(/daily counts? from .* latest \d+, against a cap of 25\./);
  // One day of data after the first sync: too little to project from, and said so.
  await expect(page.getByRole("status", { name: "Projection" })).toHaveText(/Not enough data yet|Already at the cap|reaches its cap around|Not growing/);
  await page.getByText("Show the data as a table").click();
  await expect(page.getByRole("table", { name: `${APP}: connections per day, by day` }).getByRole("row")).not.toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("link", { name: "Back to the app" }).click();
  await page.getByRole("link", { name: "Rate limits" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${APP}: rate limits` })).toBeVisible();
  await expect(page.getByRole("meter", { name: `${APP}: app-wide calls left this minute` })).toBeVisible();
  const budgets = page.getByRole("table", { name: "Latest remaining budgets per organisation" });
  await expect(budgets.getByRole("row")).not.toHaveCount(1);
  await expect(page.getByRole("heading", { name: "Rate-limit hits (429)" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

testAs("admin")("Settings → Jobs and Settings → Alerts have no serious or critical accessibility violations", async ({ page }) => {
  await page.goto("/settings");
  await page.getByRole("link", { name: "Open alerts" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Alerts" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/settings/jobs");
  await expect(page.getByRole("heading", { level: 1, name: "Background jobs" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

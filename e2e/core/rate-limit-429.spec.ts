import { expect, test } from "@playwright/test";
import { createUser, signIn } from "../support/users";
import { sandboxAppRegistered } from "../support/dashboard-apps";
import { connectOrganisations, XERO_USERS } from "../support/sandbox";

// Issue 10: "A 429 on an app-level call (no organisation) is worded 'This organisation used up…', and the
// day-limit text mentions the Starter limit on a Legacy app; the budget meter does not reflect the 429 and
// the app page says nothing about it." Xero answers the connections list (no organisation) with a day-limit
// 429 while a Legacy app syncs; its own app, so no other spec's data changes.

test("an app-level 429 is worded by scope and plan, and the app page and the meter show it", async ({ page, baseURL }) => {
  await signIn(page, createUser("developer"));
  const app = await sandboxAppRegistered(page, baseURL!, { prefix: "E2E 429", plan: "legacy-certified" });
  await connectOrganisations(page, app.id, XERO_USERS.ben.email, ["Rata Rentals"]);
  const notice = page.getByRole("status", { name: "Xero rate limit" });
  await expect(notice).toHaveCount(0);

  await page.goto("/sandbox/xero/portal/faults");
  await page.getByLabel("Fault", { exact: true }).selectOption("rate-day");
  await page.getByLabel("Endpoint", { exact: true }).selectOption("connections");
  await page.getByLabel("App", { exact: true }).selectOption(app.clientId);
  await page.getByRole("button", { name: "Queue fault" }).click();

  await page.goto(`/apps/${app.id}`);
  await page.getByRole("button", { name: "Sync now" }).click();
  const progress = page.getByRole("status", { name: "Sync progress" });
  await expect(progress).toContainText("1 failed", { timeout: 30_000 });
  await expect(progress).toContainText(
    "Xero answered 429 (day limit) to a call this app made without an organisation (connections list or tokens), citing its limit of 5,000 calls a day per organisation.",
  );
  await expect(progress).not.toContainText("This organisation");
  await expect(progress).not.toContainText("Starter");

  // The page refreshes when the run ends: the notice names the limit, the scope and the plan's number.
  await expect(notice).toContainText("Xero answered 429 (day limit) to a call without an organisation (connections list or tokens) at");
  await expect(notice).toContainText("its limit of 5,000 calls a day per organisation");
  await notice.getByRole("link", { name: "See rate limits" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${app.name}: rate limits` })).toBeVisible();
  // The app-wide meter reads the budget header (plenty left), so the 429 is marked beside it.
  await expect(page.getByText(/^Xero answered 429 \(day limit\) at /)).toBeVisible();
});

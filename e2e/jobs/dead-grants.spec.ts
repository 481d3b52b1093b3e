import { expect, test } from "@playwright/test";
import { ISOLATED_ADMIN, startIsolatedServer } from "../support/isolated-server";
import { signIn } from "../support/users";

// Issue 10: "After the clock passes 60 days, Sync now says '0 of 0 users checked' without saying that grants
// are dead. Say how many grants need re-authorisation and why", and "show the reason in a column wherever
// re-authorisation is listed". The clock is global to a server, so this test has its own, with background
// jobs off: only Sync now touches the grants.

test.describe.configure({ timeout: 180_000 });

const APP = "Acme Ledger Sync (prod)";
const REASON = /Reason: Refresh token unused for 6\d days: Xero expires refresh tokens after 60 days unused\./;

async function isolatedServer() {
  const before = process.env.JOBS_ENABLED;
  process.env.JOBS_ENABLED = "false";
  try {
    return await startIsolatedServer();
  } finally {
    if (before === undefined) delete process.env.JOBS_ENABLED;
    else process.env.JOBS_ENABLED = before;
  }
}

test("Sync now says how many grants need re-authorisation and why, and every list of them gives the reason", async ({ page }) => {
  const server = await isolatedServer();
  try {
    const base = server.baseURL;
    await signIn(page, ISOLATED_ADMIN, `${base}/apps`);
    await page.getByRole("link", { name: APP, exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: APP })).toBeVisible();
    const appId = /\/apps\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    const at = (path: string) => `${base}${path}`;

    // The first sync reads every connection (background jobs are off).
    await page.goto(at(`/apps/${appId}`));
    await page.getByRole("button", { name: "Sync now" }).click();
    await expect(page.getByRole("status", { name: "Sync progress" })).toHaveText(/^Sync finished: 3 of 3 users checked, \d+ new, 0 gone from Xero\.$/, { timeout: 60_000 });

    await page.goto(at("/sandbox/xero/portal/clock"));
    await page.getByLabel("Days to advance").fill("61");
    await page.getByRole("button", { name: "Advance clock" }).click();
    await expect(page.getByRole("status", { name: "Sandbox time" })).toContainText("(61.00 days ahead of real time)");

    // Each refresh now meets invalid_grant: the run fails the two grants whose tokens Connection Desk holds, and
    // says why. Ana Silva's grant is observed (the customer product holds her tokens), so it cannot die here.
    await page.goto(at(`/apps/${appId}`));
    await page.getByRole("button", { name: "Sync now" }).click();
    const progress = page.getByRole("status", { name: "Sync progress" });
    await expect(progress).toContainText("2 failed", { timeout: 60_000 });
    await expect(progress).toContainText("2 grants need re-authorisation (refresh token unused for more than 60 days).");

    // The dead grants are no longer tried, and the summary still says they need re-authorisation.
    await page.getByRole("button", { name: "Sync now" }).click();
    await expect(progress).toHaveText(
      "Sync finished: 1 of 1 users checked, 0 new, 0 gone from Xero. 2 grants need re-authorisation (refresh token unused for more than 60 days). Re-authorise them from Stale connections.",
      { timeout: 30_000 },
    );

    // The reason beside the status, on the app page and wherever else the grants are listed.
    const benRow = page.locator("table tbody tr").filter({ hasText: "ben.hogan@example.com" }).first();
    await expect(benRow).toContainText("Needs re-authorisation");
    await expect(benRow).toContainText(REASON);
    const orgLink = benRow.getByRole("link").first();
    const orgName = (await orgLink.textContent())!.trim();

    await progress.getByRole("link", { name: "Re-authorise them from Stale connections" }).click();
    await expect(page).toHaveURL(new RegExp(`/connections/stale\\?app=${appId}$`));
    await expect(page.getByRole("row").filter({ hasText: "ben.hogan@example.com" }).first()).toContainText(/unused for 6\d days: Xero expires refresh tokens after 60 days unused/);

    await page.goto(at("/connections?status=broken"));
    await expect(page.getByRole("row").filter({ hasText: "ben.hogan@example.com" }).first()).toContainText(REASON);

    await page.goto(at("/organisations"));
    await page.getByRole("link", { name: orgName, exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: orgName })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "ben.hogan@example.com" }).first()).toContainText(REASON);

    await page.goto(at("/people?q=ben.hogan"));
    const benApp = page.getByRole("row").filter({ hasText: "ben.hogan@example.com" }).getByRole("listitem").filter({ hasText: APP });
    await expect(benApp).toContainText("needs re-authorisation");
    await expect(benApp).toContainText(REASON);

    await page.goto(at("/people?tab=customers&q=cust-hogan"));
    await expect(page.getByRole("row").filter({ hasText: "cust-hogan" })).toContainText(REASON);
  } finally {
    await server.stop();
  }
});

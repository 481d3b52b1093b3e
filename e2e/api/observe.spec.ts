import { expect, test } from "@playwright/test";
import { sandboxAppRegistered } from "../support/dashboard-apps";
import { ISOLATED_ADMIN, startIsolatedServer } from "../support/isolated-server";
import { createWriteKey, productAccessToken, reportObservation } from "../support/product";
import { XERO_USERS } from "../support/sandbox";
import { signIn } from "../support/users";
import { finishedRun, runNow } from "../jobs/jobs-page";

// Issue 11, observe-only: the team's product keeps its tokens and reports what one access token sees.
// The connections appear marked "Tokens held by your app"; not reported again for longer than the
// threshold (14 days by default), a sync marks them stale with the reason, and the sync is no failure.
// The clock is global to a server, so this runs on its own.

test.describe.configure({ timeout: 180_000 });

const ORGS = ["Kea Climbing Gym", "Paua Pottery"];

test("an observed report shows in the dashboard, and 15 days without another it is stale with the reason", async ({ browser }) => {
  const server = await startIsolatedServer();
  const context = await browser.newContext({ baseURL: server.baseURL });
  const page = await context.newPage();
  try {
    const base = server.baseURL;
    await signIn(page, ISOLATED_ADMIN, `${base}/`);
    const app = await sandboxAppRegistered(page, base, { prefix: "E2E Observed", plan: "core" });
    const key = await createWriteKey(page, "Product backend (e2e)");
    const accessToken = await productAccessToken(page, base, app, XERO_USERS.priya.email, ORGS);

    const report = await reportObservation(page, base, key, { appId: app.id, accessToken, endUser: { id: "cust-1001", displayName: "Kea Climbing owner" } });
    expect(report.grant.source).toBe("observed");
    expect(report.connections.map((c) => c.tenantName).sort()).toEqual(ORGS);

    await page.goto(`/apps/${app.id}`);
    for (const name of ORGS) {
      const row = page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });
      await expect(row).toContainText("Tokens held by your app");
      await expect(row).toContainText("Active");
    }
    await page.goto(`/people?q=${encodeURIComponent(XERO_USERS.priya.email)}`);
    await expect(page.getByRole("listitem").filter({ hasText: app.name })).toContainText("Tokens held by your app");

    await page.goto("/sandbox/xero/portal/clock");
    await page.getByLabel("Days to advance").fill("15");
    await page.getByRole("button", { name: "Advance clock" }).click();
    await expect(page.getByRole("status", { name: "Sandbox time" })).toContainText("(15.00 days ahead of real time)");

    await page.goto("/settings/jobs");
    const sync = await runNow(page, "sync");
    // Observed grants are skipped (no token to call Xero with), never counted as failures.
    await expect(await finishedRun(page, "sync", sync)).toContainText("Succeeded");

    await page.goto(`/connections/stale?app=${app.id}`);
    for (const name of ORGS) {
      const row = page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });
      await expect(row).toContainText("Stale");
      await expect(row).toContainText("Not reported by your product for 15 days");
      await expect(row).toContainText("Tokens held by your app");
    }
  } finally {
    await context.close();
    await server.stop();
  }
});

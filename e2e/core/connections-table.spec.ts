import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { asRole } from "../support/stored-session";
import { connectionRows, expectAppCounts, sandboxAppRegistered, type RegisteredApp } from "../support/dashboard-apps";
import { connectOrganisations, XERO_USERS } from "../support/sandbox";

// Issue 4: the global Connections table (search, filters, sort and page in the URL; CSV of the filtered
// rows) and "Sync now" on an app.

test.use(asRole("developer"));

const { ben, ana } = XERO_USERS;
// Ben and Ana are both members of these (sandbox seed).
const [SHARED, BEN_2, BEN_3] = ["Matai Motors", "Rata Rentals", "Kiwi Cleaning Services"] as const;

async function appWithFourConnections(page: Page, baseURL: string, prefix: string): Promise<RegisteredApp> {
  const app = await sandboxAppRegistered(page, baseURL, { prefix, plan: "core" });
  await connectOrganisations(page, app.id, ben.email, [SHARED, BEN_2, BEN_3]);
  await connectOrganisations(page, app.id, ana.email, [SHARED]);
  return app;
}

const filters = (page: Page) => page.getByRole("form", { name: "Filter connections" });
const organisationColumn = (page: Page) => connectionRows(page).locator('a[href^="/organisations/"]');
const userColumn = (page: Page) => connectionRows(page).getByText(/^[a-z.]+@example\.com$/);

test("search, filters and sort live in the URL, so the view can be shared", async ({ page, baseURL }) => {
  const app = await appWithFourConnections(page, baseURL!, "E2E Table");

  await page.goto("/connections");
  await filters(page).getByLabel("App").selectOption(app.id);
  await filters(page).getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(new RegExp(`app=${app.id}`));
  await expect(connectionRows(page)).toHaveCount(4);

  await filters(page).getByLabel("User email").fill(ana.email);
  await filters(page).getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(new RegExp(`user=${encodeURIComponent(ana.email)}`));
  await expect(connectionRows(page)).toHaveCount(1);
  await expect(userColumn(page)).toHaveText([ana.email]);

  await filters(page).getByLabel("User email").fill("");
  await filters(page).getByLabel("Search").fill(SHARED);
  await filters(page).getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/q=Matai\+Motors/);
  await expect(connectionRows(page)).toHaveCount(2);

  // Sort by user, then the other way round; the filters stay.
  const sort = page.getByRole("navigation", { name: "Sort connections" });
  await sort.getByRole("link", { name: "User" }).click();
  await expect(page).toHaveURL(/sort=user&dir=asc/);
  await expect(userColumn(page)).toHaveText([ana.email, ben.email]);
  await sort.getByRole("link", { name: /User/ }).click();
  await expect(page).toHaveURL(/sort=user&dir=desc/);
  await expect(userColumn(page)).toHaveText([ben.email, ana.email]);
  await expect(page).toHaveURL(new RegExp(`app=${app.id}`));

  // The address alone reproduces the view, in another browser.
  const shared = page.url();
  const other = await page.context().browser()!.newContext(asRole("support"));
  const otherPage = await other.newPage();
  await otherPage.goto(new URL(shared).pathname + new URL(shared).search);
  await expect(otherPage).toHaveURL(shared);
  await expect(userColumn(otherPage)).toHaveText([ben.email, ana.email]);
  await expect(filters(otherPage).getByLabel("Search")).toHaveValue(SHARED);
  await expect(filters(otherPage).getByLabel("App")).toHaveValue(app.id);
  await other.close();

  // Search by tenant id and by connection id.
  const tenantId = (await connectionRows(page).first().getByRole("link", { name: SHARED }).getAttribute("href"))!.split("/").pop()!;
  await page.goto(`/connections?app=${app.id}&q=${tenantId}`);
  await expect(connectionRows(page)).toHaveCount(2);
  await page.goto(`/connections?app=${app.id}&sort=organisation&dir=desc`);
  await expect(organisationColumn(page)).toHaveText([BEN_2, SHARED, SHARED, BEN_3]);
  await page.goto(`/connections?app=${app.id}&status=disconnected`);
  await expect(connectionRows(page)).toHaveCount(0);
});

test("Export CSV downloads exactly the filtered rows", async ({ page, baseURL }) => {
  const app = await appWithFourConnections(page, baseURL!, "E2E Export");
  await page.goto(`/connections?app=${app.id}&user=${encodeURIComponent(ben.email)}&sort=organisation`);
  await expect(connectionRows(page)).toHaveCount(3);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^connections-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = fs
    .readFileSync((await file.path())!, "utf8")
    .trim()
    .split(/\r?\n/);
  expect(lines[0]).toMatch(/^connection_id,organisation,tenant_id,app,environment,authorised_by,authorised_by_email,status/);
  expect(lines).toHaveLength(4);
  expect(lines.slice(1).map((l) => l.split(",")[1])).toEqual([BEN_3, SHARED, BEN_2]);
  for (const line of lines.slice(1)) {
    const [, , , appName, environment, user, email, status] = line.split(",");
    expect([appName, environment, user, email]).toEqual([app.name, "development", ben.name, ben.email]);
    // Ben's copy of the shared organisation may be judged a duplicate (stale); it is still connected.
    expect(status).toMatch(/^(active|stale)$/);
  }
});

test("Sync now shows its progress, finishes, and records what vanished from Xero", async ({ page, baseURL }) => {
  const app = await appWithFourConnections(page, baseURL!, "E2E Sync");
  await expectAppCounts(page, app.id, { connections: 4, organisations: 3 });

  // Someone disconnects Ben's Rata Rentals entry inside Xero (its Connected apps screen), outside the dashboard.
  const tenantId = (await connectionRows(page).getByRole("link", { name: BEN_2 }).getAttribute("href"))!.split("/").pop()!;
  await page.goto(`/sandbox/xero/portal/organisations/${tenantId}`);
  await page.getByRole("button", { name: `Disconnect ${app.name}` }).click();
  await expect(page.getByRole("button", { name: `Disconnect ${app.name}` })).toHaveCount(0);

  // A slow Xero, so the progress can be seen.
  await page.goto("/sandbox/xero/portal/faults");
  await page.getByLabel("Fault", { exact: true }).selectOption("delay");
  await page.getByLabel("Endpoint", { exact: true }).selectOption("connections");
  await page.getByLabel("App", { exact: true }).selectOption(app.clientId);
  await page.getByRole("button", { name: "Queue fault" }).click();

  await page.goto(`/apps/${app.id}`);
  await page.getByRole("button", { name: "Sync now" }).click();
  const progress = page.getByRole("status", { name: "Sync progress" });
  await expect(page.getByRole("button", { name: "Syncing…" })).toBeDisabled();
  await expect(progress).toHaveText(/^Syncing: [01] of 2 authorising users checked$/);
  await expect(progress).toHaveText("Sync finished: 2 of 2 users checked, 0 new, 1 gone from Xero.", { timeout: 30_000 });
  await expect(page.getByRole("button", { name: "Sync now" })).toBeEnabled();
  await expect(connectionRows(page)).toHaveCount(3);
  await expect(connectionRows(page).filter({ hasText: BEN_2 })).toHaveCount(0);
  await expectAppCounts(page, app.id, { connections: 3, organisations: 2 });
});

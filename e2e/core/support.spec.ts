import { expect, test, type Browser, type Page } from "@playwright/test";
import { asRole } from "../support/stored-session";
import { callAction } from "../support/call-action";
import { appsPageFor, capBar, connectionRows, expectAppCounts, expectPeopleCount, sandboxAppRegistered, type RegisteredApp } from "../support/dashboard-apps";
import { connectOrganisations, XERO_USERS } from "../support/sandbox";

// Issue 4: support staff read everything (never a secret) and can change nothing; the server refuses.

const APPS = "app/(dashboard)/apps/actions.ts";
const APP = "app/(dashboard)/apps/[id]/actions.ts";
const CONNECTIONS = "app/(dashboard)/connections/actions.ts";
const ORG = "Pukeko Print Shop";

test.use(asRole("support"));

/** A developer's app with one connection, made in a context of its own. */
async function developerApp(browser: Browser, baseURL: string): Promise<RegisteredApp> {
  const context = await browser.newContext(asRole("developer"));
  const page = await context.newPage();
  const app = await sandboxAppRegistered(page, baseURL, { prefix: "E2E Support view", plan: "core" });
  await connectOrganisations(page, app.id, XERO_USERS.ben.email, [ORG]);
  await context.close();
  return app;
}

async function openDemoApp(page: Page, name: string) {
  await page.goto(appsPageFor(name));
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return /\/apps\/([0-9a-f-]{36})/.exec(page.url())![1]!;
}

test("support sees apps, connections, organisations and people, with no control that changes anything", async ({ page, browser, baseURL }) => {
  const app = await developerApp(browser, baseURL!);
  await page.goto(appsPageFor(app.name));

  await expect(capBar(page, app.name)).toHaveAttribute("aria-valuetext", /^1 of 50 connections/);
  await page.goto("/apps");
  await expect(page.getByRole("link", { name: "Register app" })).toHaveCount(0);

  // The forum case, at a glance: 24 of 25 held by three users, 13, 7 and 4.
  const demoId = await openDemoApp(page, "Acme Ledger Sync (prod)");
  await expect(async () => {
    await page.reload();
    await expect(capBar(page, "Acme Ledger Sync (prod)")).toHaveAttribute("aria-valuetext", /^24 of 25 connections/, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  const users = page.getByLabel("Authorised by");
  await expect(users).toContainText("Ben Hogan (ben.hogan@example.com) · 13");
  await expect(users).toContainText("Ana Silva (ana.silva@example.com) · 7");
  await expect(users).toContainText("Chen Wei (chen.wei@example.com) · 4");
  await expect(connectionRows(page)).toHaveCount(24);
  await expectPeopleCount(page, "ben.hogan@example.com", "Acme Ledger Sync (prod)", 13);
  await expectPeopleCount(page, "chen.wei@example.com", "Acme Ledger Sync (prod)", 4);
  // A Custom Connection's grant carries no email: People still leads to its one connection.
  await expectPeopleCount(page, "priya.patel@example.com", "Acme Bank Feed (custom connection)", 1);
  await page.getByRole("link", { name: "Acme Bank Feed (custom connection)", exact: true }).click();
  await expect(connectionRows(page)).toHaveCount(1);

  // The developer's app: read, but no connect, sync, edit, secret or disconnect controls.
  await expectAppCounts(page, app.id, { connections: 1, organisations: 1 });
  await expect(connectionRows(page)).toContainText(ORG);
  for (const name of ["Connect organisation", "Sync now", /^Disconnect/]) await expect(page.getByRole("button", { name })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Edit app" })).toHaveCount(0);
  await expect(page.getByText("Replace client secret")).toHaveCount(0);
  await expect(page.getByRole("checkbox")).toHaveCount(0);
  await expect(page.getByText("Stored, encrypted (never shown again)")).toBeVisible();
  expect(await page.content()).not.toContain(app.clientSecret);

  await page.goto(`/connections?app=${app.id}`);
  await expect(connectionRows(page)).toHaveCount(1);
  await expect(page.getByRole("button", { name: /Disconnect/ })).toHaveCount(0);
  await connectionRows(page).getByRole("link", { name: ORG }).click();
  await expect(page.getByRole("list", { name: `Users who connected ${app.name}` })).toContainText("Ben Hogan (ben.hogan@example.com)");
  await page.goto(`/organisations?q=${encodeURIComponent(ORG)}`);
  await expect(page.getByRole("link", { name: ORG })).toBeVisible();

  // Pages that only change things answer 403.
  for (const path of ["/apps/new", `/apps/${app.id}/edit`, `/apps/${demoId}/edit`]) {
    await page.goto(path);
    await expect(page.getByRole("alert", { name: "Access refused" })).toContainText("You do not have access to this page");
  }
});

test("the server refuses support's direct calls to register, connect, sync, replace a secret or disconnect", async ({ page, browser, baseURL }) => {
  const app = await developerApp(browser, baseURL!);
  const connectionId = await firstConnectionId(page, app.id);
  expect(connectionId).toMatch(/^[0-9a-f-]{36}$/);

  const refused = async (file: string, name: string, args: unknown[], message: string, form?: Record<string, string>) => {
    const { body } = await callAction(page.request, baseURL!, `/apps/${app.id}`, { file, name }, args, form);
    expect(body, `${name} should be refused`).toContain(`Your role does not allow you to ${message}.`);
  };
  const smuggled = `Smuggled ${app.id.slice(0, 8)}`;
  await refused(APPS, "createAppAction", ["$undefined"], "register or change apps", { name: smuggled, environment: "development", plan: "starter", clientId: "A".repeat(32), clientSecret: "x" });
  await refused(APPS, "replaceAppSecretAction", [app.id, "$undefined"], "register or change apps", { clientSecret: "stolen-secret" });
  await refused(APPS, "deleteAppAction", [app.id], "register or change apps");
  await refused(APP, "startConnectAction", [app.id], "connect organisations");
  await refused(APP, "startSyncAction", [app.id], "run a sync");
  await refused(CONNECTIONS, "previewDisconnectAction", [{ ids: [connectionId] }], "disconnect connections");
  await refused(CONNECTIONS, "disconnectConnectionsAction", [{ ids: [connectionId], reason: "support tried" }], "disconnect connections");

  // The callback refuses too, and says why.
  await page.goto("/api/xero/callback?state=anything&code=x");
  await expect(page.getByRole("alert", { name: "Connect failed" })).toContainText("Your role does not allow you to connect organisations.");

  // Nothing changed.
  await expectAppCounts(page, app.id, { connections: 1, organisations: 1 });
  await page.goto(appsPageFor(smuggled));
  await expect(page.getByRole("link", { name: smuggled })).toHaveCount(0);
  await page.goto(appsPageFor(app.name));
  await expect(page.getByRole("link", { name: app.name })).toBeVisible();
});

/** A connection id, from the CSV export (support may export; ids are not shown on the page). */
async function firstConnectionId(page: Page, appId: string): Promise<string> {
  const csv = await (await page.request.get(`/api/connections/export?app=${appId}`)).text();
  return csv.trim().split("\n")[1]!.split(",")[0]!;
}

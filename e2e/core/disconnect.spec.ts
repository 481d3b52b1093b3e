import { expect, test } from "@playwright/test";
import { createUser, signIn } from "../support/users";
import { testAs } from "../support/stored-session";
import { appsPageFor, connectionRows, expectAppCounts, expectCap, expectPeopleCount, sandboxAppRegistered } from "../support/dashboard-apps";
import { connectOrganisations, sandboxConnectedApps, XERO_USERS } from "../support/sandbox";

// Issue 4: disconnecting one connection and several at once, and what every page says afterwards.

const { ben, ana } = XERO_USERS;
const ORGS = ["Lighthouse Legal", "Fernhill Farms", "Southern Cross Tiling", "Pohutukawa Cafe"];

// The first test signs in as a developer of its own: its activity filter names the actor.
const developerTest = testAs("developer");

test("disconnect one connection: counts drop everywhere, Xero's list loses it, the activity log has it", async ({ page, baseURL }) => {
  const developer = createUser("developer");
  await signIn(page, developer);
  const app = await sandboxAppRegistered(page, baseURL!, { prefix: "E2E Disconnect", plan: "starter" });
  await connectOrganisations(page, app.id, ben.email, ORGS.slice(0, 2));
  const [keep, drop] = ORGS as [string, string];

  await page.goto(appsPageFor(app.name));
  await expectCap(page, app.name, 2, 5, "ok");
  await expectPeopleCount(page, ben.email, app.name, 2);
  await page.goto(`/apps/${app.id}`);
  const href = await connectionRows(page).getByRole("link", { name: drop, exact: true }).getAttribute("href");
  const tenantId = href!.split("/").pop()!;
  await expect(await sandboxConnectedApps(page, tenantId, app.name)).toHaveCount(1);

  await page.goto(`/apps/${app.id}`);
  await page.getByRole("button", { name: `Disconnect ${drop} (${ben.email})` }).click();
  const dialog = page.getByRole("dialog", { name: "Disconnect this connection?" });
  await expect(dialog).toContainText(`${drop} from ${app.name}, authorised by ${ben.name} (${ben.email}).`);
  await expect(dialog.getByRole("status", { name: "Dry run" })).toHaveText(`Disconnect 1 connection: frees 1 of 5 slots on ${app.name}`);
  await dialog.getByLabel("Reason (kept in the activity log)").fill("Customer left");
  await dialog.getByRole("button", { name: "Disconnect" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status", { name: "Disconnect results" })).toHaveText(`1 disconnected, 0 failed. Disconnected ${drop} from ${app.name}.`);
  await expect(connectionRows(page)).toHaveCount(1);
  await expect(connectionRows(page)).toContainText(keep);
  await expectCap(page, app.name, 1, 5, "ok");

  // Counts drop everywhere.
  await expectAppCounts(page, app.id, { connections: 1, organisations: 1 });
  await expectPeopleCount(page, ben.email, app.name, 1);
  await page.goto(appsPageFor(app.name));
  await expectCap(page, app.name, 1, 5, "ok");
  // The disconnected row is still there for the record, under its status.
  await page.goto(`/apps/${app.id}?status=disconnected`);
  await expect(connectionRows(page)).toHaveCount(1);
  await expect(connectionRows(page)).toContainText(drop);
  await expect(connectionRows(page)).toContainText("Disconnected");

  // The organisation's page keeps the record, marked disconnected.
  await page.goto(`/organisations/${tenantId}`);
  await expect(page.getByRole("list", { name: `Users who connected ${app.name}` }).getByRole("listitem")).toHaveText([new RegExp(`${ben.name}.*Disconnected`)]);

  // Xero no longer lists it.
  await expect(await sandboxConnectedApps(page, tenantId, app.name)).toHaveCount(0);

  // The activity log says who, what and why.
  await page.goto(`/activity?actor=${encodeURIComponent(developer.email)}&action=connection.disconnected`);
  const entries = page.getByRole("table", { name: "Activity, newest first" }).locator("tbody tr");
  await expect(entries).toHaveCount(1);
  await expect(entries).toContainText("Connection disconnected");
  await expect(entries).toContainText(`${drop} · ${app.name} · ${ben.email}`);
  await expect(entries).toContainText("reason: Customer left");
});

developerTest("bulk disconnect across users and apps shows the dry run first, then frees the slots", async ({ page, baseURL }) => {
  const first = await sandboxAppRegistered(page, baseURL!, { prefix: "E2E Bulk", plan: "starter" });
  const second = await sandboxAppRegistered(page, baseURL!, { prefix: "E2E Bulk other", plan: "core" });
  await connectOrganisations(page, first.id, ben.email, ORGS);
  await connectOrganisations(page, first.id, ana.email, ORGS.slice(0, 1));
  await connectOrganisations(page, second.id, ben.email, ORGS.slice(0, 1));
  await page.goto(appsPageFor(first.name));
  await expectCap(page, first.name, 5, 5, "full");

  // From the global Connections table: the same organisation through two users and two apps.
  const org = ORGS[0]!;
  const picks = [`${org} on ${first.name} (${ben.email})`, `${org} on ${first.name} (${ana.email})`, `${org} on ${second.name} (${ben.email})`];
  const select = async () => {
    await page.goto(`/connections?q=${encodeURIComponent(org)}`);
    for (const pick of picks) await page.getByRole("checkbox", { name: `Select ${pick}` }).check();
    await page.getByRole("button", { name: "Disconnect selected (3)" }).click();
  };
  const dialog = page.getByRole("dialog", { name: "Disconnect 3 connections?" });
  const dryRun = `Disconnect 2 connections: frees 2 of 5 slots on ${first.name}; Disconnect 1 connection: frees 1 of 50 slots on ${second.name}`;
  await select();
  await expect(dialog.getByRole("status", { name: "Dry run" })).toHaveText(dryRun);
  // Nothing has happened yet.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await page.goto(appsPageFor(first.name));
  await expectCap(page, first.name, 5, 5, "full");

  await select();
  await expect(dialog.getByRole("status", { name: "Dry run" })).toHaveText(dryRun);
  await dialog.getByRole("button", { name: "Disconnect" }).click();
  const results = page.getByRole("status", { name: "Disconnect results" });
  await expect(results).toContainText("3 disconnected, 0 failed.");
  await expect(results).toContainText(`Disconnected ${org} from ${first.name}.`);
  await expect(results).toContainText(`Disconnected ${org} from ${second.name}.`);
  for (const pick of picks) await expect(page.getByRole("checkbox", { name: `Select ${pick}` })).toHaveCount(0);

  await page.goto(appsPageFor(first.name));
  await expectCap(page, first.name, 3, 5, "ok");
  await page.goto(appsPageFor(second.name));
  await expectCap(page, second.name, 0, 50, "ok");
  await expectPeopleCount(page, ben.email, first.name, 3);
  await expectPeopleCount(page, ana.email, first.name, 0);
  await expectPeopleCount(page, ben.email, second.name, 0);
});

developerTest("a disconnect Xero refuses leaves the row as it was, with the reason", async ({ page, baseURL }) => {
  const app = await sandboxAppRegistered(page, baseURL!, { prefix: "E2E Refused", plan: "starter" });
  await connectOrganisations(page, app.id, ben.email, ORGS.slice(0, 1));
  await page.goto("/sandbox/xero/portal/faults");
  await page.getByLabel("Fault", { exact: true }).selectOption("http-500");
  await page.getByLabel("Endpoint", { exact: true }).selectOption("connections");
  await page.getByLabel("App", { exact: true }).selectOption(app.clientId);
  await page.getByRole("button", { name: "Queue fault" }).click();

  await page.goto(`/apps/${app.id}`);
  await page.getByRole("button", { name: `Disconnect ${ORGS[0]} (${ben.email})` }).click();
  const dialog = page.getByRole("dialog", { name: "Disconnect this connection?" });
  await expect(dialog.getByRole("status", { name: "Dry run" })).toContainText("frees 1 of 5 slots");
  await dialog.getByRole("button", { name: "Disconnect" }).click();
  await expect(page.getByRole("status", { name: "Disconnect results" })).toHaveText("0 disconnected, 1 failed.");
  const row = connectionRows(page).filter({ hasText: ORGS[0]! });
  await expect(row).toContainText("Active");
  await expect(row).toContainText("Xero had a problem answering (HTTP 500). Nothing was changed; try again in a few minutes.");
  await expectCap(page, app.name, 1, 5, "ok");
});

import { expect, test, type Page } from "@playwright/test";
import { asRole } from "../support/stored-session";
import { connectionRows, expectAppCounts, expectPeopleCount, registerApp, sandboxAppRegistered } from "../support/dashboard-apps";
import { connectOrganisations, createSandboxApp, sandboxConnectedApps, startConsent, uniqueName, XERO_USERS } from "../support/sandbox";

// Issue 4, acceptance 1: register a sandbox app, connect organisations as two Xero users, and see who
// authorised what where Xero's own screen cannot say.

test.use(asRole("developer"));

const { ben: A, ana: B } = XERO_USERS;
// Ben and Ana are both members of these (sandbox seed).
const FIRST = "Ironbark Joinery";
const SECOND = "Kauri Street Books";

async function tenantIdOf(page: Page, appId: string, organisation: string): Promise<string> {
  await page.goto(`/apps/${appId}`);
  const href = await connectionRows(page).getByRole("link", { name: organisation, exact: true }).first().getAttribute("href");
  return /\/organisations\/([0-9a-f-]{36})/.exec(href ?? "")![1]!;
}

test("connect two organisations as Xero user A and one as user B: our pages name them, Xero's does not", async ({ page, baseURL }) => {
  const app = await sandboxAppRegistered(page, baseURL!, { prefix: "E2E Connect", plan: "core" });

  await connectOrganisations(page, app.id, A.email, [FIRST, SECOND]);
  await connectOrganisations(page, app.id, B.email, [FIRST]);

  await expectAppCounts(page, app.id, { connections: 3, organisations: 2 });
  await expect(connectionRows(page)).toHaveCount(3);
  await expect(connectionRows(page).filter({ hasText: FIRST })).toHaveCount(2);
  await expect(page.getByLabel("Authorised by")).toContainText(`${A.name} (${A.email}) · 2`);
  await expect(page.getByLabel("Authorised by")).toContainText(`${B.name} (${B.email}) · 1`);
  await page.getByLabel("Authorised by").selectOption({ label: `${B.name} (${B.email}) · 1` });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/user=[0-9a-f-]{36}/);
  await expect(connectionRows(page)).toHaveCount(1);
  await expect(connectionRows(page)).toContainText(FIRST);

  // The organisation pages name the authorising users of this app.
  const first = await tenantIdOf(page, app.id, FIRST);
  const second = await tenantIdOf(page, app.id, SECOND);
  await page.goto(`/organisations/${first}`);
  await expect(page.getByRole("heading", { level: 1, name: FIRST })).toBeVisible();
  const firstUsers = page.getByRole("list", { name: `Users who connected ${app.name}` });
  await expect(firstUsers.getByRole("listitem")).toHaveCount(2);
  await expect(firstUsers).toContainText(`${A.name} (${A.email})`);
  await expect(firstUsers).toContainText(`${B.name} (${B.email})`);
  await page.goto(`/organisations/${second}`);
  const secondUsers = page.getByRole("list", { name: `Users who connected ${app.name}` });
  await expect(secondUsers.getByRole("listitem")).toHaveCount(1);
  await expect(secondUsers).toContainText(A.email);

  // People: A holds 2 connections of this app, B holds 1.
  await expectPeopleCount(page, A.email, app.name, 2);
  await expectPeopleCount(page, B.email, app.name, 1);
  // From People, one click lists exactly that user's connections of the app.
  await page.getByRole("link", { name: app.name, exact: true }).click();
  await expect(page.getByLabel("Authorised by")).toHaveValue(/^[0-9a-f-]{36}$/);
  await expect(page.getByLabel("Authorised by").locator("option:checked")).toHaveText(`${B.name} (${B.email}) · 1`);
  await expect(connectionRows(page)).toHaveCount(1);

  // Xero's Connected apps screen lists the app once per user and names nobody.
  const entries = await sandboxConnectedApps(page, first, app.name);
  await expect(entries).toHaveCount(2);
  for (const text of [A.name, B.name, A.email, B.email, "Ben", "Ana"]) await expect(entries.filter({ hasText: text })).toHaveCount(0);
});

test("a cancelled consent ends on the app page saying so, and nothing is connected", async ({ page, baseURL }) => {
  const app = await sandboxAppRegistered(page, baseURL!, { prefix: "E2E Cancel", plan: "core" });
  await startConsent(page, app.id, A.email);
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page).toHaveURL(new RegExp(`/apps/${app.id}\\?connect_error=cancelled`));
  await expect(page.getByRole("alert", { name: "Connect failed" })).toContainText("You cancelled in Xero, so nothing was connected.");
  await expectAppCounts(page, app.id, { connections: 0, organisations: 0 });
});

test("a return from Xero that matches no connect request (bogus or reused state) says what happened", async ({ page, baseURL }) => {
  await page.goto("/api/xero/callback?state=bogus&code=x");
  await expect(page.getByRole("alert", { name: "Connect failed" })).toContainText("does not match a connect request from this dashboard");

  // Replaying a completed callback: the state was used up, so nothing is connected twice.
  const app = await sandboxAppRegistered(page, baseURL!, { prefix: "E2E Replay", plan: "core" });
  const callback = page.waitForRequest((r) => new URL(r.url()).pathname === "/api/xero/callback");
  await connectOrganisations(page, app.id, A.email, [FIRST]);
  await page.goto((await callback).url());
  await expect(page.getByRole("alert", { name: "Connect failed" })).toContainText("does not match a connect request from this dashboard");
  await expectAppCounts(page, app.id, { connections: 1, organisations: 1 });
});

test("a code that was already used ends on the app page saying Xero refused it", async ({ page, baseURL }) => {
  const app = await sandboxAppRegistered(page, baseURL!, { prefix: "E2E Used code", plan: "core" });
  // Hold Xero's redirect back to the dashboard, so the code can be spent before the dashboard sees it.
  let held = "";
  await page.route(/\/sandbox\/xero\/login\/identity\/connect\/authorize/, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    const response = await route.fetch({ maxRedirects: 0 });
    const location = response.headers()["location"] ?? "";
    if (!location.includes("code=")) return route.fulfill({ response });
    held = location;
    return route.fulfill({ status: 200, contentType: "text/html", body: "<h1>Held</h1>" });
  });
  await startConsent(page, app.id, A.email);
  await page.getByLabel(FIRST, { exact: true }).check();
  await page.getByRole("button", { name: "Allow access" }).click();
  await expect(page.getByRole("heading", { name: "Held" })).toBeVisible();
  const callback = new URL(held);
  const spent = await page.request.post("/sandbox/xero/identity/connect/token", {
    headers: { Authorization: `Basic ${Buffer.from(`${app.clientId}:${app.clientSecret}`).toString("base64")}` },
    form: { grant_type: "authorization_code", code: callback.searchParams.get("code")!, redirect_uri: `${baseURL}/api/xero/callback` },
  });
  expect(spent.status()).toBe(200);

  await page.goto(callback.toString());
  await expect(page).toHaveURL(new RegExp(`/apps/${app.id}\\?connect_error=code_rejected`));
  await expect(page.getByRole("alert", { name: "Connect failed" })).toContainText("Xero refused the authorisation code");
  await expectAppCounts(page, app.id, { connections: 0, organisations: 0 });
});

test("a Xero fault during the code exchange ends on the app page with advice, and nothing half-written stays", async ({ page, baseURL }) => {
  const app = await sandboxAppRegistered(page, baseURL!, { prefix: "E2E Fault", plan: "core" });
  await page.goto("/sandbox/xero/portal/faults");
  await page.getByLabel("Fault", { exact: true }).selectOption("http-500");
  await page.getByLabel("Endpoint", { exact: true }).selectOption("token");
  await page.getByLabel("App", { exact: true }).selectOption(app.clientId);
  await page.getByRole("button", { name: "Queue fault" }).click();

  await startConsent(page, app.id, A.email);
  await page.getByLabel(FIRST, { exact: true }).check();
  await page.getByRole("button", { name: "Allow access" }).click();
  await expect(page).toHaveURL(new RegExp(`/apps/${app.id}\\?connect_error=unavailable`));
  await expect(page.getByRole("alert", { name: "Connect failed" })).toContainText("Xero did not answer properly");
  await expectAppCounts(page, app.id, { connections: 0, organisations: 0 });
  await expect(page.getByLabel("Authorised by")).not.toContainText(A.email);
});

test("a Custom Connection connects with client credentials from the app page", async ({ page, baseURL }) => {
  const organisation = "Takahe Tech";
  const sandbox = await createSandboxApp(page, baseURL!, { name: uniqueName("E2E Custom"), plan: "custom-connection", certified: false, custom: { organisation, user: XERO_USERS.priya } });
  const app = await registerApp(page, sandbox, { plan: "custom-connection", certified: false });
  await expect(page.getByRole("button", { name: "Connect organisation" })).toHaveCount(0);
  await page.getByRole("button", { name: "Connect with client credentials" }).click();
  await expect(page).toHaveURL(new RegExp(`/apps/${app.id}\\?connected=`));
  await expect(page.getByRole("status", { name: "Connected" })).toHaveText(`Connected ${organisation}.`);
  await expectAppCounts(page, app.id, { connections: 1, organisations: 1 });
  await expect(connectionRows(page)).toContainText(organisation);
});

import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { startIsolatedServer } from "../support/isolated-server";
import { signIn } from "../support/users";
import { pickOrganisations, signInToXero, XERO_USERS } from "../support/sandbox";
import { capMeter, createUserIn, openSyncedApp, outsideAuthorizeUrl } from "./story-server";

// Issue 10 (part 1), on the forum story's data and a server of its own (story-server.ts): Ben's sign-in
// outside the dashboard leaves Acme Ledger Sync (prod) at 25 of 25 with three stale connections. Then:
// the wide tables fit a 1280 px screen; the organisation page dates each entry as Xero's Connected apps
// does and says why it is stale; Diagnose looks up a name it does not recognise as an error; a consent
// refused at the limit screen comes back to the app and is recorded; a Custom Connection needs no
// redirect URI and its organisation entry has no empty brackets.

test.describe.configure({ mode: "serial" });

const ACME = "Acme Ledger Sync (prod)";
const LIMIT = `${ACME} needs to complete certification before they can connect to more Xero organisations`;
const MOVED = ["Wattle & Thread", "Seaview Dental"];
const ADDED = "Kauri Street Books";
const XERO_DATE = /Connected \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}/;

let server: Awaited<ReturnType<typeof startIsolatedServer>>;
let developer: { email: string; password: string };
let acme: { id: string; clientId: string };

async function signedIn(browser: Browser, user: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await signIn(page, user, `${server.baseURL}/`);
  return page;
}

/** The table lies inside the main area and its first and last columns are on screen (figures printed, not asserted). */
async function expectFits(page: Page, table: Locator, label: string) {
  await expect(table).toBeVisible();
  // Scroll the page (never the table's own container) so the table's top is on screen.
  await table.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 120));
  const main = (await page.locator("main").boundingBox())!;
  const box = (await table.boundingBox())!;
  console.log(`${label}: table ${Math.round(box.x)}–${Math.round(box.x + box.width)} px, main ${Math.round(main.x)}–${Math.round(main.x + main.width)} px`);
  expect(box.x + box.width, `${label} is wider than the main area`).toBeLessThanOrEqual(main.x + main.width);
  await expect(table.getByRole("columnheader").last()).toBeInViewport({ ratio: 1 });
  await expect(table.getByRole("checkbox", { name: "Select all connections on this page" })).toBeInViewport({ ratio: 1 });
}

test.beforeAll(async ({ browser }, testInfo) => {
  testInfo.setTimeout(180_000);
  server = await startIsolatedServer();
  developer = createUserIn(server.dataDir, "developer");
  const page = await signedIn(browser, developer);
  acme = await openSyncedApp(page, server.baseURL, ACME, /^24 of 25 connections/);
  // Ben signs in through the product itself; the sync then finds three connections of that sign-in stale.
  const outside = await (await browser.newContext()).newPage();
  await outside.goto(outsideAuthorizeUrl(server.baseURL, acme.clientId));
  await signInToXero(outside, XERO_USERS.ben.email);
  await pickOrganisations(outside, [...MOVED, ADDED]);
  await outside.getByRole("button", { name: "Allow access" }).click();
  await expect(outside).toHaveURL(/\/sign-in/);
  await outside.context().close();
  await page.goto(`${server.baseURL}/apps/${acme.id}`);
  await page.getByRole("button", { name: "Sync now" }).click();
  await expect(page.getByRole("status", { name: "Sync progress" })).toContainText("Sync finished", { timeout: 30_000 });
  await expect(capMeter(page, ACME)).toHaveAttribute("aria-valuetext", /^25 of 25 connections/);
  await page.context().close();
});

test.afterAll(async () => {
  await server?.stop();
});

test("at 1280 px the Stale, Diagnose evidence and Connections tables fit the main area with their select and action columns", async ({ browser }) => {
  const page = await signedIn(browser, developer);
  await page.goto(`${server.baseURL}/connections/stale`);
  const stale = page.getByRole("table", { name: "Stale connections" });
  await expect(stale.locator("tbody tr")).toHaveCount(3);
  await expectFits(page, stale, "Stale connections");

  await page.goto(`${server.baseURL}/diagnose?message=${encodeURIComponent(LIMIT)}`);
  await expectFits(page, page.getByRole("table", { name: `Stale connections of ${ACME}` }), "Diagnose evidence");

  await page.goto(`${server.baseURL}/connections`);
  await expectFits(page, page.getByRole("table", { name: "Connections" }), "Connections");
  await page.context().close();
});

test("the organisation page dates each entry as Xero's Connected apps does and says why an entry is stale", async ({ browser }) => {
  const page = await signedIn(browser, developer);
  await page.goto(`${server.baseURL}/organisations`);
  await page.getByRole("link", { name: ADDED, exact: true }).click();
  const entries = page.getByRole("list", { name: `Users who connected ${ACME}` }).getByRole("listitem");
  const ben = entries.filter({ hasText: XERO_USERS.ben.email });
  await expect(ben).toContainText(XERO_DATE);
  await expect(ben).toContainText("Stale");
  await expect(ben).toContainText(/Why stale: .*also connected to this app through Ana Silva/);
  await expect(entries).toHaveCount(2);
  // Ben's reason names Ana too: her own entry is the one that is not stale.
  await expect(entries.filter({ hasText: `Ana Silva (${XERO_USERS.ana.email})` }).filter({ hasNotText: "Why stale" })).toContainText(XERO_DATE);
  await page.context().close();
});

test("Diagnose looks up a message it does not recognise as a name: an organisation's evidence, or suggestions", async ({ browser }) => {
  const page = await signedIn(browser, developer);
  await page.goto(`${server.baseURL}/diagnose`);
  await page.getByLabel("Error message or URL").fill("harbour street bakery");
  await page.getByRole("form", { name: "Diagnose a problem" }).getByRole("button", { name: "Diagnose" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "“harbour street bakery” is an organisation" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Uncertified apps on Harbour Street Bakery" })).toContainText(ACME);

  await page.goto(`${server.baseURL}/diagnose?message=Harbour`);
  await expect(page.getByRole("heading", { level: 2, name: "We do not recognise this message" })).toBeVisible();
  await page.getByRole("list", { name: "Did you mean" }).getByRole("link", { name: "Harbour Street Bakery (organisation)" }).click();
  await expect(page.getByRole("list", { name: "Uncertified apps on Harbour Street Bakery" })).toBeVisible();

  // Chen's email is both a Xero user's and a demo customer's: both are offered rather than one guessed.
  await page.goto(`${server.baseURL}/diagnose?message=${encodeURIComponent(XERO_USERS.chen.email.toUpperCase())}`);
  const offered = page.getByRole("list", { name: "Did you mean" });
  await expect(offered.getByRole("link", { name: /\(customer / })).toBeVisible();
  await offered.getByRole("link", { name: `Chen Wei <${XERO_USERS.chen.email}> (Xero user)` }).click();
  await expect(page.getByRole("heading", { level: 2, name: `Evidence for ${XERO_USERS.chen.email}` })).toBeVisible();
  await page.context().close();
});

test("a consent refused at the limit screen returns to the app, which records it in Activity and shows the last refusal", async ({ browser }) => {
  const page = await signedIn(browser, developer);
  await page.goto(`${server.baseURL}/apps/${acme.id}`);
  await page.getByRole("button", { name: "Connect organisation" }).click();
  await signInToXero(page, XERO_USERS.chen.email);
  await pickOrganisations(page, ["Westwind Windows"]);
  await page.getByRole("button", { name: "Allow access" }).click();
  await expect(page).toHaveURL(/\/connectionLimit/);
  await expect(page.getByRole("status", { name: "Connection limit" })).toHaveText(LIMIT);

  await page.getByRole("link", { name: `Return to ${ACME}` }).click();
  await expect(page).toHaveURL(new RegExp(`/apps/${acme.id}\\?connect_error=cap_reached`));
  await expect(page.getByRole("alert", { name: "Connect failed" })).toContainText("this app is at its connection cap");
  await expect(page.getByText(/^Last refused consent: /)).toContainText(`${developer.email}, cap reached`);
  await expect(capMeter(page, ACME)).toHaveAttribute("aria-valuetext", /^25 of 25 connections/);

  await page.goto(`${server.baseURL}/activity`);
  const row = page.getByRole("table", { name: "Activity, newest first" }).locator("tbody tr").filter({ hasText: "Consent refused at a cap" });
  await expect(row.first()).toContainText(developer.email);
  await expect(row.first()).toContainText(ACME);
  await page.context().close();
});

test("a Custom Connection needs no redirect URI, and its organisation entry has no empty brackets", async ({ browser }) => {
  const page = await signedIn(browser, developer);
  await page.goto(`${server.baseURL}/apps`);
  await page.getByRole("link", { name: "Acme Bank Feed (custom connection)", exact: true }).click();
  await expect(page.getByText("Xero never redirects to a Custom Connection, so no redirect URI needs registering")).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy Redirect URI" })).toHaveCount(0);
  await page.getByRole("button", { name: "Connect with client credentials" }).click();
  await expect(page.getByRole("status", { name: "Connected" })).toContainText("Ridgeline Roofing");

  await page.goto(`${server.baseURL}/organisations`);
  await page.getByRole("link", { name: "Ridgeline Roofing", exact: true }).click();
  const entry = page.getByRole("list", { name: "Users who connected Acme Bank Feed (custom connection)" }).getByRole("listitem");
  await expect(entry).toContainText(XERO_DATE);
  await expect(entry).not.toContainText("()");
  await page.context().close();
});

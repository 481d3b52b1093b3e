import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { startIsolatedServer } from "../support/isolated-server";
import { signIn } from "../support/users";
import { pickOrganisations, signInToXero, XERO_USERS } from "../support/sandbox";
import { capMeter, createUserIn, openSyncedApp, outsideAuthorizeUrl } from "./story-server";

// Issue 5's acceptance on the demo data, on a server of its own (see story-server.ts):
// 1. The forum story: the legacy app "Acme Ledger Sync (prod)" at 24 of 25 (Ben 13, Ana 7, Chen 4).
//    Ben signs in again through the team's own product, outside the dashboard: Xero moves two of his
//    organisations to that new auth event and adds a third (25 of 25). The dashboard holds no tokens
//    for that sign-in, so after a sync those three are stale "from a sign-in we hold no tokens for"
//    (the third is also a duplicate of Ana's). A new consent hits "needs to complete certification…";
//    support pastes it into Diagnose; a developer opens the same link and disconnects the stale three;
//    the consent then succeeds.
// 2. An organisation with 2 uncertified apps: the third app's consent greys it out; Diagnose names the
//    organisation cap, the two apps and who connected each.

test.describe.configure({ mode: "serial" });

const ACME = "Acme Ledger Sync (prod)";
const LIMIT = `${ACME} needs to complete certification before they can connect to more Xero organisations`;
const MOVED = ["Wattle & Thread", "Seaview Dental"];
const ADDED = "Kauri Street Books";
const NEXT_ORG = "Westwind Windows";

let server: Awaited<ReturnType<typeof startIsolatedServer>>;
let developer: { email: string; password: string };
let support: { email: string; password: string };
let acme: { id: string; clientId: string };
let diagnosisUrl: string;

async function signedIn(browser: Browser, user: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, user, `${server.baseURL}/`);
  return page;
}

test.beforeAll(async ({ browser }, testInfo) => {
  testInfo.setTimeout(180_000);
  server = await startIsolatedServer();
  developer = createUserIn(server.dataDir, "developer");
  support = createUserIn(server.dataDir, "support");
  const page = await signedIn(browser, developer);
  // The scheduler's first tick syncs the seeded grants right after start.
  acme = await openSyncedApp(page, server.baseURL, ACME, /^24 of 25 connections/);
  await page.context().close();
});

test.afterAll(async () => {
  await server?.stop();
});

test("the forum story: 25 of 25, diagnosed by support, freed by a developer, then the consent succeeds", async ({ browser }) => {
  test.setTimeout(180_000);
  const base = server.baseURL;

  // Ben signs in through the product itself (no dashboard session: its callback never completes here).
  const outside = await (await browser.newContext()).newPage();
  await outside.goto(outsideAuthorizeUrl(base, acme.clientId));
  await signInToXero(outside, XERO_USERS.ben.email);
  await pickOrganisations(outside, [...MOVED, ADDED]);
  await outside.getByRole("button", { name: "Allow access" }).click();
  await expect(outside).toHaveURL(/\/sign-in/);
  await outside.context().close();

  // The developer syncs: Xero now lists 25, three of them from that sign-in.
  const dev = await signedIn(browser, developer);
  await dev.goto(`${base}/apps/${acme.id}`);
  await dev.getByRole("button", { name: "Sync now" }).click();
  await expect(dev.getByRole("status", { name: "Sync progress" })).toContainText("Sync finished", { timeout: 30_000 });
  await expect(capMeter(dev, ACME)).toHaveAttribute("aria-valuetext", /^25 of 25 connections/);

  // A further consent meets Xero's limit screen.
  await dev.getByRole("button", { name: "Connect organisation" }).click();
  await signInToXero(dev, XERO_USERS.chen.email);
  await pickOrganisations(dev, [NEXT_ORG]);
  await dev.getByRole("button", { name: "Allow access" }).click();
  await expect(dev).toHaveURL(/\/connectionLimit/);
  const shown = (await dev.getByRole("status", { name: "Connection limit" }).textContent())!.trim();
  expect(shown).toBe(LIMIT);

  // Support finds them from the Overview's count: the stale view gives each reason and what to do.
  const sup = await signedIn(browser, support);
  await sup.getByRole("link", { name: /^Stale connections\s*3$/ }).click();
  await expect(sup).toHaveURL(/\/connections\/stale$/);
  const staleView = sup.getByRole("table", { name: "Stale connections" });
  await expect(staleView.locator("tbody tr")).toHaveCount(3);
  await expect(staleView.locator("tbody tr").filter({ hasText: ADDED })).toContainText("also connected to this app through Ana Silva");
  await expect(staleView.locator("tbody tr").first()).toContainText("Recommended: Disconnect it unless something outside this dashboard still uses that sign-in");
  await expect(sup.getByRole("checkbox")).toHaveCount(0);

  // Support pastes the message into Diagnose.
  await sup.goto(`${base}/diagnose`);
  await sup.getByLabel("Error message or URL").fill(shown);
  await sup.getByRole("button", { name: "Diagnose" }).click();
  await expect(sup.getByRole("heading", { level: 2, name: "The app's connection cap" })).toBeVisible();
  await expect(capMeter(sup, ACME)).toHaveAttribute("aria-valuetext", /^25 of 25 connections · at the cap/);
  const byUser = sup.getByRole("list", { name: "Connections by authorising user" });
  await expect(byUser.getByRole("listitem")).toHaveCount(3);
  await expect(byUser).toContainText("Ben Hogan (ben.hogan@example.com) · 14 (3 stale)");
  await expect(byUser).toContainText("Ana Silva (ana.silva@example.com) · 7");
  await expect(byUser).toContainText("Chen Wei (chen.wei@example.com) · 4");
  const stale = sup.getByRole("table", { name: `Stale connections of ${ACME}` });
  await expect(stale.locator("tbody tr")).toHaveCount(3);
  for (const org of [...MOVED, ADDED]) await expect(stale).toContainText(org);
  await expect(stale.locator('[data-reason="earlier_sign_in"]')).toHaveCount(3);
  await expect(stale.locator('[data-reason="duplicate"]')).toContainText("also connected to this app through Ana Silva");
  await expect(sup.getByRole("list", { name: "Ranked actions" }).getByRole("listitem").first()).toHaveText("Disconnect these 3 stale connections: frees 3 slots: 25 → 22 of 25.");
  // Support sees everything but has no control that disconnects.
  await expect(sup.getByRole("checkbox")).toHaveCount(0);
  await expect(sup.getByRole("button", { name: /Disconnect/ })).toHaveCount(0);
  diagnosisUrl = sup.url();
  expect(new URL(diagnosisUrl).searchParams.get("message")).toBe(LIMIT);
  await sup.context().close();

  // The developer opens the shared diagnosis and disconnects the stale connections from it.
  await dev.goto(diagnosisUrl);
  await expect(dev.getByRole("heading", { level: 2, name: "The app's connection cap" })).toBeVisible();
  const devStale = dev.getByRole("table", { name: `Stale connections of ${ACME}` });
  await devStale.getByRole("checkbox", { name: "Select all connections on this page" }).check();
  await dev.getByRole("button", { name: "Disconnect selected (3)" }).click();
  const dialog = dev.getByRole("dialog");
  await expect(dialog.getByRole("status", { name: "Dry run" })).toHaveText(`Disconnect 3 connections: frees 3 of 25 slots on ${ACME}`);
  await dialog.getByLabel("Reason (kept in the activity log)").fill("Left behind by Ben's sign-in outside the dashboard (forum story)");
  await dialog.getByRole("button", { name: "Disconnect" }).click();
  await expect(capMeter(dev, ACME)).toHaveAttribute("aria-valuetext", /^22 of 25 connections/);
  await expect(dev.getByRole("heading", { name: "Stale connections filling the cap (0)" })).toBeVisible();

  // The consent that failed now succeeds.
  await dev.goto(`${base}/apps/${acme.id}`);
  await dev.getByRole("button", { name: "Connect organisation" }).click();
  await signInToXero(dev, XERO_USERS.chen.email);
  await pickOrganisations(dev, [NEXT_ORG]);
  await dev.getByRole("button", { name: "Allow access" }).click();
  await expect(dev).toHaveURL(new RegExp(`/apps/${acme.id}\\?connected=`));
  await expect(capMeter(dev, ACME)).toHaveAttribute("aria-valuetext", /^23 of 25 connections/);
  await dev.context().close();
});

test("an organisation with 2 uncertified apps: greyed out for a third, and Diagnose names the cap, the apps and who connected each", async ({ browser }) => {
  const base = server.baseURL;
  const dev = await signedIn(browser, developer);
  // The seed's third uncertified app (Starter) tries Harbour Street Bakery, which holds Acme prod and staging.
  const third = await openSyncedApp(dev, base, "Acme Ledger Sync (dev)", /^4 of 5 connections/);
  await dev.goto(`${base}/apps/${third.id}`);
  await dev.getByRole("button", { name: "Connect organisation" }).click();
  await signInToXero(dev, XERO_USERS.ben.email);
  const full = dev.getByLabel("Harbour Street Bakery", { exact: true });
  await expect(full).toBeDisabled();
  await expect(full).toHaveAccessibleDescription("This organisation is already connected to the maximum number of allowed uncertified apps");
  await dev.getByRole("button", { name: "Cancel" }).click();
  await expect(dev).toHaveURL(new RegExp(`/apps/${third.id}\\?connect_error=cancelled`));
  await dev.context().close();

  const sup = await signedIn(browser, support);
  await sup.goto(`${base}/diagnose`);
  await sup.getByLabel("Error message or URL").fill("This organisation is already connected to the maximum number of allowed uncertified apps");
  await sup.getByRole("button", { name: "Diagnose" }).click();
  await expect(sup.getByRole("heading", { level: 2, name: "The organisation's 2-uncertified-apps cap" })).toBeVisible();
  // Xero's wording names no organisation: the candidates at the cap are offered; choosing one keeps the message.
  await sup.getByRole("link", { name: "Harbour Street Bakery", exact: true }).click();
  await expect(sup.getByLabel("Organisation (name or tenant id)")).toHaveValue("Harbour Street Bakery");
  await expect(sup.getByText("2 of 2 uncertified-app slots used")).toBeVisible();
  const apps = sup.getByRole("list", { name: "Uncertified apps on Harbour Street Bakery" });
  await expect(apps.getByRole("listitem")).toHaveCount(2);
  await expect(apps.getByRole("listitem").filter({ hasText: ACME })).toContainText("connected by Ben Hogan (ben.hogan@example.com)");
  await expect(apps.getByRole("listitem").filter({ hasText: "Acme Ledger Sync (staging)" })).toContainText("connected by Tom Walker (tom.walker@example.com)");
  await expect(sup.getByRole("list", { name: "Ranked actions" })).toContainText("Use a Custom Connection for this organisation");
  await sup.context().close();
});

test("a message we do not recognise says so and still shows the chosen app's evidence", async ({ browser }) => {
  const sup = await signedIn(browser, support);
  await sup.goto(`${server.baseURL}/diagnose`);
  await sup.getByLabel("Error message or URL").fill("The integration stopped working this morning");
  await sup.getByLabel("App", { exact: true }).selectOption({ label: `${ACME} (production)` });
  await sup.getByRole("button", { name: "Diagnose" }).click();
  await expect(sup.getByRole("heading", { level: 2, name: "We do not recognise this message" })).toBeVisible();
  await expect(capMeter(sup, ACME)).toHaveAttribute("aria-valuetext", /^23 of 25 connections/);
  await sup.context().close();
});

test("the diagnosis and the stale view have no serious or critical accessibility violations", async ({ browser }) => {
  const dev = await signedIn(browser, developer);
  const serious = async () =>
    (await new AxeBuilder({ page: dev }).analyze()).violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  for (const path of [`/diagnose?message=${encodeURIComponent(LIMIT)}`, "/diagnose", "/connections/stale", "/connections/stale?view=vanished"]) {
    await dev.goto(`${server.baseURL}${path}`);
    await expect(dev.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await serious(), path).toEqual([]);
  }
  await dev.context().close();
});

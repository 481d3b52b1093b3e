import { expect, test, type Page } from "@playwright/test";
import { asRole, pageAs } from "../support/stored-session";
import { connectionRows, sandboxAppRegistered } from "../support/dashboard-apps";
import { connectOrganisations, sandboxConnectedApps, XERO_USERS } from "../support/sandbox";
import { finishedRun, runNow } from "./jobs-page";
import { expectedSignature, startReceiver } from "./receiver";

// Issue 5: alerts as webhooks, signed, with a delivery log; and the acceptance "disconnect an
// organisation from the sandbox's Connected apps screen: after a sync the connection is marked
// disconnected and a webhook delivery is logged".

const ORGANISATION = "Ironbark Joinery";
const EVENTS = [
  "An app reaches 80 % of its connection cap",
  "An app reaches its connection cap",
  "An organisation uses both of its uncertified-app slots",
  "An authorising user must re-authorise an app",
  "A connection is disconnected on Xero's side",
];

async function addWebhook(page: Page, url: string, events: string[] = EVENTS): Promise<string> {
  await page.goto("/settings/alerts");
  await page.getByLabel("Receiver URL").fill(url);
  for (const e of EVENTS) await page.getByLabel(e, { exact: true }).setChecked(events.includes(e));
  await page.getByRole("button", { name: "Add webhook" }).click();
  const added = page.getByRole("status", { name: "Webhook added" });
  await expect(added).toContainText("shown only this once");
  return (await added.locator("code").textContent())!.trim();
}

async function removeWebhook(page: Page, url: string) {
  await page.goto("/settings/alerts");
  await page.getByRole("button", { name: `Remove ${url}` }).click();
  await page.getByRole("button", { name: `Confirm removing ${url}` }).click();
  await expect(page.getByRole("cell", { name: url })).toHaveCount(0);
}

const deliveryRows = (page: Page, url: string, event: string) => page.getByRole("row").filter({ hasText: url }).filter({ hasText: event });

test.use(asRole("admin"));

test("an admin adds a webhook, sends a test, and sees it delivered with the right signature", async ({ page, browser }) => {
  const receiver = await startReceiver();
  try {
    await page.goto("/settings/alerts");
    await page.getByLabel("Receiver URL").fill("ftp://example.com/hook");
    await page.getByRole("button", { name: "Add webhook" }).click();
    await expect(page.getByLabel("Receiver URL")).toHaveAccessibleDescription(/Enter a full http:\/\/ or https:\/\/ address/);

    const secret = await addWebhook(page, receiver.url);
    expect(secret).toMatch(/^whsec_/);
    await page.getByRole("button", { name: `Send test to ${receiver.url}` }).click();
    await expect(page.getByRole("status", { name: `Result for ${receiver.url}` })).toHaveText("Test delivered.");

    const row = deliveryRows(page, receiver.url, "webhook.test");
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("Delivered");
    await expect(row).toContainText("1 of 1");
    await expect(row).toContainText("204");

    const request = receiver.received.find((r) => r.json.event === "webhook.test")!;
    expect(request.headers["x-connectiondesk-event"]).toBe("webhook.test");
    expect(request.headers["x-connectiondesk-signature"]).toBe(expectedSignature(request.body, secret));
    expect(request.headers["x-connectiondesk-delivery"]).toBe(request.json.id);

    // Support staff see which host alerts go to and how they went, never the URL (it often carries a
    // secret) nor the signing secret, and cannot change anything. In a browser of its own.
    const { context, page: support } = await pageAs(browser, "support");
    await support.goto("/settings/alerts");
    await expect(support.getByRole("cell", { name: "127.0.0.1/…" }).first()).toBeVisible();
    await expect(deliveryRows(support, "127.0.0.1/…", "webhook.test").filter({ hasText: "Delivered" }).first()).toBeVisible();
    await expect(support.getByText(new URL(receiver.url).pathname)).toHaveCount(0);
    expect(await support.content()).not.toContain(new URL(receiver.url).pathname);
    await expect(support.getByText(secret)).toHaveCount(0);
    await expect(support.getByRole("button", { name: "Add webhook" })).toHaveCount(0);
    await expect(support.getByRole("button", { name: `Send test to ${receiver.url}` })).toHaveCount(0);
    await context.close();

    await removeWebhook(page, receiver.url);
  } finally {
    await receiver.close();
  }
});

test("Issue 8: a receiver on a link-local address is refused; a receiver's answer is shown to admins and never to support", async ({ page, browser }) => {
  const internal = await startReceiver({ status: 500, body: "internal-service: db-password=hunter2" });
  try {
    await page.goto("/settings/alerts");
    // Cloud metadata stays out of reach even with WEBHOOK_ALLOW_PRIVATE_TARGETS (the e2e server has it on).
    for (const url of ["http://169.254.169.254/latest/meta-data", "http://2852039166/latest/meta-data"]) {
      await page.getByLabel("Receiver URL").fill(url);
      await page.getByRole("button", { name: "Add webhook" }).click();
      await expect(page.getByLabel("Receiver URL")).toHaveAccessibleDescription(/This address points at a link-local network/);
    }

    await addWebhook(page, internal.url);
    await page.getByRole("button", { name: `Send test to ${internal.url}` }).click();
    await expect(page.getByRole("status", { name: `Result for ${internal.url}` })).toHaveText("Test not delivered: see the log below.");
    const row = deliveryRows(page, internal.url, "webhook.test");
    await expect(row).toContainText("The receiver answered 500.");
    await row.getByText("Answer", { exact: true }).click();
    await expect(row.getByLabel(/^Answer to delivery/)).toHaveText("internal-service: db-password=hunter2");

    // Support in a browser of its own: the admin's page may still be prefetching (and refreshing its cookie).
    const supportContext = await browser.newContext(asRole("support"));
    try {
      const support = await supportContext.newPage();
      await support.goto("/settings/alerts");
      const seen = deliveryRows(support, "127.0.0.1/…", "webhook.test").filter({ hasText: "500" });
      await expect(seen.first()).toContainText("The receiver answered 500.");
      expect(await support.content()).not.toMatch(/hunter2|internal-service/);
      expect(await support.content()).not.toContain(new URL(internal.url).pathname);
    } finally {
      await supportContext.close();
    }

    await removeWebhook(page, internal.url);
  } finally {
    await internal.close();
  }
});

test("disconnecting in Xero's Connected apps, then a sync: the connection is disconnected and an alert is delivered", async ({ page, baseURL }) => {
  const receiver = await startReceiver();
  try {
    const secret = await addWebhook(page, receiver.url, ["A connection is disconnected on Xero's side"]);
    const app = await sandboxAppRegistered(page, baseURL!, { prefix: "E2E Vanish", plan: "core" });
    await connectOrganisations(page, app.id, XERO_USERS.ben.email, [ORGANISATION]);
    const href = await connectionRows(page).getByRole("link", { name: ORGANISATION, exact: true }).first().getAttribute("href");
    const tenantId = /\/organisations\/([0-9a-f-]{36})/.exec(href ?? "")![1]!;

    const entries = await sandboxConnectedApps(page, tenantId, app.name);
    await expect(entries).toHaveCount(1);
    await entries.getByRole("button", { name: `Disconnect ${app.name}` }).click();
    await expect(await sandboxConnectedApps(page, tenantId, app.name)).toHaveCount(0);

    await page.goto("/settings/jobs");
    const id = await runNow(page, "sync");
    await expect(await finishedRun(page, "sync", id)).toContainText(/[1-9]\d* gone from Xero/);

    await page.goto(`/apps/${app.id}?status=disconnected`);
    await expect(connectionRows(page).filter({ hasText: ORGANISATION })).toContainText("Disconnected");

    // The sync covers every app on this shared server: count only this app's vanished connection.
    const ours = () => receiver.received.filter((r) => r.json.event === "connection.vanished" && (r.json.data as { app?: { id?: string } }).app?.id === app.id);
    await expect.poll(() => ours().length).toBe(1);
    const request = ours()[0]!;
    expect(request.headers["x-connectiondesk-signature"]).toBe(expectedSignature(request.body, secret));
    expect(request.json.data).toMatchObject({ connection: { tenantId, tenantName: ORGANISATION }, app: { id: app.id, name: app.name }, authorisedBy: { email: XERO_USERS.ben.email } });
    await page.goto("/settings/alerts");
    await expect(deliveryRows(page, receiver.url, "connection.vanished").first()).toContainText("Delivered");

    await removeWebhook(page, receiver.url);
  } finally {
    await receiver.close();
  }
});

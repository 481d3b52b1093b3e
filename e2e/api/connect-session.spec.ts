import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { asRole, signedOut } from "../support/stored-session";
import { sandboxAppRegistered } from "../support/dashboard-apps";
import { signInToXero, XERO_USERS } from "../support/sandbox";
import { startReceiver } from "../jobs/receiver";

// Issue 11: a team's customer connects Xero from inside the team's product. The product's backend
// creates a connect session with an API key, the customer (no dashboard account) opens the link,
// consents in Xero and lands back in the product; at the cap they are told, the product hears
// error=connection_limit, a webhook goes out and Diagnose names the attempt.

/** The team's product: a page on another port that the customer comes back to. */
async function startProduct() {
  const server = http.createServer((_req, res) => {
    res.setHeader("content-type", "text/html");
    res.end("<!doctype html><title>Product</title><h1>Back in the product</h1>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/xero/done`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function createKey(page: Page): Promise<string> {
  await page.goto("/settings/api-keys");
  const form = page.getByRole("form", { name: "Create an API key" });
  await form.getByLabel("Name").fill(`Product backend ${Date.now()}`);
  await form.getByRole("checkbox", { name: /^write/ }).check();
  await form.getByRole("button", { name: "Create key" }).click();
  return ((await page.getByText(/^cdk_[\w-]{8}_[\w-]{43}$/).textContent()) ?? "").trim();
}

async function editApp(page: Page, appId: string, fields: Record<string, string>) {
  await page.goto(`/apps/${appId}/edit`);
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label).fill(value);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/apps/${appId}\\?updated=1`));
}

test.use(asRole("admin"));

test("a customer connects through a connect session, then one is refused at the cap", async ({ page, browser, baseURL }) => {
  const product = await startProduct();
  const receiver = await startReceiver();
  try {
    await page.goto("/settings/alerts");
    await page.getByLabel("Receiver URL").fill(receiver.url);
    await page.getByRole("button", { name: "Add webhook" }).click();
    await expect(page.getByRole("status", { name: "Webhook added" })).toBeVisible();

    const app = await sandboxAppRegistered(page, baseURL!, { prefix: "Session e2e", plan: "core", environment: "production" });
    await editApp(page, app.id, { "Allowed return URLs (one per line)": product.url });
    await expect(page.getByRole("list", { name: "Allowed return URLs" })).toHaveText(product.url);
    await expect(page.getByText(`${baseURL}/api/xero/callback`).first()).toBeVisible();
    const key = await createKey(page);
    const auth = { authorization: `Bearer ${key}` };

    const created = await page.request.post("/api/v1/connect-sessions", {
      headers: auth,
      data: { appId: app.id, endUser: { id: "cust-e2e-1", displayName: "Robin Park", account: { id: "acct-park", name: "Park Plumbing" } }, returnUrl: `${product.url}?from=e2e` },
    });
    expect(created.status()).toBe(201);
    const session = (await created.json()) as { id: string; url: string; status: string };
    expect(session.status).toBe("pending");

    // The customer, signed out of the dashboard, in their own browser.
    const customerContext = await browser.newContext(signedOut);
    const customer = await customerContext.newPage();
    await customer.goto(session.url);
    await expect(customer.getByRole("heading", { level: 1, name: `Connect ${app.name} to Xero` })).toBeVisible();
    await expect(customer.getByText("Robin Park (Park Plumbing)")).toBeVisible();
    await customer.getByRole("button", { name: "Continue to Xero" }).click();
    await signInToXero(customer, XERO_USERS.priya.email);
    const option = customer
      .locator(".org:not(.disabled)")
      .filter({ hasNot: customer.getByText("Demo company") })
      .first()
      .locator("label");
    const organisation = ((await option.textContent()) ?? "").trim();
    await customer.getByLabel(organisation, { exact: true }).check();
    await customer.getByRole("button", { name: "Allow access" }).click();
    await expect(customer.getByRole("heading", { name: "Back in the product" })).toBeVisible();
    const landed = new URL(customer.url());
    expect(`${landed.origin}${landed.pathname}`).toBe(product.url);
    expect(landed.searchParams.get("from")).toBe("e2e");
    expect(landed.searchParams.get("session")).toBe(session.id);
    expect(landed.searchParams.get("status")).toBe("completed");
    const connectionIds = (landed.searchParams.get("connections") ?? "").split(",").filter(Boolean);
    expect(connectionIds).toHaveLength(1);

    // Single use.
    await customer.goto(session.url);
    await expect(customer.getByRole("heading", { level: 1, name: "This link was already used" })).toBeVisible();

    const status = await page.request.get(`/api/v1/connect-sessions/${session.id}`, { headers: auth });
    expect(await status.json()).toMatchObject({ status: "completed", connectionIds });

    // The dashboard shows the connection with the Xero user and the customer.
    await page.goto(`/connections?app=${app.id}`);
    const row = page.getByRole("table", { name: "Connections" }).locator("tbody tr").filter({ hasText: organisation });
    await expect(row).toContainText(XERO_USERS.priya.name);
    await expect(row).toContainText("Robin ParkPark Plumbing");
    await expect
      .poll(() => receiver.received.find((r) => r.json.event === "connection.created")?.json.data)
      .toMatchObject({ endUser: { externalId: "cust-e2e-1" }, xeroUser: { email: XERO_USERS.priya.email } });

    // The app is now full: the next customer is told at once, and the product hears why.
    await editApp(page, app.id, { "Cap override": "1" });
    const second = await page.request.post("/api/v1/connect-sessions", { headers: auth, data: { appId: app.id, endUser: { id: "cust-e2e-2", displayName: "Sam Full" }, returnUrl: product.url } });
    const full = (await second.json()) as { id: string; url: string };
    await customer.goto(full.url);
    await expect(customer.getByRole("heading", { level: 1, name: `${app.name} cannot connect more Xero organisations right now` })).toBeVisible();
    await expect(customer.getByText("The team behind it has been told")).toBeVisible();
    await customer.getByRole("link", { name: `Go back to ${app.name}` }).click();
    await expect(customer.getByRole("heading", { name: "Back in the product" })).toBeVisible();
    expect(Object.fromEntries(new URL(customer.url()).searchParams)).toMatchObject({ session: full.id, status: "failed", error: "connection_limit" });
    await expect.poll(() => receiver.received.find((r) => r.json.event === "connect_session.failed")?.json.data).toMatchObject({ reason: "connection_limit", endUser: { externalId: "cust-e2e-2" } });
    await customerContext.close();

    // The app page says so too.
    await page.goto(`/apps/${app.id}`);
    await expect(page.getByRole("status", { name: "Customers turned away at the cap" })).toContainText("1 connect attempt refused at the cap in the last 7 days");
    await expect(page.getByRole("list", { name: "Customers refused at the cap" })).toHaveText("Sam Full · 1");

    // Support's Diagnose names the refused attempt and the customers filling the cap.
    await page.goto(`/diagnose?message=${encodeURIComponent(`Sorry! ${app.name} has reached their Xero connection limit, please let them know so they can connect more Xero organisations`)}`);
    await expect(page.getByText("1 connect attempt refused at the cap in the last 7 days, by this customer:")).toBeVisible();
    await expect(page.getByRole("list", { name: "Customers refused at the cap" })).toHaveText("Sam Full · 1 attempt");
    await expect(page.getByRole("list", { name: "Customers filling the cap" })).toHaveText("Robin Park (Park Plumbing) · 1");
    await page.goto("/activity");
    await expect(page.getByRole("cell", { name: "Connect link failed" }).first()).toBeVisible();
  } finally {
    await product.close();
    await receiver.close();
  }
});

test("support creates a connect link for a customer in the dashboard; the customer opens it signed out", async ({ page, browser, baseURL }) => {
  const app = await sandboxAppRegistered(page, baseURL!, { prefix: "Link e2e", plan: "core" });
  await page.goto(`/apps/${app.id}/edit`);
  await page.getByLabel("Allowed return URLs (one per line)").fill("https://product.example.com/xero/done\nnot a url");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("“not a url” is not a full URL")).toBeVisible();
  await page.getByLabel("Allowed return URLs (one per line)").fill("https://product.example.com/xero/done");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/apps/${app.id}\\?updated=1`));
  // Support in a browser of its own: clearing the admin's cookies races with prefetches still in flight.
  const supportContext = await browser.newContext(asRole("support"));
  const support = await supportContext.newPage();

  await support.goto(`/apps/${app.id}`);
  await support.getByText("Create a connect link for a customer").click();
  const form = support.getByRole("form", { name: "Create a connect link" });
  await form.getByLabel("Customer id").fill("cust-support-1");
  await form.getByLabel("Customer name").fill("Ola Nordmann");
  await form.getByRole("button", { name: "Create link" }).click();
  const created = support.getByRole("status", { name: "Connect link created" });
  const url = ((await created.locator("code").textContent()) ?? "").trim();
  expect(url).toMatch(new RegExp(`^${baseURL}/connect/[\\w-]{43}$`));

  const context = await browser.newContext(signedOut);
  const customer = await context.newPage();
  await customer.goto(url);
  await expect(customer.getByRole("heading", { level: 1, name: `Connect ${app.name} to Xero` })).toBeVisible();
  await expect(customer.getByText("Ola Nordmann")).toBeVisible();
  await context.close();
  await supportContext.close();
});

import { expect, test } from "@playwright/test";
import { signInToXero } from "../support/sandbox";
import { signIn } from "../support/users";
import { ISOLATED_ADMIN, startIsolatedServer } from "../support/isolated-server";

// Issue 11, as the team's customer: in the demo customer product (started beside the server by
// scripts/start.ts on PORT+1, with its own API key), sign in, connect Xero through a connect session,
// come back and see the organisation's name, read from the sandbox with a token Connection Desk vended.
// Then the team sees that connection in the dashboard with the customer and the Xero user. On a server of its
// own: the new connection fills Acme Ledger Sync (prod)'s 25th slot, which the shared server's specs count on.

const TOM = { email: "tom.walker@example.com", name: "Tom Walker" };

test("a customer connects Xero from the team's product and sees their organisation", async ({ page, browser }) => {
  test.setTimeout(150_000);
  const server = await startIsolatedServer();
  const baseURL = server.baseURL;
  const productUrl = `${new URL(baseURL).protocol}//${new URL(baseURL).hostname}:${Number(new URL(baseURL).port) + 1}`;
  const customerContext = await browser.newContext();
  const customer = await customerContext.newPage();
  try {
    // start.ts starts the product beside the server: the server can answer before the product listens.
    await expect
      .poll(
        () =>
          fetch(productUrl).then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 30_000, message: "the demo customer product answers" },
      )
      .toBe(200);
    await customer.goto(productUrl);
    await expect(customer.getByRole("heading", { level: 1, name: "Sign in to Tidy Invoices" })).toBeVisible();
    // The demo customers and their passwords are on the page.
    const robin = customer.getByRole("table", { name: "Demo customers" }).getByRole("row", { name: /Robin Park/ });
    const [email, password] = [(await robin.getByRole("cell").nth(1).textContent())!, (await robin.getByRole("cell").nth(2).textContent())!];
    await customer.getByLabel("Email").fill(email);
    await customer.getByLabel("Password").fill(password);
    await customer.getByRole("button", { name: "Sign in" }).click();
    await expect(customer.getByRole("heading", { level: 1, name: "Hello, Robin Park" })).toBeVisible();

    await customer.getByRole("button", { name: "Connect Xero" }).click();
    // Connection Desk's connect session page, then Xero's consent.
    await expect(customer.getByRole("heading", { level: 1, name: /^Connect Acme Ledger Sync \(prod\) to Xero$/ })).toBeVisible();
    await expect(customer.getByText("Robin Park (Park Plumbing)")).toBeVisible();
    await customer.getByRole("button", { name: "Continue to Xero" }).click();
    await signInToXero(customer, TOM.email);
    const option = customer
      .locator(".org:not(.disabled)")
      .filter({ hasNot: customer.getByText("Demo company") })
      .first()
      .locator("label");
    const organisation = ((await option.textContent()) ?? "").trim();
    await customer.getByLabel(organisation, { exact: true }).check();
    await customer.getByRole("button", { name: "Allow access" }).click();

    // Back in the product: the name comes from Xero's /Organisation, called by the product with a vended token.
    await expect(customer.getByRole("status")).toHaveText("Xero is connected.");
    expect(new URL(customer.url()).origin).toBe(productUrl);
    await expect(customer.getByRole("list", { name: "Your Xero organisations" }).getByRole("listitem")).toHaveText([organisation]);
    // A fresh page load reads it again (another vend, another call to Xero).
    await customer.goto(productUrl);
    await expect(customer.getByRole("list", { name: "Your Xero organisations" })).toContainText(organisation);

    // The team's dashboard: the connection, with the customer and the Xero user behind it.
    await signIn(page, ISOLATED_ADMIN, `${baseURL}/`);
    await page.goto(`${baseURL}/connections?q=${encodeURIComponent(organisation)}`);
    const row = page.getByRole("row").filter({ hasText: organisation }).filter({ hasText: "Acme Ledger Sync (prod)" });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("Robin Park");
    await expect(row).toContainText(TOM.email);
  } finally {
    await customerContext.close();
    await server.stop();
  }
});

test("the product's pages run no script and refuse cross-site form posts", async ({ request, baseURL }) => {
  const productUrl = `http://${new URL(baseURL!).hostname}:${Number(new URL(baseURL!).port) + 1}`;
  const page = await request.get(productUrl);
  expect(page.status()).toBe(200);
  expect(page.headers()["content-security-policy"]).toContain("default-src 'none'");
  expect(await page.text()).not.toContain("<script");
  const crossSite = await request.post(`${productUrl}/sign-in`, { headers: { "sec-fetch-site": "cross-site" }, form: { email: "robin@parkplumbing.example", password: "robin-demo" } });
  expect(crossSite.status()).toBe(403);
});

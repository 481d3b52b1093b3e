import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { asRole } from "../support/stored-session";
import { insertCustomerConnection } from "../support/customers";

// The team's customers beside the Xero users who authorised: Connections (with account and tag filters),
// Organisations, People → Customers, and the CSV export.

test.use(asRole("admin"));

/** The text of a row's cell under the given column header. */
async function cellUnder(page: Page, row: ReturnType<Page["getByRole"]>, header: string): Promise<string> {
  const headers = await page.getByRole("table", { name: "Connections" }).getByRole("columnheader").allTextContents();
  const index = headers.findIndex((h) => h.trim() === header);
  expect(index, `column ${header}`).toBeGreaterThanOrEqual(0);
  return ((await row.getByRole("cell").nth(index).textContent()) ?? "").trim();
}

test("a customer's connection shows who they are everywhere the Xero user is shown", async ({ page }) => {
  const c = insertCustomerConnection();

  // Connections: the customer and their account beside the Xero user; dashboard connections show "—".
  await page.goto(`/connections?q=${encodeURIComponent(c.orgName)}`);
  const row = page.getByRole("row", { name: new RegExp(c.orgName) });
  await expect(row).toContainText(c.xeroUserName);
  expect(await cellUnder(page, row, "Customer")).toContain(c.displayName);
  expect(await cellUnder(page, row, "Customer")).toContain(c.accountName);
  await page.goto("/connections?q=Harbour%20Street%20Bakery");
  // The demo's Acme Ledger Sync (prod) connections belong to customers; the bakery's staging one was connected in the dashboard.
  const dashboardRow = page.getByRole("table", { name: "Connections" }).getByRole("row").filter({ hasText: "Harbour Street Bakery" }).filter({ hasText: "Acme Ledger Sync (staging)" }).first();
  await expect(dashboardRow).toContainText("Harbour Street Bakery");
  expect(await cellUnder(page, dashboardRow, "Customer")).toBe("—");

  // Filter by account with the form, then by tag from the customer's tag link.
  await page.goto("/connections");
  const filters = page.getByRole("form", { name: "Filter connections" });
  await filters.getByLabel("Account").fill(c.accountId);
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(new RegExp(`account=${c.accountId}`));
  const table = page.getByRole("table", { name: "Connections" });
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table.getByRole("row").nth(1)).toContainText(c.orgName);
  await table.getByRole("link", { name: c.tag }).click();
  await expect(page).toHaveURL(new RegExp(`tag=${c.tag}`));
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table.getByRole("row").nth(1)).toContainText(c.orgName);

  // Organisations: who connected the app to it, in Xero and in the product.
  await page.goto(`/organisations/${c.tenantId}`);
  const users = page.getByRole("list", { name: `Users who connected ${c.appName}` });
  await expect(users).toContainText(c.xeroUserName);
  await expect(users).toContainText(`Customer: ${c.displayName} · ${c.accountName}`);

  // People → Customers: the customer with account, tags, Xero user and connection count.
  await page.goto("/people");
  await page.getByRole("navigation", { name: "People views" }).getByRole("link", { name: "Customers" }).click();
  await expect(page.getByRole("link", { name: "Customers" })).toHaveAttribute("aria-current", "page");
  await page.getByRole("search", { name: "Search customers" }).getByRole("searchbox").fill(c.externalId);
  await page.getByRole("search", { name: "Search customers" }).getByRole("button", { name: "Search" }).click();
  const customer = page.getByRole("row", { name: new RegExp(c.displayName) });
  await expect(customer).toContainText(c.accountName);
  await expect(customer).toContainText(c.tag);
  await expect(customer).toContainText(`${c.xeroUserName} (${c.xeroUserEmail}) on ${c.appName}`);
  await customer.getByRole("link", { name: `1 connections of ${c.displayName}` }).click();
  await expect(page).toHaveURL(new RegExp(`/connections\\?customer=${c.externalId}`));
  await expect(page.getByRole("row", { name: new RegExp(c.orgName) })).toBeVisible();

  // CSV: the customer columns, filled for this connection.
  const csv = await page.request.get(`/api/connections/export?customer=${c.externalId}`);
  expect(csv.status()).toBe(200);
  const lines = (await csv.text()).trim().split(/\r?\n/);
  expect(lines[0]).toMatch(/,customer_id,customer_name,customer_email,customer_account_id,customer_account,customer_tags$/);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(`,${c.externalId},${c.displayName},maya-`);
  expect(lines[1]).toContain(`,${c.accountId},${c.accountName},${c.tag}; eu`);
});

test("Connections with customers and People → Customers have no serious or critical accessibility violations", async ({ page }) => {
  const c = insertCustomerConnection();
  for (const path of [`/connections?q=${encodeURIComponent(c.orgName)}`, `/people?tab=customers&q=${c.externalId}`]) {
    await page.goto(path);
    await expect(page.getByRole("link", { name: c.accountName }).first()).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
      path,
    ).toEqual([]);
  }
});

import { expect, type Page } from "@playwright/test";
import { createSandboxApp, uniqueName, type SandboxApp } from "./sandbox";

// Registering apps in Connection Desk and reading what its pages say about them.

export type RegisteredApp = SandboxApp & { id: string };

/** Registers a sandbox app through /apps/new, as a developer pastes it from Xero's portal. */
export async function registerApp(page: Page, app: SandboxApp, options: { environment?: string; plan: string; certified?: boolean }): Promise<RegisteredApp> {
  await page.goto("/apps/new");
  await page.getByLabel("Name", { exact: true }).fill(app.name);
  await page.getByLabel("Environment").selectOption(options.environment ?? "development");
  await page.getByLabel("Plan").selectOption(options.plan);
  if (options.certified ?? true) await page.getByLabel("Certified", { exact: true }).check();
  await page.getByLabel("Client id").fill(app.clientId);
  await page.getByLabel("Client secret").fill(app.clientSecret);
  await page.getByRole("button", { name: "Register app" }).click();
  await expect(page).toHaveURL(/\/apps\/[0-9a-f-]{36}\?registered=1/);
  await expect(page.getByRole("heading", { level: 1, name: app.name })).toBeVisible();
  const id = /\/apps\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  return { ...app, id };
}

/** Creates the app in the sandbox's portal and registers it here with the same plan. */
export async function sandboxAppRegistered(page: Page, baseURL: string, options: { prefix: string; plan: string; certified?: boolean; environment?: string }) {
  const sandbox = await createSandboxApp(page, baseURL, { name: uniqueName(options.prefix), plan: options.plan, certified: options.certified });
  return registerApp(page, sandbox, options);
}

/** The Apps page searched for one app: the overview shows only the apps closest to their caps, and the Apps page a page at a time. */
export const appsPageFor = (appName: string) => `/apps?q=${encodeURIComponent(appName)}`;

/** The cap bar of an app (on the overview, the Apps page or the app's page). */
export const capBar = (page: Page, appName: string) => page.getByRole("meter", { name: `${appName} connections against its cap` });

export async function expectCap(page: Page, appName: string, count: number, cap: number, level: "ok" | "warn" | "full") {
  const bar = capBar(page, appName);
  await expect(bar).toHaveAttribute("aria-valuenow", String(count));
  await expect(bar).toHaveAttribute("aria-valuetext", new RegExp(`^${count} of ${cap} connections`));
  await expect(bar).toHaveAttribute("data-level", level);
}

/** The app page's figures beside the cap bar. */
export async function expectAppCounts(page: Page, appId: string, counts: { connections: number; organisations: number }) {
  await page.goto(`/apps/${appId}`);
  const figure = (label: string) =>
    page
      .locator("dl > div")
      .filter({ has: page.getByText(label, { exact: true }) })
      .locator("dd");
  await expect(figure("Connections")).toHaveText(String(counts.connections));
  await expect(figure("Organisations")).toHaveText(String(counts.organisations));
}

/** The connection rows of a connections table (the app page's or the global one). */
export const connectionRows = (page: Page) => page.locator("table tbody tr");

/** One person's line for one app on the People page, e.g. "Acme (development): 2". */
export async function expectPeopleCount(page: Page, email: string, appName: string, count: number) {
  await page.goto(`/people?q=${encodeURIComponent(email)}`);
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toHaveCount(1);
  const line = row.getByRole("listitem").filter({ has: page.getByRole("link", { name: appName, exact: true }) });
  await expect(line.locator("strong")).toHaveText(String(count));
}

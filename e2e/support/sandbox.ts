import crypto from "node:crypto";
import { expect, type Page } from "@playwright/test";

// The sandbox driven as a developer and as Xero users would: create an app in its developer portal
// with the dashboard's callback as redirect URI, and give consent through its sign-in and picker.

export const XERO_PASSWORD = "sandbox-password";
export const XERO_USERS = {
  ben: { email: "ben.hogan@example.com", name: "Ben Hogan" },
  ana: { email: "ana.silva@example.com", name: "Ana Silva" },
  chen: { email: "chen.wei@example.com", name: "Chen Wei" },
  priya: { email: "priya.patel@example.com", name: "Priya Patel" },
} as const;
export type XeroUser = (typeof XERO_USERS)[keyof typeof XERO_USERS];

/** A name no other test (or earlier run against the same server) uses. */
export const uniqueName = (prefix: string) => `${prefix} ${crypto.randomUUID().slice(0, 8)}`;

export type SandboxApp = { name: string; clientId: string; clientSecret: string };

/**
 * Creates an app in the sandbox's developer portal. Certified by default: a certified app takes none of
 * an organisation's two uncertified-app slots, which other specs rely on being free.
 */
export async function createSandboxApp(
  page: Page,
  baseURL: string,
  options: { name: string; plan: string; certified?: boolean; custom?: { organisation: string; user: XeroUser } },
): Promise<SandboxApp> {
  await page.goto("/sandbox/xero/portal");
  await page.getByLabel("App name").fill(options.name);
  await page.getByLabel("Plan").selectOption(options.plan);
  if (options.certified ?? true) await page.getByLabel("Certified").check();
  await page.getByLabel("Redirect URIs (one per line)").fill(`${baseURL}/api/xero/callback`);
  if (options.custom) {
    await page.getByLabel("Organisation (Custom Connection only)").selectOption({ label: options.custom.organisation });
    await page.getByLabel("Authorising user (Custom Connection only)").selectOption({ label: `${options.custom.user.name} (${options.custom.user.email})` });
  }
  await page.getByRole("button", { name: "Create app" }).click();
  await expect(page.getByRole("status", { name: "Secret shown once" })).toBeVisible();
  const clientId = (await page.getByTestId("client-id").textContent())!.trim();
  const clientSecret = (await page.getByTestId("client-secret").textContent())!.trim();
  return { name: options.name, clientId, clientSecret };
}

/** Signs in on the sandbox's "Log in to Xero" page and waits for the consent screen. */
export async function signInToXero(page: Page, email: string) {
  await expect(page.getByRole("heading", { name: "Log in to Xero" })).toBeVisible();
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(XERO_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /wants access to your Xero account/ })).toBeVisible();
}

/** From the app's page in the dashboard, opens Xero's consent and signs in as `email`. */
export async function startConsent(page: Page, appId: string, email: string) {
  await page.goto(`/apps/${appId}`);
  await page.getByRole("button", { name: "Connect organisation" }).click();
  await signInToXero(page, email);
}

export async function pickOrganisations(page: Page, organisations: string[]) {
  for (const name of organisations) await page.getByLabel(name, { exact: true }).check();
}

/** A whole consent: Connect, sign in, pick, allow; ends on the app page naming what was connected. */
export async function connectOrganisations(page: Page, appId: string, email: string, organisations: string[]) {
  await startConsent(page, appId, email);
  await pickOrganisations(page, organisations);
  await page.getByRole("button", { name: "Allow access" }).click();
  await expect(page).toHaveURL(new RegExp(`/apps/${appId}\\?connected=`));
  const notice = page.getByRole("status", { name: "Connected" });
  for (const name of organisations) await expect(notice).toContainText(name);
}

/** The sandbox's "Connected apps" rows for one organisation that belong to `appName`. */
export async function sandboxConnectedApps(page: Page, tenantId: string, appName: string) {
  await page.goto(`/sandbox/xero/portal/organisations/${tenantId}`);
  await expect(page.getByRole("heading", { name: "Connected apps" })).toBeVisible();
  return page.getByRole("row").filter({ has: page.getByRole("cell", { name: appName, exact: true }) });
}

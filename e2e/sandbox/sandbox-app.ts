import { expect, type Page } from "@playwright/test";
import { createUser } from "../support/users";

// Creates a sandbox app through the developer portal, as a developer would, so each test has its own app.

// Under /api/ so the dashboard's sign-in redirect stays out of the way; nothing needs to answer it.
export const CALLBACK_PATH = "/api/e2e-sandbox-callback";
export const XERO_PASSWORD = "sandbox-password";

/**
 * Opens a portal page. The portal needs a dashboard session with sandbox:use: without one, the sandbox
 * sends the browser to the dashboard's sign-in, and this signs in as a fresh developer, landing back here.
 */
export async function openPortal(page: Page, path = "/sandbox/xero/portal") {
  await page.goto(path);
  if (new URL(page.url()).pathname !== "/sign-in") return;
  const developer = createUser("developer");
  await page.getByLabel("Email").fill(developer.email);
  await page.getByLabel("Password").fill(developer.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL((url) => url.pathname === path);
}

export async function createPortalApp(page: Page, baseURL: string, options: { name: string; plan: "Core" | "Starter"; certified?: boolean }) {
  await openPortal(page);
  await page.getByLabel("App name").fill(options.name);
  await page.getByLabel("Plan").selectOption(options.plan.toLowerCase());
  if (options.certified) await page.getByLabel("Certified").check();
  const redirectUri = `${baseURL}${CALLBACK_PATH}`;
  await page.getByLabel("Redirect URIs (one per line)").fill(redirectUri);
  await page.getByRole("button", { name: "Create app" }).click();
  await expect(page.getByRole("status", { name: "Secret shown once" })).toBeVisible();
  const clientId = (await page.getByTestId("client-id").textContent())!.trim();
  const clientSecret = (await page.getByTestId("client-secret").textContent())!.trim();
  return { clientId, clientSecret, redirectUri };
}

export function authorizeUrl(clientId: string, redirectUri: string, state: string): string {
  const q = new URLSearchParams({
    response_type: "code",
    client_id: clientId,
    redirect_uri: redirectUri,
    scope: "openid profile email accounting.settings offline_access",
    state,
  });
  return `/sandbox/xero/login/identity/connect/authorize?${q}`;
}

/** Records every request the browser makes to the callback, redirects included (page.route misses those). */
export function watchCallback(page: Page): string[] {
  const hits: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === CALLBACK_PATH) hits.push(request.url());
  });
  return hits;
}

/** Resolves with the callback URL the sandbox redirected the browser to. */
export function nextCallback(page: Page): Promise<URL> {
  return page.waitForRequest((r) => new URL(r.url()).pathname === CALLBACK_PATH).then((r) => new URL(r.url()));
}

export async function signInToXero(page: Page, email: string) {
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(XERO_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /wants access to your Xero account/ })).toBeVisible();
}

import { expect, type Page } from "@playwright/test";
import { pickOrganisations, signInToXero, type SandboxApp } from "./sandbox";

// The team's own product, as the API's users are: it has its own consent with Xero (holding the tokens
// itself) and a Connection Desk API key.

/** An admin creates a key with the write scope on Settings → API keys; returns its secret. */
export async function createWriteKey(page: Page, name: string): Promise<string> {
  await page.goto("/settings/api-keys");
  const form = page.getByRole("form", { name: "Create an API key" });
  await form.getByLabel("Name").fill(name);
  await form.getByRole("checkbox", { name: /^write/ }).check();
  await form.getByRole("button", { name: "Create key" }).click();
  await expect(page.getByRole("status", { name: `Key “${name}” created` })).toBeVisible();
  return (await page.getByText(/^cdk_[\w-]{8}_[\w-]{43}$/).textContent()) ?? "";
}

/**
 * The product's own consent: the Xero user signs in and picks organisations; the code Xero sends back is
 * read off the redirect and exchanged for tokens, as the product's server would. (The redirect lands on
 * the dashboard's callback, which refuses the unknown state without using the code.)
 */
export async function productAccessToken(page: Page, baseURL: string, app: SandboxApp, email: string, organisations: string[]): Promise<string> {
  const redirectUri = `${baseURL}/api/xero/callback`;
  const query = new URLSearchParams({
    response_type: "code",
    client_id: app.clientId,
    redirect_uri: redirectUri,
    scope: "openid profile email offline_access accounting.settings.read",
    state: "product-state",
  });
  await page.goto(`${baseURL}/sandbox/xero/login/identity/connect/authorize?${query}`);
  await signInToXero(page, email);
  await pickOrganisations(page, organisations);
  const callback = page.waitForRequest((r) => new URL(r.url()).pathname === "/api/xero/callback");
  await page.getByRole("button", { name: "Allow access" }).click();
  const code = new URL((await callback).url()).searchParams.get("code") ?? "";
  expect(code).not.toBe("");
  const basic = Buffer.from(`${app.clientId}:${app.clientSecret}`).toString("base64");
  const res = await page.request.post(`${baseURL}/sandbox/xero/identity/connect/token`, {
    headers: { authorization: `Basic ${basic}` },
    form: { grant_type: "authorization_code", code, redirect_uri: redirectUri },
  });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { access_token: string }).access_token;
}

/** POST /api/v1/observations as the product's backend does. */
export async function reportObservation(page: Page, baseURL: string, key: string, body: { appId: string; accessToken: string; endUser?: { id: string; displayName?: string } }) {
  const res = await page.request.post(`${baseURL}/api/v1/observations`, { headers: { authorization: `Bearer ${key}` }, data: body });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { grant: { id: string; source: string }; connections: Array<{ id: string; tenantName: string }> };
}

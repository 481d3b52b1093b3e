import { expect, test } from "@playwright/test";
import { authorizeUrl, createPortalApp, nextCallback, signInToXero } from "./sandbox-app";

// The sandbox's Xero-style sign-in and consent, driven as a person would.

test("a user signs in, picks organisations, and the app receives a code and its state", async ({ page, baseURL }) => {
  // Certified, so it takes none of the organisations' two uncertified-app slots other tests rely on.
  const app = await createPortalApp(page, baseURL!, { name: `E2E Consent ${Date.now()}`, plan: "Core", certified: true });
  await page.goto(authorizeUrl(app.clientId, app.redirectUri, "state-e2e-1"));
  await expect(page.getByRole("heading", { name: "Log in to Xero" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "ben.hogan@example.com" })).toBeVisible();
  await signInToXero(page, "ben.hogan@example.com");
  await page.getByLabel("Kowhai Plumbing Ltd", { exact: true }).check();
  await page.getByLabel("Riverbend Veterinary", { exact: true }).check();
  const redirected = nextCallback(page);
  await page.getByRole("button", { name: "Allow access" }).click();
  const callback = await redirected;
  expect(callback.searchParams.get("state")).toBe("state-e2e-1");
  const code = callback.searchParams.get("code")!;
  expect(code).toMatch(/^[a-z0-9_-]{43}$/);

  // The code works once at the token endpoint, and /connections lists the two picked organisations.
  const token = await page.request.post("/sandbox/xero/identity/connect/token", {
    headers: { Authorization: `Basic ${Buffer.from(`${app.clientId}:${app.clientSecret}`).toString("base64")}` },
    form: { grant_type: "authorization_code", code, redirect_uri: app.redirectUri },
  });
  expect(token.status()).toBe(200);
  const { access_token } = (await token.json()) as { access_token: string };
  const connections = await page.request.get("/sandbox/xero/api/connections", { headers: { Authorization: `Bearer ${access_token}` } });
  const names = ((await connections.json()) as { tenantName: string }[]).map((c) => c.tenantName).sort();
  expect(names).toEqual(["Kowhai Plumbing Ltd", "Riverbend Veterinary"]);
});

test("Cancel sends the user back with error=access_denied", async ({ page, baseURL }) => {
  const app = await createPortalApp(page, baseURL!, { name: `E2E Cancel ${Date.now()}`, plan: "Core" });
  await page.goto(authorizeUrl(app.clientId, app.redirectUri, "state-cancel"));
  await signInToXero(page, "ana.silva@example.com");
  const redirected = nextCallback(page);
  await page.getByRole("button", { name: "Cancel" }).click();
  const callback = await redirected;
  expect(callback.searchParams.get("error")).toBe("access_denied");
  expect(callback.searchParams.has("code")).toBe(false);
});

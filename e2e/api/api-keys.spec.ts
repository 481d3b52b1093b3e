import { expect } from "@playwright/test";
import { testAs } from "../support/stored-session";

// An admin creates a key for their product's backend, the backend uses it, the admin revokes it.

testAs("admin")("an admin creates a read key, it reads the API, and once revoked it is refused", async ({ page, request }) => {
  await page.goto("/settings");
  await page.getByRole("link", { name: "Manage API keys" }).click();
  const form = page.getByRole("form", { name: "Create an API key" });
  await form.getByLabel("Name").fill("Acme backend (e2e)");
  await form.getByLabel("Environment").selectOption("production");
  await form.getByRole("button", { name: "Create key" }).click();
  await expect(page.getByRole("status", { name: "Key “Acme backend (e2e)” created" })).toBeVisible();
  const secret = (await page.getByText(/^cdk_[\w-]{8}_[\w-]{43}$/).textContent()) ?? "";
  expect(secret).toMatch(/^cdk_/);

  const apps = await request.get("/api/v1/apps", { headers: { authorization: `Bearer ${secret}` } });
  expect(apps.status()).toBe(200);
  const body = (await apps.json()) as { data: Array<{ environment: string; headroom: { cap: number | null } }> };
  expect(body.data.length).toBeGreaterThan(0);
  expect(body.data.every((a) => a.environment === "production")).toBe(true);

  await page.reload();
  const row = page.getByRole("row", { name: /Acme backend \(e2e\)/ });
  await expect(row).toContainText("production");
  await expect(row).not.toContainText(secret.slice(20));
  await row.getByRole("button", { name: /^Revoke Acme backend/ }).click();
  await row.getByRole("button", { name: /^Confirm revoking/ }).click();
  await expect(row.getByText("Revoked")).toBeVisible();
  const refused = await request.get("/api/v1/apps", { headers: { authorization: `Bearer ${secret}` } });
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({ error: { code: "unauthorized" } });

  await page.goto("/activity");
  await expect(page.getByRole("cell", { name: "API key revoked" }).first()).toBeVisible();
});

testAs("admin")("the form keeps what was typed when a scope is missing", async ({ page }) => {
  await page.goto("/settings/api-keys");
  const form = page.getByRole("form", { name: "Create an API key" });
  await form.getByLabel("Name").fill("No scopes");
  await form.getByRole("checkbox", { name: /^read/ }).uncheck();
  await form.getByRole("button", { name: "Create key" }).click();
  await expect(form.getByText("Choose at least one scope.")).toBeVisible();
  await expect(form.getByLabel("Name")).toHaveValue("No scopes");
});

testAs("support")("support and developers cannot open API keys; everyone can read the API reference", async ({ page }) => {
  const res = await page.goto("/settings/api-keys");
  expect(res?.status()).toBe(403);
  await page.goto("/api-reference");
  await expect(page.getByRole("heading", { name: "API reference" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "GET /api/v1/connections" })).toBeVisible();
  const doc = await page.request.get("/api/v1/openapi.json");
  expect((await doc.json()) as { openapi: string }).toMatchObject({ openapi: "3.1.0" });
});

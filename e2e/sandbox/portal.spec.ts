import { expect, test } from "@playwright/test";
import { authorizeUrl, createPortalApp, nextCallback, openPortal, signInToXero } from "./sandbox-app";

// The pages a developer uses to play Xero's side.

test("an organisation's Connected apps lists the app once per user, names no user, and can disconnect", async ({ page, baseURL }) => {
  // Its own certified app, consented by two users, so no other test's data changes.
  const name = `E2E Portal ${Date.now()}`;
  const app = await createPortalApp(page, baseURL!, { name, plan: "Core", certified: true });
  for (const email of ["ana.silva@example.com", "ben.hogan@example.com"]) {
    await page.context().clearCookies();
    await page.goto(authorizeUrl(app.clientId, app.redirectUri, `state-${email}`));
    await signInToXero(page, email);
    await page.getByLabel("Ironbark Joinery", { exact: true }).check();
    const redirected = nextCallback(page);
    await page.getByRole("button", { name: "Allow access" }).click();
    await redirected;
  }
  // The cookies went with the Xero users' sign-ins: the portal needs a developer's session again.
  await openPortal(page, "/sandbox/xero/portal/organisations");
  await page.getByRole("link", { name: "Ironbark Joinery" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ironbark Joinery" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Connected apps" })).toBeVisible();
  const disconnect = page.getByRole("button", { name: `Disconnect ${name}` });
  await expect(disconnect).toHaveCount(2);
  await expect(page.getByText("ana.silva@example.com")).toHaveCount(0);
  await expect(page.getByText("ben.hogan@example.com")).toHaveCount(0);
  await disconnect.first().click();
  await expect(disconnect).toHaveCount(1);
});

// A small step: the clock is shared by every test on this server (sessions and tokens age with it).
test("the clock moves forward", async ({ page }) => {
  await openPortal(page, "/sandbox/xero/portal/clock");
  const before = await page.getByRole("status", { name: "Sandbox time" }).textContent();
  await page.getByLabel("Days to advance").fill("0.001");
  await page.getByRole("button", { name: "Advance clock" }).click();
  await expect(page.getByRole("status", { name: "Sandbox time" })).not.toHaveText(before!);
});

test("a fault can be queued and cleared", async ({ page }) => {
  await openPortal(page, "/sandbox/xero/portal/faults");
  await page.getByLabel("Fault", { exact: true }).selectOption({ label: "HTTP 500" });
  await page.getByLabel("Endpoint").selectOption({ label: "/connections" });
  // Aimed at one seeded app so tests running in parallel never meet it.
  await page.getByLabel("App", { exact: true }).selectOption({ label: "Acme Payroll Bridge (prod)" });
  await page.getByRole("button", { name: "Queue fault" }).click();
  // Other specs queue faults of their own in parallel: look only at this test's row.
  const ours = page.getByRole("row").filter({ hasText: "HTTP 500" }).filter({ hasText: "Acme Payroll Bridge (prod)" });
  await expect(ours).toHaveCount(1);
  await page.getByRole("button", { name: "Clear all faults" }).click();
  await expect(ours).toHaveCount(0);
});

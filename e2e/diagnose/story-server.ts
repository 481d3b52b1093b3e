import { expect, type Page } from "@playwright/test";
import { createUser, type Role } from "../support/users";

// The forum story changes the seeded demo app's counts (24 → 25 → 22 → 23), which other specs read on
// the shared server. So it runs on a server of its own (e2e/support/isolated-server.ts) with its own
// freshly seeded demo data, and its users are written into that server's database.

export function createUserIn(dataDir: string, role: Role) {
  const { email, password } = createUser(role, { dataDir, name: `Story ${role}` });
  return { email, password };
}

export const capMeter = (page: Page, appName: string) => page.getByRole("meter", { name: `${appName} connections against its cap` });

/** Opens a seeded app's page and waits for the background sync to have read its connections. */
export async function openSyncedApp(page: Page, base: string, name: string, valueText: RegExp): Promise<{ id: string; clientId: string }> {
  await page.goto(`${base}/apps`);
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(async () => {
    await page.reload();
    await expect(capMeter(page, name)).toHaveAttribute("aria-valuetext", valueText, { timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  const id = /\/apps\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  const clientId = (await page
    .locator("dl > div")
    .filter({ has: page.getByText("Client id", { exact: true }) })
    .locator("dd")
    .textContent())!.trim();
  return { id, clientId };
}

/** Xero's authorize URL for an app, as the team's own product (not the dashboard) would open it. */
export function outsideAuthorizeUrl(base: string, clientId: string): string {
  const q = new URLSearchParams({
    response_type: "code",
    client_id: clientId,
    redirect_uri: `${base}/api/xero/callback`,
    scope: "openid profile email accounting.settings offline_access",
    state: "the-product-itself",
  });
  return `${base}/sandbox/xero/login/identity/connect/authorize?${q}`;
}

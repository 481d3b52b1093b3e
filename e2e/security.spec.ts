import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { openPortal } from "./sandbox/sandbox-app";
import { signInAs } from "./support/users";
import { testAs } from "./support/stored-session";

// Issue 8: the sandbox's controls need a developer's session and refuse other origins; every page
// carries the security headers, and no other origin can frame the dashboard.

/** A page on another origin (another port of the same host: same site, so Lax cookies still go along). */
async function otherOrigin(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_, res) => res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(html));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return { url, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function faultRows(page: Page, clientId: string) {
  await openPortal(page, "/sandbox/xero/portal/faults");
  return page.getByRole("row").filter({ hasText: clientId }).count();
}

test("signed out, the sandbox's controls send a browser to sign in and refuse posts", async ({ page, baseURL }) => {
  await page.goto("/sandbox/xero/portal/clock");
  await expect(page).toHaveURL(`${baseURL}/sign-in?callbackUrl=${encodeURIComponent("/sandbox/xero/portal/clock")}`);
  await expect(page.getByLabel("Email")).toBeVisible();
  const clientId = `signed-out-${Date.now()}`;
  const res = await page.request.post("/sandbox/xero/portal/faults", { form: { kind: "http-500", target: "token", clientId } });
  expect(res.status()).toBe(401);
  // Xero's public side stays public.
  expect((await page.request.get("/sandbox/xero/identity/.well-known/openid-configuration")).status()).toBe(200);
  expect(await faultRows(page, clientId)).toBe(0);
});

testAs("developer")("a page on another origin cannot make a signed-in developer's browser queue a fault", async ({ page }) => {
  await page.goto("/");
  const clientId = `forged-${Date.now()}`;
  const target = new URL("/sandbox/xero/portal/faults", page.url()).href;
  const attacker = await otherOrigin(`<!doctype html><title>Win a prize</title><form method="post" action="${target}">
<input type="hidden" name="kind" value="http-500"><input type="hidden" name="target" value="token">
<input type="hidden" name="clientId" value="${clientId}"><button>Claim</button></form>`);
  try {
    await page.goto(attacker.url);
    const answer = page.waitForResponse((r) => r.url() === target && r.request().method() === "POST");
    await page.getByRole("button", { name: "Claim" }).click();
    expect((await answer).status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Cross-site request refused" })).toBeVisible();
  } finally {
    await attacker.close();
  }
  expect(await faultRows(page, clientId)).toBe(0);
});

test("another origin cannot frame the dashboard", async ({ page, baseURL }) => {
  const framer = await otherOrigin(`<!doctype html><title>Framer</title><iframe title="Dashboard" src="${baseURL}/sign-in"></iframe>`);
  try {
    const blocked = page.waitForEvent("console", (m) => /frame-ancestors|X-Frame-Options/i.test(m.text()));
    await page.goto(framer.url);
    console.log("browser said:", (await blocked).text());
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    console.log("framed document:", frame.url());
    await expect(frame.getByLabel("Email")).toHaveCount(0);
  } finally {
    await framer.close();
  }
});

test("every page carries the security headers, and Next's scripts run under the nonce CSP", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const signInPage = (await page.goto("/sign-in"))!;
  await signInAs(page, "developer");
  const overview = (await page.goto("/"))!;
  // The dashboard's scripts carry this response's nonce.
  const nonce = /'nonce-([^']+)'/.exec(overview.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce).toBeTruthy();
  expect(await overview.text()).toContain(`nonce="${nonce}"`);
  const pages = [signInPage, overview, (await page.goto("/apps"))!, (await page.goto("/sandbox/xero/portal"))!, (await page.goto("/sandbox/xero/login/connectionLimit?client_id=x"))!];
  for (const response of pages) {
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, response.url()).toContain("frame-ancestors 'none'");
    expect(csp, response.url()).not.toContain("unsafe-eval");
    expect(csp, response.url()).toContain("object-src 'none'");
    expect(headers["x-frame-options"], response.url()).toBe("DENY");
    expect(headers["x-content-type-options"], response.url()).toBe("nosniff");
    expect(headers["referrer-policy"], response.url()).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], response.url()).toContain("camera=()");
  }
  // The page hydrated under the policy: its menu opens.
  await page.goto("/");
  await page.getByRole("button", { name: /Account menu/ }).click();
  await expect(page.getByRole("menuitem").first()).toBeVisible();
  expect(violations).toEqual([]);
});

testAs("developer")("Create in sandbox still reaches the portal from the server, with no browser session of its own", async ({ page }) => {
  await page.goto("/apps/new");
  await page.getByLabel("Name", { exact: true }).fill(`E2E Keyed ${Date.now()}`);
  await page.getByRole("button", { name: "Create in sandbox and register" }).click();
  await expect(page).toHaveURL(/\/apps\/[0-9a-f-]{36}\?registered=sandbox/);
});

import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { REDIRECT_BYPASSES } from "../lib/auth/redirect-bypasses";
import { postActionForm } from "./support/server-action";
import { ISOLATED_ADMIN, startIsolatedServer } from "./support/isolated-server";
import { ADMIN, createUser, forgetSession, signIn } from "./support/users";
import { setActive } from "./support/users-page";

// Issue 8, findings 3, 4 and 11b: sign-in under a burst, open redirects through callbackUrl, and
// cookies from before a deactivation.

const signInAction = { file: "app/(auth)/sign-in/actions.ts", name: "signInAction" };
const LOCKED = "Too many failed sign-in attempts for this email.";
const THROTTLED = "Too many sign-in attempts from your network.";

function attempt(request: APIRequestContext, baseURL: string, email: string, password: string) {
  return postActionForm(request, baseURL, "/sign-in", signInAction, { email, password, callbackUrl: "" });
}

/** Calls /api/health every 25 ms until `done` settles; returns each answer's time in ms. */
async function healthTimesDuring(baseURL: string, done: Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  let finished = false;
  void done.finally(() => (finished = true));
  while (!finished) {
    const started = performance.now();
    const response = await fetch(`${baseURL}/api/health`);
    expect(response.ok).toBe(true);
    times.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 25));
  }
  return times;
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))] ?? NaN;

test("20 wrong passwords at once lock the email, the right one is then refused, one address is throttled, and health keeps answering", async ({ request }) => {
  test.setTimeout(180_000);
  // The default throttle (20 a minute per address) on a server and database of its own.
  const server = await startIsolatedServer();
  try {
    const user = createUser("developer", { dataDir: server.dataDir });
    // A first sign-in re-hashes the fixture's cheap hash at full cost, so the burst below checks real hashes.
    await attempt(request, server.baseURL, user.email, user.password);
    const db = new Database(path.join(server.dataDir, "app.db"), { readonly: true });
    const { password_hash: hash } = db.prepare("select password_hash from users where id = ?").get(user.id) as { password_hash: string };
    db.close();
    expect(hash).toMatch(/^\$2b\$12\$/);

    const quiet = await healthTimesDuring(server.baseURL, new Promise((r) => setTimeout(r, 1_000)));
    const burst = Promise.all(Array.from({ length: 20 }, (_, i) => attempt(request, server.baseURL, user.email, `wrong-password-${i}`)));
    const health = await healthTimesDuring(server.baseURL, burst);
    const answers = await burst;
    expect(answers.every((a) => a.status === 200)).toBe(true);
    // Five passwords are checked (the fifth failure locks); the other fifteen are refused unchecked.
    expect(answers.filter((a) => a.body.includes("Email or password is incorrect"))).toHaveLength(4);
    expect(answers.filter((a) => a.body.includes(LOCKED))).toHaveLength(16);
    const figures = (times: number[]) => `${times.length} calls, median ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`;
    console.log(`/api/health for 1 s before the burst: ${figures(quiet)}`);
    console.log(`/api/health during 20 parallel sign-ins: ${figures(health)}; in order: ${health.map((t) => t.toFixed(0)).join(" ")}`);

    const right = await attempt(request, server.baseURL, user.email, user.password);
    expect(right.body).toContain(LOCKED);

    // Other emails from the same address: the six passwords checked above count, so 14 more pass, then
    // the address is refused.
    const others = Array.from({ length: 20 }, () => createUser("support", { dataDir: server.dataDir }));
    const spread = await Promise.all(others.map((other) => attempt(request, server.baseURL, other.email, "not-their-password")));
    expect(spread.filter((a) => a.body.includes(THROTTLED))).toHaveLength(6);
    expect(spread.filter((a) => a.body.includes("Email or password is incorrect"))).toHaveLength(14);
  } finally {
    await server.stop();
  }
});

/** Where the browser ends up, once it has left the sign-in page. */
async function landing(page: Page): Promise<URL> {
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { waitUntil: "commit", timeout: 15_000 });
  return new URL(page.url());
}

const signInWith = (callbackUrl: string) => `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`;

test("no callbackUrl bypass form leaves the dashboard's origin after the sign-in form", async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const origin = new URL(baseURL!).origin;
  const user = createUser("support");
  for (const bypass of REDIRECT_BYPASSES) {
    await forgetSession(page);
    const response = await page.goto(signInWith(bypass));
    expect(response?.status(), JSON.stringify(bypass)).toBe(200);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    expect((await landing(page)).origin, JSON.stringify(bypass)).toBe(origin);
  }
});

test("no callbackUrl bypass form leaves the dashboard's origin when already signed in", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  await signIn(page, createUser("support"));
  for (const bypass of REDIRECT_BYPASSES) {
    const response = await page.goto(signInWith(bypass));
    expect(response?.status(), JSON.stringify(bypass)).toBeLessThan(500);
    expect((await landing(page)).origin, JSON.stringify(bypass)).toBe(origin);
  }
  // A legitimate return path still works.
  await page.goto(signInWith("/connections?status=active"));
  await expect(page).toHaveURL(/\/connections\?status=active$/);
});

test("a cookie from before a deactivation stays dead after the user is reactivated", async ({ page, browser }) => {
  const user = createUser("developer");
  const theirs = await browser.newContext();
  const theirPage = await theirs.newPage();
  await signIn(theirPage, user, "/apps");
  const before = await theirs.cookies();
  await theirs.close();

  await signIn(page, ADMIN);
  await setActive(page, user.email, false);
  await setActive(page, user.email, true);

  const replay = await browser.newContext();
  try {
    await replay.addCookies(before);
    const replayPage = await replay.newPage();
    await replayPage.goto("/apps");
    await expect(replayPage).toHaveURL(/\/sign-in\?callbackUrl=%2Fapps/);
    // The user can sign in again as usual.
    await signIn(replayPage, user);
  } finally {
    await replay.close();
  }
});

async function signOut(page: Page) {
  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/, { timeout: 20_000 });
}

/** Signs `user` in on a fresh context, signs out, and returns the cookies taken while signed in. */
async function signedOutCookies(browser: Browser, baseURL: string, user: { email: string; password: string }) {
  const context = await browser.newContext({ baseURL });
  try {
    const page = await context.newPage();
    await signIn(page, user);
    const cookies = await context.cookies();
    await signOut(page);
    return cookies;
  } finally {
    await context.close();
  }
}

test("advancing the sandbox clock a day neither unlocks a locked email nor revives a signed-out cookie", async ({ page, browser, request }) => {
  test.setTimeout(180_000);
  // The clock is global to a server: a server of its own.
  const server = await startIsolatedServer();
  const base = server.baseURL;
  try {
    const locked = createUser("support", { dataDir: server.dataDir });
    for (let i = 0; i < 5; i++) await attempt(request, base, locked.email, `wrong-password-${i}`);
    const signedOut = await signedOutCookies(browser, base, createUser("developer", { dataDir: server.dataDir }));

    await signIn(page, ISOLATED_ADMIN, `${base}/`);
    await page.goto(`${base}/sandbox/xero/portal/clock`);
    await page.getByLabel("Days to advance").fill("1");
    await page.getByRole("button", { name: "Advance clock" }).click();
    await expect(page.getByRole("status", { name: "Sandbox time" })).toContainText("(1.00 days ahead of real time)");
    // Another sign-out prunes the revocations that have run out; the first must not be among them.
    await signedOutCookies(browser, base, createUser("developer", { dataDir: server.dataDir }));

    const replay = await browser.newContext({ baseURL: base });
    try {
      await replay.addCookies(signedOut);
      const replayPage = await replay.newPage();
      await replayPage.goto("/apps");
      await expect(replayPage).toHaveURL(/\/sign-in\?callbackUrl=%2Fapps/);
    } finally {
      await replay.close();
    }
    expect((await attempt(request, base, locked.email, locked.password)).body).toContain(LOCKED);
  } finally {
    await server.stop();
  }
});

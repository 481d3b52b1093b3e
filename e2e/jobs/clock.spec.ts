import { expect, test, type Page } from "@playwright/test";
import { ISOLATED_ADMIN, startIsolatedServer } from "../support/isolated-server";
import { signIn } from "../support/users";
import { finishedRun, runNow } from "./jobs-page";

// Issue 5 acceptance: "Advance the sandbox clock 61 days with keep-alive off: the grant shows
// needs_reauth and its connections are stale with the reason. With keep-alive on, advancing 50 days in
// steps keeps every grant alive." The clock is global to a server, so each test gets its own server
// and database, ticking every 2 seconds so the scheduler (not a button) does the background work.

test.describe.configure({ timeout: 180_000 });

async function isolatedServer() {
  const before = process.env.JOBS_TICK_SECONDS;
  process.env.JOBS_TICK_SECONDS = "2";
  try {
    return await startIsolatedServer();
  } finally {
    if (before === undefined) delete process.env.JOBS_TICK_SECONDS;
    else process.env.JOBS_TICK_SECONDS = before;
  }
}

const runRows = (page: Page, kind: string) => page.getByRole("row", { name: new RegExp(`^${kind} run \\d+$`) });

/** The id of the newest run of a kind on Settings → Jobs, once it has finished; 0 when there is none. */
async function latestFinishedRun(page: Page, base: string, kind: "keep-alive" | "sync"): Promise<number> {
  await page.goto(`${base}/settings/jobs`);
  if ((await runRows(page, kind).count()) === 0) return 0;
  const row = runRows(page, kind).first();
  if ((await row.getByText("Running", { exact: true }).count()) > 0) return -1;
  return Number(((await row.getAttribute("aria-label")) ?? "").split(" ").pop());
}

/** Waits for the scheduler to finish a run of this kind newer than `after`; returns its id. */
async function nextScheduledRun(page: Page, base: string, kind: "keep-alive" | "sync", after: number): Promise<number> {
  let id = 0;
  await expect.poll(async () => (id = await latestFinishedRun(page, base, kind)), { timeout: 60_000, intervals: [1_000] }).toBeGreaterThan(after);
  await expect(runRows(page, kind).first()).toContainText("schedule");
  return id;
}

async function saveJobSettings(page: Page, base: string, change: { keepAlive: boolean; sync: boolean }) {
  await page.goto(`${base}/settings/jobs`);
  await page.getByLabel("Refresh grants in the background").setChecked(change.keepAlive);
  await page.getByLabel("Sync every app with Xero on a schedule").setChecked(change.sync);
  await page.getByRole("button", { name: "Save job settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Job settings saved." })).toBeVisible();
}

async function advanceClock(page: Page, base: string, days: number, totalDays: number) {
  await page.goto(`${base}/sandbox/xero/portal/clock`);
  await expect(page.getByRole("note", { name: "Background jobs and jumps" })).toContainText("do not run inside a jump");
  await page.getByLabel("Days to advance").fill(String(days));
  await page.getByRole("button", { name: "Advance clock" }).click();
  await expect(page.getByRole("status", { name: "Sandbox time" })).toContainText(`(${totalDays.toFixed(2)} days ahead of real time)`);
}

test("keep-alive off: 61 days later the grants need re-authorisation and their connections are stale, with the reason", async ({ page }) => {
  const server = await isolatedServer();
  try {
    const base = server.baseURL;
    await signIn(page, ISOLATED_ADMIN, `${base}/`);
    // The first tick syncs the demo apps, which refreshes every grant.
    const firstSync = await nextScheduledRun(page, base, "sync", 0);
    await saveJobSettings(page, base, { keepAlive: false, sync: true });

    await advanceClock(page, base, 61, 61);
    // The scheduled sync is long due: it refreshes each grant, and Xero answers invalid_grant.
    const sync = await nextScheduledRun(page, base, "sync", firstSync);
    const row = await finishedRun(page, "sync", sync);
    await expect(row).toContainText("Partly failed");
    await expect(row).toContainText(/ben\.hogan@example\.com: /);
    expect(await runRows(page, "keep-alive").count()).toBe(0);

    await page.goto(`${base}/connections/stale`);
    const ben = page.getByRole("row").filter({ hasText: "ben.hogan@example.com" });
    await expect(ben.first()).toContainText("Needs re-authorisation");
    await expect(ben.first()).toContainText(/Xero refused to refresh Ben Hogan.*unused for 6\d days: Xero expires refresh tokens after 60 days unused.*needs re-authorisation/);
    // Disconnecting needs a working token: the row offers re-authorisation instead.
    await expect(ben.first().getByRole("link", { name: /^Re-authorise / })).toBeVisible();
    await expect(ben.first().getByRole("button", { name: /^Disconnect / })).toHaveCount(0);
  } finally {
    await server.stop();
  }
});

test("keep-alive on: advancing 50 days in steps keeps every grant alive, and past Xero's 60-day idle limit too", async ({ page }) => {
  const server = await isolatedServer();
  try {
    const base = server.baseURL;
    await signIn(page, ISOLATED_ADMIN, `${base}/`);
    await nextScheduledRun(page, base, "sync", 0);
    // Only keep-alive may refresh now: no scheduled sync would do it in passing.
    await saveJobSettings(page, base, { keepAlive: true, sync: false });

    let keepAlive = Math.max(0, await latestFinishedRun(page, base, "keep-alive"));
    let total = 0;
    for (const days of [10, 10, 10, 10, 10, 15]) {
      total += days;
      await advanceClock(page, base, days, total);
      keepAlive = await nextScheduledRun(page, base, "keep-alive", keepAlive);
      const row = runRows(page, "keep-alive").first();
      await expect(row).toContainText("Succeeded");
      await expect(row).toContainText(/[1-9]\d* refreshed/);
    }

    // 65 days after the first sync, every grant still works.
    const sync = await runNow(page, "sync");
    await expect(await finishedRun(page, "sync", sync)).toContainText("Succeeded");
    await page.goto(`${base}/connections/stale`);
    await expect(page.getByText("Needs re-authorisation", { exact: true })).toHaveCount(0);
  } finally {
    await server.stop();
  }
});

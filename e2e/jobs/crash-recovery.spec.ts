import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { createUser, signIn } from "../support/users";
import { connectionRows, sandboxAppRegistered } from "../support/dashboard-apps";
import { connectOrganisations, XERO_USERS } from "../support/sandbox";
import { finishedRun, runNow, runRow } from "./jobs-page";

// Issue 8, findings 7 and 8: what a server killed mid-work leaves behind, as the dashboard shows it.
// The rows are written straight into the server's database, as the killed process would have left them.

const FAR_FUTURE = Date.now() + 10 * 365 * 24 * 3600 * 1000;

function withDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(path.join(process.env.E2E_DATA_DIR!, "app.db"));
  try {
    db.pragma("busy_timeout = 5000");
    return fn(db);
  } finally {
    db.close();
  }
}

/** An owner id of a process on this machine that has exited (the server runs here too). */
function deadOwner(): string {
  const { pid } = spawnSync("true");
  return `${os.hostname()}:${pid}:1-dead00`;
}

test("a sync left running by a killed server shows as interrupted, and a new sync starts at once", async ({ page }) => {
  const id = withDb((db) => {
    const at = Date.now();
    const summary = JSON.stringify({ grants: 2, failed: 0, added: 1, vanished: 0 });
    // Its lease would last for years: only the dead owner's pid says it is over.
    return Number(
      db
        .prepare("insert into job_runs (kind, trigger, holder, started_at, lease_expires_at, status, total, done, summary) values ('sync', 'schedule', ?, ?, ?, 'running', 5, 2, ?)")
        .run(deadOwner(), at, FAR_FUTURE, summary).lastInsertRowid,
    );
  });
  await signIn(page, createUser("developer"));
  await page.goto("/settings/jobs");
  const row = runRow(page, "sync", id);
  await expect(row).toContainText("Interrupted");
  await expect(row).toContainText("2 of 5");
  await expect(row).toContainText(/2 users checked, 1 new, 0 gone from Xero\. The process running it .* stopped after 2 of 5\./);

  const next = await runNow(page, "sync");
  await expect(await finishedRun(page, "sync", next)).toContainText("Succeeded");
});

test("a connection whose disconnect was interrupted shows as disconnecting, then recovery rolls it back in the admin's name", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const admin = createUser("admin");
  await signIn(page, admin);
  const app = await sandboxAppRegistered(page, baseURL!, { prefix: "E2E Interrupted", plan: "starter" });
  const { ben } = XERO_USERS;
  await connectOrganisations(page, app.id, ben.email, ["Lighthouse Legal", "Fernhill Farms"]);

  // The intent of a process on another machine, still within its lease: nobody may touch it yet.
  const intentId = withDb((db) => {
    const { lastInsertRowid } = db
      .prepare(
        "insert into disconnect_intents (actor_id, actor_email, reason, holder, lease_expires_at, started_at, status) values (?, ?, 'Crash drill', 'other-host.e2e:4242:1-abcdef', ?, ?, 'open')",
      )
      .run(admin.id, admin.email, FAR_FUTURE, Date.now());
    db.prepare("update connections set disconnect_intent_id = ? where app_id = ? and tenant_name = 'Fernhill Farms'").run(lastInsertRowid, app.id);
    return Number(lastInsertRowid);
  });
  await page.goto(`/apps/${app.id}`);
  const pending = connectionRows(page).filter({ hasText: "Fernhill Farms" });
  await expect(pending).toContainText("Disconnecting…");
  await expect(pending).not.toContainText("Active");
  await expect(page.getByRole("button", { name: `Disconnect Fernhill Farms (${ben.email})` })).toHaveCount(0);
  await expect(page.getByRole("checkbox", { name: `Select Fernhill Farms (${ben.email})` })).toHaveCount(0);
  await expect(page.getByRole("button", { name: `Disconnect Lighthouse Legal (${ben.email})` })).toBeVisible();

  // Its lease runs out. The background tick re-reads Xero, which still lists the connection: rolled back.
  withDb((db) => db.prepare("update disconnect_intents set lease_expires_at = 0 where id = ?").run(intentId));
  await expect(async () => {
    await page.reload();
    await expect(connectionRows(page).filter({ hasText: "Fernhill Farms" })).toContainText("Active", { timeout: 1_000 });
  }).toPass({ intervals: [2_000, 5_000], timeout: 150_000 });

  await page.goto(`/activity?actor=${encodeURIComponent(admin.email)}&action=connection.disconnect_failed`);
  const entries = page.getByRole("table", { name: "Activity, newest first" }).locator("tbody tr");
  await expect(entries).toHaveCount(1);
  await expect(entries).toContainText(`Fernhill Farms · ${app.name} · ${ben.email}`);
  await expect(entries).toContainText("interrupted before Xero removed this connection");
});

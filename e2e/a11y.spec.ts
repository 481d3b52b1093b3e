import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { testAs } from "./support/stored-session";

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** An activity entry whose details have nowhere to wrap (a webhook's event list, as other specs add one), written straight into the server's database. */
function longActivityEntry() {
  const db = new Database(path.join(process.env.E2E_DATA_DIR!, "app.db"));
  try {
    db.pragma("busy_timeout = 5000");
    const events = ["app.cap_warning", "app.cap_reached", "organisation.uncertified_slots_full", "grant.needs_reauth", "connection.vanished", "connection.created", "connect_session.failed"];
    db.prepare("insert into audit_events (at, actor_email, action, target_label, details) values (?, ?, 'webhook.created', '127.0.0.1/…', ?)").run(
      Date.now(),
      "a11y@e2e.test",
      JSON.stringify({ events, secret: "generated" }),
    );
  } finally {
    db.close();
  }
}

test("the sign-in page has no serious or critical accessibility violations", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in to Connection Desk" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  // Also with a field error showing.
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your email address.")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

testAs("admin")("the overview and users pages have no serious or critical accessibility violations", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/settings/users");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  longActivityEntry();
  await page.goto("/activity");
  await expect(page.getByRole("heading", { level: 1, name: "Activity" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

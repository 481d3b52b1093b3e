import { expect, type Page } from "@playwright/test";

// Settings → Jobs, driven as a user would: start a run and wait for it in the list of runs.

export const runRow = (page: Page, kind: "keep-alive" | "sync", id: number) => page.getByRole("row", { name: `${kind} run ${id}`, exact: true });

/** Presses "Run … now" (again, if a run of that kind was already in progress) and returns the new run's id. */
export async function runNow(page: Page, kind: "keep-alive" | "sync"): Promise<number> {
  const status = page.getByRole("status", { name: "Run now result" });
  let id = 0;
  await expect(async () => {
    await page.getByRole("button", { name: kind === "sync" ? "Run sync now" : "Run keep-alive now" }).click();
    await expect(status).toHaveText(new RegExp(`^Started ${kind} run #\\d+\\.$`), { timeout: 5_000 });
    id = Number(/#(\d+)/.exec((await status.textContent()) ?? "")![1]);
  }).toPass({ intervals: [1_000, 2_000, 3_000], timeout: 45_000 });
  return id;
}

/** Waits until the run has finished (the list polls while it runs) and returns its row. */
export async function finishedRun(page: Page, kind: "keep-alive" | "sync", id: number) {
  const row = runRow(page, kind, id);
  await expect(row).toBeVisible();
  await expect(row.getByText(/^(Succeeded|Partly failed|Failed)$/)).toBeVisible({ timeout: 45_000 });
  return row;
}

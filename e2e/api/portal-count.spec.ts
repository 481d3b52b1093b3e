import { expect, test } from "@playwright/test";
import { capBar, sandboxAppRegistered } from "../support/dashboard-apps";
import { createWriteKey, productAccessToken, reportObservation } from "../support/product";
import { connectOrganisations, uniqueName, XERO_USERS } from "../support/sandbox";
import { asRole } from "../support/stored-session";

// Issue 11, Xero's own count: the developer types in what Xero's portal shows; the app page and Diagnose
// then reconcile it with what Connection Desk knows (held + observed) and the cap bar uses the larger.

test.use(asRole("admin"));

test("Xero's portal count 12 with 5 known (3 held, 2 observed) shows 7 made elsewhere on the app page and in Diagnose", async ({ page, baseURL }) => {
  const app = await sandboxAppRegistered(page, baseURL!, { prefix: "E2E Portal count", plan: "core" });
  await connectOrganisations(page, app.id, XERO_USERS.ben.email, ["Bellbird Music School", "Outback Auto Repairs", "Silver Fern Florist"]);
  const key = await createWriteKey(page, uniqueName("Portal count backend"));
  const accessToken = await productAccessToken(page, baseURL!, app, XERO_USERS.ana.email, ["Moana Surf School", "Coastal Yoga Collective"]);
  await reportObservation(page, baseURL!, key, { appId: app.id, accessToken });

  await page.goto(`/apps/${app.id}/edit`);
  await page.getByLabel("Connections Xero's developer portal shows").fill("12");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/apps/${app.id}\\?updated=1`));

  const sentence = "Xero counts 12; Connection Desk knows 5 (3 held, 2 observed): 7 made elsewhere";
  await expect(page.getByLabel("Xero's count and ours")).toContainText(sentence);
  await expect(capBar(page, app.name)).toHaveAttribute("aria-valuenow", "12");

  await page.goto(`/diagnose?app=${app.id}`);
  await expect(page.getByLabel("Xero's count and ours")).toContainText(sentence);
  await expect(capBar(page, app.name)).toHaveAttribute("aria-valuenow", "12");
});

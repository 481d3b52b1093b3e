import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { seedDemoData } from "@/db/seed-demo";
import { grants, jobRuns } from "@/db/schema";
import { advanceClock, DAY_MS } from "@/lib/clock";
import { resetEnvForTests } from "@/lib/env";
import { startSandboxServer } from "@/lib/xero-sandbox/test-server";
import { jobSettingsSchema, writeJobSettings } from "./settings";
import { startKeepAlive } from "./background";

// The keep-alive margin an admin sets under Settings → Jobs is the one the background job uses
// (the pure planner's tests always pass 7, the default). Against the sandbox over HTTP.

let sandbox: Awaited<ReturnType<typeof startSandboxServer>>;
const activeGrants = async () => (await getDb().select({ id: grants.id }).from(grants).where(eq(grants.status, "active"))).length;
const setMargin = (days: number) => writeJobSettings({ ...jobSettingsSchema.parse({}), keepAliveAfterDays: days }, "test");

beforeAll(async () => {
  sandbox = await startSandboxServer();
  process.env.APP_URL = sandbox.baseUrl.replace(/\/sandbox\/xero$/, "");
  resetEnvForTests();
  await migrateConfiguredDatabase();
  expect(await seedDemoData()).not.toBeNull();
});
afterAll(() => sandbox?.close());

describe("keep-alive follows the configured margin", () => {
  it("refreshes every grant older than a 3-day margin", async () => {
    await setMargin(3);
    advanceClock(4 * DAY_MS);
    const run = await startKeepAlive("test", { skipIfNothingDue: true });
    expect(run).not.toBeNull();
    await run!.finished;
    const row = (await getDb().select().from(jobRuns).where(eq(jobRuns.id, run!.runId)).limit(1))[0];
    expect(row).toMatchObject({ status: "ok", total: await activeGrants() });
    expect(row!.total).toBeGreaterThan(3);
  }, 60_000);

  it("leaves grants refreshed 8 days ago alone under a 10-day margin, and refreshes them under a 7-day one", async () => {
    await setMargin(10);
    advanceClock(8 * DAY_MS);
    expect(await startKeepAlive("test", { skipIfNothingDue: true })).toBeNull();
    await setMargin(7);
    const run = await startKeepAlive("test", { skipIfNothingDue: true });
    expect(run).not.toBeNull();
    await run!.finished;
  }, 60_000);
});

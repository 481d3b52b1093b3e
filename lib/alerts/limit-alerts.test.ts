import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { connections, webhookDeliveries, xeroApps } from "@/db/schema";
import { checkLimitAlerts } from "./limit-alerts";
import { insertApp, insertConnection, insertGrant, insertWebhook } from "./testing";

// Against the database: a sync that finds an app at 80 % or at its cap, or an organisation with both
// uncertified slots used, alerts once; the next sync finding the same stays quiet.

const queued = async (webhookId: string, event: string) => (await getDb().select().from(webhookDeliveries).where(eq(webhookDeliveries.webhookId, webhookId))).filter((d) => d.event === event);
let hookId: string;

beforeAll(async () => {
  await migrateConfiguredDatabase();
  // No receiver listens: these tests look only at what was queued.
  hookId = (await insertWebhook("http://127.0.0.1:9/unused", ["app.cap_warning", "app.cap_reached", "organisation.uncertified_slots_full"])).id;
});

describe("checkLimitAlerts", () => {
  it("alerts at 80 % and at the cap, once per crossing", async () => {
    const appId = await insertApp("Starter app", "starter");
    const grantId = await insertGrant(appId);
    for (let i = 0; i < 4; i++) await insertConnection(appId, grantId);
    await checkLimitAlerts();
    expect((await queued(hookId, "app.cap_warning")).map((d) => d.payload)).toEqual([
      { app: { id: appId, name: "Starter app", plan: "starter", environment: "production" }, connections: 4, cap: 5, percent: 80 },
    ]);
    await checkLimitAlerts();
    expect(await queued(hookId, "app.cap_warning")).toHaveLength(1);

    const fifth = await insertConnection(appId, grantId);
    await checkLimitAlerts();
    expect((await queued(hookId, "app.cap_reached")).map((d) => d.payload.connections)).toEqual([5]);

    // A disconnect frees a slot (no alert); filling it again is a new crossing.
    await getDb().update(connections).set({ status: "disconnected" }).where(eq(connections.id, fifth.id));
    await checkLimitAlerts();
    await insertConnection(appId, grantId);
    await checkLimitAlerts();
    expect(await queued(hookId, "app.cap_reached")).toHaveLength(2);
    expect(await queued(hookId, "app.cap_warning")).toHaveLength(1);
  });

  it("alerts when an organisation's two uncertified-app slots are both used", async () => {
    const tenant = { id: "0f8e3c1a-0000-4000-8000-000000000001", name: "Harbour Street Bakery" };
    const first = await insertApp("Uncertified one", "legacy-uncertified");
    const second = await insertApp("Uncertified two", "core");
    const certified = await insertApp("Certified", "plus");
    await insertConnection(first, await insertGrant(first), tenant);
    await insertConnection(certified, await insertGrant(certified), tenant);
    await checkLimitAlerts();
    expect(await queued(hookId, "organisation.uncertified_slots_full")).toEqual([]);

    await insertConnection(second, await insertGrant(second), tenant);
    await checkLimitAlerts();
    await checkLimitAlerts();
    const alerts = await queued(hookId, "organisation.uncertified_slots_full");
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.payload).toMatchObject({ organisation: { tenantId: tenant.id, name: tenant.name }, slots: 2 });
    expect((alerts[0]!.payload.apps as Array<{ name: string }>).map((a) => a.name).sort()).toEqual(["Uncertified one", "Uncertified two"]);
  });

  it("counts Xero's portal count when it is larger than what Connection Desk knows", async () => {
    const appId = await insertApp("Portal-counted app", "starter");
    await insertConnection(appId, await insertGrant(appId));
    await getDb().update(xeroApps).set({ portalConnectionCount: 5 }).where(eq(xeroApps.id, appId));
    await checkLimitAlerts();
    expect((await queued(hookId, "app.cap_reached")).filter((d) => (d.payload.app as { id: string }).id === appId).map((d) => d.payload.connections)).toEqual([5]);
  });
});

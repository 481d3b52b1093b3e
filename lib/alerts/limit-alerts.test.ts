import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { migrateDatabase } from "@/db/migrate";
import { connections, webhookDeliveries, xeroApps } from "@/db/schema";
import { checkLimitAlerts } from "./limit-alerts";
import { insertApp, insertConnection, insertGrant, insertWebhook } from "./testing";

// Against the database: a sync that finds an app at 80 % or at its cap, or an organisation with both
// uncertified slots used, alerts once; the next sync finding the same stays quiet.

const queued = (webhookId: string, event: string) =>
  getDb()
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.webhookId, webhookId))
    .all()
    .filter((d) => d.event === event);
let hookId: string;

beforeAll(() => {
  migrateDatabase();
  // No receiver listens: these tests look only at what was queued.
  hookId = insertWebhook("http://127.0.0.1:9/unused", ["app.cap_warning", "app.cap_reached", "organisation.uncertified_slots_full"]).id;
});

describe("checkLimitAlerts", () => {
  it("alerts at 80 % and at the cap, once per crossing", () => {
    const appId = insertApp("Starter app", "starter");
    const grantId = insertGrant(appId);
    for (let i = 0; i < 4; i++) insertConnection(appId, grantId);
    checkLimitAlerts();
    expect(queued(hookId, "app.cap_warning").map((d) => d.payload)).toEqual([
      { app: { id: appId, name: "Starter app", plan: "starter", environment: "production" }, connections: 4, cap: 5, percent: 80 },
    ]);
    checkLimitAlerts();
    expect(queued(hookId, "app.cap_warning")).toHaveLength(1);

    const fifth = insertConnection(appId, grantId);
    checkLimitAlerts();
    expect(queued(hookId, "app.cap_reached").map((d) => d.payload.connections)).toEqual([5]);

    // A disconnect frees a slot (no alert); filling it again is a new crossing.
    getDb().update(connections).set({ status: "disconnected" }).where(eq(connections.id, fifth.id)).run();
    checkLimitAlerts();
    insertConnection(appId, grantId);
    checkLimitAlerts();
    expect(queued(hookId, "app.cap_reached")).toHaveLength(2);
    expect(queued(hookId, "app.cap_warning")).toHaveLength(1);
  });

  it("alerts when an organisation's two uncertified-app slots are both used", () => {
    const tenant = { id: "0f8e3c1a-0000-4000-8000-000000000001", name: "Harbour Street Bakery" };
    const first = insertApp("Uncertified one", "legacy-uncertified");
    const second = insertApp("Uncertified two", "core");
    const certified = insertApp("Certified", "plus");
    insertConnection(first, insertGrant(first), tenant);
    insertConnection(certified, insertGrant(certified), tenant);
    checkLimitAlerts();
    expect(queued(hookId, "organisation.uncertified_slots_full")).toEqual([]);

    insertConnection(second, insertGrant(second), tenant);
    checkLimitAlerts();
    checkLimitAlerts();
    const alerts = queued(hookId, "organisation.uncertified_slots_full");
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.payload).toMatchObject({ organisation: { tenantId: tenant.id, name: tenant.name }, slots: 2 });
    expect((alerts[0]!.payload.apps as Array<{ name: string }>).map((a) => a.name).sort()).toEqual(["Uncertified one", "Uncertified two"]);
  });

  it("counts Xero's portal count when it is larger than what Connection Desk knows", () => {
    const appId = insertApp("Portal-counted app", "starter");
    insertConnection(appId, insertGrant(appId));
    getDb().update(xeroApps).set({ portalConnectionCount: 5 }).where(eq(xeroApps.id, appId)).run();
    checkLimitAlerts();
    expect(
      queued(hookId, "app.cap_reached")
        .filter((d) => (d.payload.app as { id: string }).id === appId)
        .map((d) => d.payload.connections),
    ).toEqual([5]);
  });
});

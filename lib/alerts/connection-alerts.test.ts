import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { transact } from "@/db/steps";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { webhookDeliveries } from "@/db/schema";
import { recordRefreshFailure } from "@/lib/grants/token-store";
import { XeroNetworkError, XeroOAuthError } from "@/lib/xero/errors";
import { queueVanishedAlertsStep } from "./connection-alerts";
import { insertApp, insertConnection, insertGrant, insertWebhook } from "./testing";

// The alerts raised where a grant or its connections change: invalid_grant on refresh (once, when the
// grant turns needs_reauth) and connections that vanished from Xero's list during a sync.

const queued = async (webhookId: string, event: string) => (await getDb().select().from(webhookDeliveries).where(eq(webhookDeliveries.webhookId, webhookId))).filter((d) => d.event === event);
let hookId: string;

beforeAll(async () => {
  await migrateConfiguredDatabase();
  hookId = (await insertWebhook("http://127.0.0.1:9/unused", ["grant.needs_reauth", "connection.vanished"])).id;
});

describe("grant.needs_reauth", () => {
  it("is raised once when invalid_grant condemns an active grant, and not for other failures", async () => {
    const appId = await insertApp("Reauth app", "core");
    const grantId = await insertGrant(appId, "ana@example.test");
    await insertConnection(appId, grantId);
    await insertConnection(appId, grantId);
    await recordRefreshFailure(grantId, new XeroNetworkError("network", "http://127.0.0.1/token", 15_000));
    expect(await queued(hookId, "grant.needs_reauth")).toEqual([]);

    await recordRefreshFailure(grantId, new XeroOAuthError("invalid_grant", "refresh token expired", 400));
    await recordRefreshFailure(grantId, new XeroOAuthError("invalid_grant", "refresh token expired", 400));
    const alerts = await queued(hookId, "grant.needs_reauth");
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.payload).toMatchObject({ grant: { id: grantId, email: "ana@example.test" }, app: { id: appId, name: "Reauth app" }, connections: 2 });
  });
});

describe("connection.vanished", () => {
  it("names each vanished connection, its app and who authorised it", async () => {
    const appId = await insertApp("Vanish app", "core");
    const grantId = await insertGrant(appId, "ben@example.test");
    const gone = await insertConnection(appId, grantId, { name: "Kowhai Plumbing Ltd" });
    await transact((tx) => queueVanishedAlertsStep(tx, grantId, [gone.id]));
    expect((await queued(hookId, "connection.vanished")).map((d) => d.payload)).toEqual([
      {
        connection: { id: gone.id, tenantId: gone.tenantId, tenantName: "Kowhai Plumbing Ltd" },
        app: { id: appId, name: "Vanish app" },
        authorisedBy: { email: "ben@example.test", name: "ben@example.test" },
      },
    ]);
  });
});

import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { connections, grants, organisations, xeroApps } from "@/db/schema";
import { DAY_MS } from "@/lib/clock";
import { refreshStaleness } from "./apply";

const NOW = Date.now();
const at = (daysAgo: number) => new Date(NOW - daysAgo * DAY_MS);
const id = () => crypto.randomUUID();

async function app(plan = "legacy-uncertified") {
  const appId = id();
  await getDb()
    .insert(xeroApps)
    .values({
      id: appId,
      name: `App ${appId.slice(0, 4)}`,
      environment: "production",
      plan,
      clientId: appId.replace(/-/g, "").slice(0, 32).toUpperCase(),
      redirectUri: "http://x/cb",
      scopes: "openid",
      createdAt: at(0),
      updatedAt: at(0),
    });
  return appId;
}

async function grant(appId: string, over: Partial<typeof grants.$inferInsert> = {}) {
  const grantId = id();
  await getDb()
    .insert(grants)
    .values({
      id: grantId,
      appId,
      xeroUserId: id(),
      email: `${grantId.slice(0, 6)}@example.com`,
      name: "User",
      authEventIds: ["ev-held"],
      refreshObtainedAt: at(1),
      createdAt: at(0),
      updatedAt: at(0),
      ...over,
    });
  return grantId;
}

async function connection(appId: string, grantId: string, tenantId: string, over: Partial<typeof connections.$inferInsert> = {}) {
  const connectionId = id();
  await getDb()
    .insert(organisations)
    .values({ tenantId, name: `Org ${tenantId.slice(0, 4)}`, type: "ORGANISATION", firstSeenAt: at(0), updatedAt: at(0) })
    .onConflictDoNothing();
  await getDb()
    .insert(connections)
    .values({
      id: connectionId,
      appId,
      grantId,
      tenantId,
      tenantName: `Org ${tenantId.slice(0, 4)}`,
      tenantType: "ORGANISATION",
      authEventId: "ev-held",
      xeroUpdatedAt: at(5),
      firstSeenAt: at(5),
      lastSeenAt: at(0),
      ...over,
    });
  return connectionId;
}

const read = async (connectionId: string) =>
  (await getDb().select({ status: connections.status, reasons: connections.staleReasons }).from(connections).where(eq(connections.id, connectionId)).limit(1))[0];

beforeAll(() => migrateConfiguredDatabase());

describe("refreshStaleness", () => {
  it("marks connections stale with their reason codes and clears ones that recovered", async () => {
    const appId = await app();
    const ben = await grant(appId);
    const healthy = await connection(appId, ben, id());
    const outside = await connection(appId, ben, id(), { authEventId: "ev-outside" });
    const recovered = await connection(appId, ben, id(), { status: "stale", staleReasons: ["idle"] });
    await refreshStaleness([ben]);
    expect(await read(healthy)).toEqual({ status: "active", reasons: [] });
    expect(await read(outside)).toEqual({ status: "stale", reasons: ["earlier_sign_in"] });
    expect(await read(recovered)).toEqual({ status: "active", reasons: [] });
  });

  it("judges duplicates across users, flagging only the copy that is not kept", async () => {
    const appId = await app();
    const ana = await grant(appId, { name: "Ana" });
    const ben = await grant(appId, { name: "Ben" });
    const tenant = id();
    const anas = await connection(appId, ana, tenant, { xeroUpdatedAt: at(40) });
    const bens = await connection(appId, ben, tenant, { authEventId: "ev-outside", xeroUpdatedAt: at(1) });
    // Scoped to Ana's grant only: Ben's copy is still judged, because duplicates are judged together.
    await refreshStaleness([ana]);
    expect(await read(anas)).toEqual({ status: "active", reasons: [] });
    expect(await read(bens)).toEqual({ status: "stale", reasons: ["earlier_sign_in", "duplicate"] });
  });

  it("flags a needs_reauth grant's live connections and leaves disconnected ones alone", async () => {
    const appId = await app();
    const g = await grant(appId, { status: "needs_reauth" });
    const live = await connection(appId, g, id());
    const gone = await connection(appId, g, id(), { status: "disconnected", disconnectedBy: "dev@example.com" });
    await refreshStaleness([g]);
    expect(await read(live)).toEqual({ status: "stale", reasons: ["needs_reauth"] });
    expect(await read(gone)).toEqual({ status: "disconnected", reasons: [] });
  });

  it("records 'vanished' once on a connection Xero stopped listing", async () => {
    const appId = await app();
    const g = await grant(appId);
    const vanished = await connection(appId, g, id(), { status: "disconnected", disconnectedBy: "Xero (disconnected outside this dashboard)" });
    await refreshStaleness();
    expect(await read(vanished)).toEqual({ status: "disconnected", reasons: ["vanished"] });
  });

  it("flags an organisation that answered 403 until a later call succeeds", async () => {
    const appId = await app();
    const g = await grant(appId);
    const c = await connection(appId, g, id());
    await getDb()
      .update(connections)
      .set({ lastForbiddenAt: at(1) })
      .where(eq(connections.id, c));
    await refreshStaleness([g]);
    expect(await read(c)).toEqual({ status: "stale", reasons: ["org_forbidden"] });
    await getDb()
      .update(connections)
      .set({ lastOkCallAt: at(0) })
      .where(eq(connections.id, c));
    await refreshStaleness([g]);
    expect(await read(c)).toEqual({ status: "active", reasons: [] });
  });

  it("flags idle connections and tokens near expiry, but not a Custom Connection's missing auth event", async () => {
    const appId = await app();
    const g = await grant(appId, { refreshObtainedAt: at(56) });
    const quiet = await connection(appId, g, id(), { lastSeenAt: at(31) });
    const customApp = await app("custom-connection");
    const cg = await grant(customApp, { authEventIds: [], refreshObtainedAt: at(90) });
    const custom = await connection(customApp, cg, id(), { authEventId: "ev-custom" });
    await refreshStaleness();
    expect(await read(quiet)).toEqual({ status: "stale", reasons: ["refresh_expiring", "idle"] });
    expect(await read(custom)).toEqual({ status: "active", reasons: [] });
  });

  it("does nothing for an empty scope", async () => {
    expect(await refreshStaleness([])).toEqual({ checked: 0, changed: 0, stale: 0 });
  });
});

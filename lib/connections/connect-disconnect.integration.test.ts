import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { seedDemoData } from "@/db/seed-demo";
import { auditEvents, connections, grants, xeroApps } from "@/db/schema";
import { resetEnvForTests } from "@/lib/env";
import { testSession } from "@/lib/testing/auth-mock";
import { insertTestUser, type TestUser } from "@/lib/testing/users";
import { consentCallback, startSandbox, submitConsent, type Sandbox } from "@/lib/xero/testing/sandbox-kit";
import { sandboxDb } from "@/lib/xero-sandbox/db";
import { apps as sandboxApps } from "@/lib/xero-sandbox/schema";
import { lastRefusedConsent } from "./refused-consents";
import { getAppByClientId } from "@/lib/xero-sandbox/store/apps";
import { deleteConnectionById, listUserConnections } from "@/lib/xero-sandbox/store/connections";
import { organisationsOf } from "@/lib/xero-sandbox/store/directory";
import { clearFaults, queueFault } from "@/lib/xero-sandbox/store/faults";
import { completeConnect, startConnect } from "./connect";
import { disconnectConnections } from "./disconnect";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

// The dashboard's connect and disconnect against the sandbox over real HTTP, no browser. Assertions are
// on what a user and Xero can observe (outcomes, connection statuses, the audit log, what Xero lists),
// not on how the code gets there.

let sb: Sandbox;
let developer: TestUser;
let appId: string;
let sandboxAppId: string;
const APP = "Acme Payroll Bridge (prod)";

const priya = () => sb.user("priya.");
/** What Xero lists for Priya on this app (Xero's own state). */
const xeroListed = () => listUserConnections(sandboxAppId, priya().xeroUserId).map((c) => c.id);
const row = async (id: string) => (await getDb().select().from(connections).where(eq(connections.id, id)).limit(1))[0];
// In the order they were written (.at(-1) is the latest), on either engine.
const audits = async (action: string, targetId: string) =>
  await getDb()
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.targetId, targetId)))
    .orderBy(auditEvents.id);
/** An organisation Priya belongs to that this app is not yet connected to through her. */
function unconnectedOrg() {
  const connected = new Set(listUserConnections(sandboxAppId, priya().xeroUserId).map((c) => c.orgId));
  const org = organisationsOf(priya().xeroUserId).find((o) => !connected.has(o.id));
  if (!org) throw new Error("Priya has no organisation left to connect");
  return org;
}
async function consent(tenantIds: string[], decision: "allow" | "cancel" = "allow") {
  const authorizeUrl = await startConnect(appId, developer);
  return consentCallback({ authorizeUrl, email: priya().email, password: sb.seed.xeroUserPassword, tenantIds, decision });
}
/** Priya's live connections as the dashboard holds them. */
const liveRows = async () =>
  await getDb()
    .select()
    .from(connections)
    .where(and(eq(connections.appId, appId), eq(connections.status, "active")));

beforeAll(async () => {
  sb = await startSandbox();
  process.env.APP_URL = sb.endpoints.identityBase.replace(/\/sandbox\/xero\/identity$/, "");
  resetEnvForTests();
  await migrateConfiguredDatabase();
  expect(await seedDemoData()).not.toBeNull();
  const seeded = sb.app(APP);
  sandboxAppId = getAppByClientId(seeded.clientId)!.id;
  appId = (await getDb().select({ id: xeroApps.id }).from(xeroApps).where(eq(xeroApps.clientId, seeded.clientId)).limit(1))[0]!.id;
  // Xero redirects only to a registered URI: use the one the sandbox registered for this app.
  await getDb().update(xeroApps).set({ redirectUri: seeded.redirectUri! }).where(eq(xeroApps.id, appId));
  developer = await insertTestUser("developer");
}, 60_000);
afterAll(() => sb?.close());
beforeEach(async () => {
  testSession.userId = developer.id;
  clearFaults();
});

describe("completeConnect", () => {
  it("names only the organisations of this consent, and records every connection Xero lists for the user", async () => {
    const earlier = xeroListed();
    expect(earlier.length).toBeGreaterThan(1);
    const org = unconnectedOrg();

    const outcome = await completeConnect(await consent([org.id]));

    expect(outcome).toMatchObject({ ok: true, appId, names: [org.name] });
    const xeroNow = listUserConnections(sandboxAppId, priya().xeroUserId);
    expect(xeroNow.map((c) => c.orgId)).toContain(org.id);
    // Earlier consents' connections are attributed to Priya too (docs/architecture.md#connect), all active.
    expect((await liveRows()).map((r) => r.id).sort()).toEqual(xeroNow.map((c) => c.id).sort());
    const grant = (
      await getDb()
        .select()
        .from(grants)
        .where(and(eq(grants.appId, appId), eq(grants.xeroUserId, priya().xeroUserId)))
        .limit(1)
    )[0]!;
    expect(grant.status).toBe("active");
    expect(grant.authEventIds).toContain(outcome.ok ? outcome.authEventId : "");
    const [audit] = await audits("connection.connected", appId);
    expect(audit?.details).toMatchObject({ organisations: [org.name], xeroUser: priya().email });
  });

  it("accepts a state only once", async () => {
    const params = await consent([unconnectedOrg().id]);
    expect(await completeConnect(params)).toMatchObject({ ok: true });
    expect(await completeConnect(params)).toEqual({ appId: null, ok: false, code: "state" });
  });

  it("reports a cancelled consent, audits it and connects nothing", async () => {
    const before = (await liveRows()).length;
    const outcome = await completeConnect(await consent([unconnectedOrg().id], "cancel"));
    expect(outcome).toEqual({ appId, ok: false, code: "cancelled" });
    expect(await liveRows()).toHaveLength(before);
    expect((await audits("connection.connect_failed", appId)).at(-1)?.details).toMatchObject({ code: "cancelled" });
  });

  it("records a consent refused at the cap when the user follows the limit screen back: Activity and the app's last refusal", async () => {
    // The app at a 5-connection cap in Xero (Priya already holds more), so the next consent meets the limit screen.
    sandboxDb().update(sandboxApps).set({ plan: "starter" }).where(eq(sandboxApps.id, sandboxAppId)).run();
    try {
      const limit = await submitConsent({ authorizeUrl: await startConnect(appId, developer), email: priya().email, password: sb.seed.xeroUserPassword, tenantIds: [unconnectedOrg().id] });
      expect(new URL(limit.headers.get("location")!).pathname).toMatch(/\/connectionLimit$/);
      const screen = await (await fetch(limit.headers.get("location")!)).text();
      const back = new URL(/<a href="([^"]+)">Return to /.exec(screen)![1]!.replace(/&amp;/g, "&"));

      const outcome = await completeConnect(back.searchParams);

      expect(outcome).toEqual({ appId, ok: false, code: "cap_reached" });
      expect((await audits("connection.consent_refused", appId)).at(-1)).toMatchObject({ actorEmail: developer.email, details: { reason: "connection_limit" } });
      expect(await lastRefusedConsent(appId)).toMatchObject({ who: developer.email, reason: "connection_limit" });
    } finally {
      sandboxDb().update(sandboxApps).set({ plan: "legacy-certified" }).where(eq(sandboxApps.id, sandboxAppId)).run();
    }
  });
});

describe("disconnectConnections", () => {
  it("removes the connections in Xero, marks them disconnected by the user and audits each", async () => {
    const [a, b] = await liveRows();
    const results = await disconnectConnections({ ids: [a!.id, b!.id], reason: "Client left" });

    expect(results.map((r) => [r.id, r.ok]).sort()).toEqual(
      [
        [a!.id, true],
        [b!.id, true],
      ].sort(),
    );
    expect(xeroListed()).not.toContain(a!.id);
    expect(xeroListed()).not.toContain(b!.id);
    for (const c of [a!, b!]) {
      expect(await row(c.id)).toMatchObject({ status: "disconnected", disconnectedBy: developer.email });
      expect((await audits("connection.disconnected", c.id))[0]?.details).toMatchObject({ reason: "Client left", authorisedBy: priya().email });
    }
  });

  it("does not claim a disconnect that Xero acknowledged (204) but still lists", async () => {
    const [c] = await liveRows();
    queueFault({ kind: "delete-ignored", target: "connections", clientId: sb.app(APP).clientId });

    const [result] = await disconnectConnections({ ids: [c!.id], reason: "" });

    expect(result).toMatchObject({ id: c!.id, ok: false });
    expect(result!.message).toMatch(/still lists/);
    expect(xeroListed()).toContain(c!.id);
    expect((await row(c!.id))?.status).not.toBe("disconnected");
    expect(await audits("connection.disconnected", c!.id)).toEqual([]);
    expect(await audits("connection.disconnect_failed", c!.id)).toHaveLength(1);
  });

  it("keeps the connection when Xero answers the DELETE with an error", async () => {
    const [c] = await liveRows();
    queueFault({ kind: "http-500", target: "connections", clientId: sb.app(APP).clientId });

    const [result] = await disconnectConnections({ ids: [c!.id] });

    expect(result).toMatchObject({ id: c!.id, ok: false });
    expect(xeroListed()).toContain(c!.id);
    expect((await row(c!.id))?.status).not.toBe("disconnected");
    expect((await audits("connection.disconnect_failed", c!.id)).length).toBeGreaterThan(0);
  });

  it("counts a connection Xero had already removed (404) as disconnected", async () => {
    const [c] = await liveRows();
    deleteConnectionById(c!.id);

    const [result] = await disconnectConnections({ ids: [c!.id] });

    expect(result).toMatchObject({ id: c!.id, ok: true });
    expect(await row(c!.id)).toMatchObject({ status: "disconnected" });
  });

  it("sends nothing to Xero for a connection already disconnected", async () => {
    const gone = (
      await getDb()
        .select()
        .from(connections)
        .where(and(eq(connections.appId, appId), eq(connections.status, "disconnected")))
        .limit(1)
    )[0]!;
    expect(await disconnectConnections({ ids: [gone.id] })).toEqual([]);
  });
});

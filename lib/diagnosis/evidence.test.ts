import crypto from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { eq } from "drizzle-orm";
import { connections, endUsers, grants, organisations, xeroApps } from "@/db/schema";
import { testSession } from "@/lib/testing/auth-mock";
import { insertTestUser } from "@/lib/testing/users";
import { refreshStaleness } from "@/lib/staleness/apply";
import { diagnose } from "./evidence";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

// The forum case in miniature: a legacy app at its cap of 25 across three users, three connections of
// one user from a sign-in we hold no tokens for; and an organisation holding two uncertified apps.

const at = new Date();
const id = () => crypto.randomUUID();
const APP = `Forum App ${id().slice(0, 6)}`;
const FULL_ORG = `Full Org ${id().slice(0, 6)}`;

async function app(name: string, plan: string) {
  const appId = id();
  await getDb()
    .insert(xeroApps)
    .values({
      id: appId,
      name,
      environment: "production",
      plan,
      clientId: id().replace(/-/g, "").slice(0, 32).toUpperCase(),
      redirectUri: "http://x/cb",
      scopes: "openid",
      createdAt: at,
      updatedAt: at,
    });
  return appId;
}

async function person(appId: string, name: string) {
  const grantId = id();
  const email = `${name.toLowerCase()}@example.com`;
  await getDb()
    .insert(grants)
    .values({ id: grantId, appId, xeroUserId: id(), email, name, authEventIds: ["held"], refreshObtainedAt: at, createdAt: at, updatedAt: at });
  return grantId;
}

async function connect(appId: string, grantId: string, orgName: string, authEventId = "held") {
  const tenantId = id();
  await getDb().insert(organisations).values({ tenantId, name: orgName, type: "ORGANISATION", firstSeenAt: at, updatedAt: at }).onConflictDoNothing();
  await getDb().insert(connections).values({ id: id(), appId, grantId, tenantId, tenantName: orgName, tenantType: "ORGANISATION", authEventId, firstSeenAt: at, lastSeenAt: at });
  return tenantId;
}

beforeAll(async () => {
  await migrateConfiguredDatabase();
  testSession.userId = (await insertTestUser("support")).id;
  const appId = await app(APP, "legacy-uncertified");
  const [ben, ana, chen] = [await person(appId, "Ben"), await person(appId, "Ana"), await person(appId, "Chen")];
  for (let i = 0; i < 11; i++) await connect(appId, ben, `Ben org ${i}`);
  for (let i = 0; i < 3; i++) await connect(appId, ben, `Ben outside ${i}`, "outside");
  for (let i = 0; i < 7; i++) await connect(appId, ana, `Ana org ${i}`);
  for (let i = 0; i < 4; i++) await connect(appId, chen, `Chen org ${i}`);
  await refreshStaleness([ben]);

  const staging = await app(`Staging ${id().slice(0, 4)}`, "core");
  const tenant = await connect(staging, await person(staging, "Tom"), FULL_ORG);
  const dev = await app(`Dev ${id().slice(0, 4)}`, "starter");
  await getDb()
    .insert(connections)
    .values({ id: id(), appId: dev, grantId: await person(dev, "Priya"), tenantId: tenant, tenantName: FULL_ORG, tenantType: "ORGANISATION", firstSeenAt: at, lastSeenAt: at });
});

describe("diagnose", () => {
  it("matches the app Xero's wording names and shows 25 of 25 by user, with the stale ones", async () => {
    const d = await diagnose({ message: `${APP} needs to complete certification before they can connect to more Xero organisations` });
    expect(d.classification).toMatchObject({ kind: "app_cap", regime: "legacy" });
    expect(d.app?.matchedBy).toBe("name");
    expect(d.app?.progress).toMatchObject({ count: 25, cap: 25, level: "full" });
    expect(d.app?.users.map((u) => [u.name, u.connections, u.stale])).toEqual([
      ["Ben", 14, 3],
      ["Ana", 7, 0],
      ["Chen", 4, 0],
    ]);
    expect(d.app?.stale).toHaveLength(3);
    expect(Object.values(d.app!.explanations).every((e) => e.reasons.some((r) => r.code === "earlier_sign_in"))).toBe(true);
    expect(d.actions[0]).toMatchObject({ key: "disconnect_stale", effect: "frees 3 slots: 25 → 22 of 25" });
  });

  it("names an app it cannot find instead of guessing", async () => {
    const d = await diagnose({ message: "Sorry! Nobody's App has reached their Xero connection limit" });
    expect(d.app).toBeNull();
    expect(d.appNotFound).toBe("Nobody's App");
  });

  it("for the organisation cap: offers the organisations at the cap, then their two apps and who connected each", async () => {
    const message = "This organisation is already connected to the maximum number of allowed uncertified apps";
    const open = await diagnose({ message });
    expect(open.orgCandidates.map((o) => o.name)).toContain(FULL_ORG);
    const d = await diagnose({ message, org: FULL_ORG.toLowerCase() });
    expect(d.org?.slotsUsed).toBe(2);
    expect(
      d.org?.uncertifiedApps
        .map((a) => a.users.map((u) => u.name))
        .flat()
        .sort(),
    ).toEqual(["Priya", "Tom"]);
  });

  it("leaves disconnected connections out of the organisation-cap evidence and candidates", async () => {
    const message = "This organisation is already connected to the maximum number of allowed uncertified apps";
    const halfOrg = `Half Org ${id().slice(0, 6)}`;
    const live = await app(`Live ${id().slice(0, 4)}`, "starter");
    const tenant = await connect(live, await person(live, "Rua"), halfOrg);
    const gone = await app(`Gone ${id().slice(0, 4)}`, "legacy-uncertified");
    const goneId = id();
    await getDb()
      .insert(connections)
      .values({
        id: goneId,
        appId: gone,
        grantId: await person(gone, "Sam"),
        tenantId: tenant,
        tenantName: halfOrg,
        tenantType: "ORGANISATION",
        status: "disconnected",
        firstSeenAt: at,
        lastSeenAt: at,
      });

    const d = await diagnose({ message, org: halfOrg });
    expect(d.org?.slotsUsed).toBe(1);
    expect(d.org?.uncertifiedApps.flatMap((a) => a.users.map((u) => u.name))).toEqual(["Rua"]);
    expect((await diagnose({ message })).orgCandidates.map((o) => o.name)).not.toContain(halfOrg);
  });

  it("still shows the evidence for an unrecognised message", async () => {
    const d = await diagnose({ message: "it broke", user: "ben@example.com" });
    expect(d.classification.kind).toBe("unrecognised");
    expect(d.user?.grants).toHaveLength(1);
    expect(d.user?.grants[0]).toMatchObject({ live: 14, stale: 3, status: "active" });
    expect(d.actions).toEqual([]);
  });

  it("looks an unrecognised message up as a name: an organisation named exactly shows its evidence", async () => {
    const d = await diagnose({ message: `  ${FULL_ORG.toUpperCase()} ` });
    expect(d.classification.kind).toBe("unrecognised");
    expect(d.nameMatch?.chosen).toMatchObject({ kind: "organisation", name: FULL_ORG });
    expect(d.explained.title).toBe(`“${FULL_ORG.toUpperCase()}” is an organisation`);
    expect(d.org?.slotsUsed).toBe(2);
  });

  it("finds an app, a Xero user by email and a customer by the product's id", async () => {
    expect((await diagnose({ message: APP.toLowerCase() })).app).toMatchObject({ app: { name: APP } });
    expect((await diagnose({ message: "Ana@Example.com" })).user).toMatchObject({ email: "ana@example.com", grants: [{ live: 7 }] });
    const externalId = `cust-${id().slice(0, 6)}`;
    const endUserId = id();
    await getDb().insert(endUsers).values({ id: endUserId, externalId, displayName: "Maya Patel", accountName: "Northwind", createdAt: at, updatedAt: at });
    const staging = await app(`Cust App ${id().slice(0, 4)}`, "core");
    await getDb()
      .update(grants)
      .set({ endUserId })
      .where(eq(grants.id, await person(staging, "Maya")));
    const mayaGrant = (await getDb().select({ id: grants.id }).from(grants).where(eq(grants.endUserId, endUserId)).limit(1))[0]!.id;
    await connect(staging, mayaGrant, `Maya org ${id().slice(0, 4)}`);
    const d = await diagnose({ message: externalId });
    expect(d.nameMatch?.chosen).toMatchObject({ kind: "customer", externalId });
    expect(d.customer?.apps).toEqual([expect.objectContaining({ appId: staging, live: 1, stale: 0 })]);
  });

  it("offers partial matches as suggestions and chooses none of them", async () => {
    const d = await diagnose({ message: FULL_ORG.slice(0, 8) });
    expect(d.nameMatch?.chosen).toBeNull();
    expect(d.nameMatch?.suggestions.map((c) => c.name)).toContain(FULL_ORG);
    expect(d.org).toBeNull();
    expect(d.explained.explanation).toContain("It matches names in our data: choose one below");
  });

  it("does not look up a Xero error or a message sent with a chosen record", async () => {
    expect((await diagnose({ message: `${APP} needs to complete certification before they can connect to more Xero organisations` })).nameMatch).toBeNull();
    expect((await diagnose({ message: FULL_ORG, user: "ben@example.com" })).nameMatch).toBeNull();
    expect((await diagnose({ message: "nothing like this exists 42" })).nameMatch).toEqual({ query: "nothing like this exists 42", chosen: null, suggestions: [] });
  });

  it("refuses a signed-out caller", async () => {
    testSession.userId = null;
    await expect(diagnose({ message: "x" })).rejects.toMatchObject({ code: "unauthenticated" });
    testSession.userId = (await insertTestUser("support")).id;
  });
});

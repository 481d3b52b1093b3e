import { beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { grants, xeroApps } from "@/db/schema";
import { callApi, expectDocumented, insertTestApiKey } from "@/lib/testing/api";
import { testSession } from "@/lib/testing/auth-mock";
import { insertApp, insertConnection, insertGrant } from "@/lib/testing/fixtures";
import { insertTestUser, type TestUser } from "@/lib/testing/users";
import { appEvidence } from "@/lib/diagnosis/app-evidence";
import * as headroom from "@/app/api/v1/apps/[id]/headroom/route";
import { getApp } from "./queries";
import { updateApp } from "./mutations";
import { updateAppSchema } from "./schemas";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

// Xero's developer portal counts 25 while Connection Desk knows 18 (12 held, 6 observed): the cap
// arithmetic, the API's headroom and Diagnose all use the larger number and name the 7 made elsewhere.

let appId: string;
let developer: TestUser;

beforeAll(async () => {
  await migrateConfiguredDatabase();
  developer = await insertTestUser("developer");
  testSession.userId = developer.id;
  appId = await insertApp({ name: "Acme Ledger Sync (prod)", plan: "legacy-uncertified" });
  const held = await insertGrant(appId, "Ben");
  for (let i = 0; i < 12; i++) await insertConnection(appId, held, `Held ${i}`);
  const observed = await insertGrant(appId, "Observed");
  await getDb().update(grants).set({ source: "observed", tokenSetEnc: null }).where(eq(grants.id, observed));
  for (let i = 0; i < 6; i++) await insertConnection(appId, observed, `Observed ${i}`);
});

async function setPortalCount(count: string) {
  const app = (await getDb().select().from(xeroApps).where(eq(xeroApps.id, appId)).limit(1))[0]!;
  await updateApp(
    appId,
    updateAppSchema.parse({ name: app.name, environment: app.environment, plan: app.plan, clientId: app.clientId, scopes: app.scopes, capOverride: "", notes: "", portalConnectionCount: count }),
    developer,
  );
  return (await getDb().select({ count: xeroApps.portalConnectionCount, readAt: xeroApps.portalCountReadAt }).from(xeroApps).where(eq(xeroApps.id, appId)).limit(1))[0]!;
}

describe("Xero's own count", () => {
  it("without it, counts what Connection Desk knows", async () => {
    const app = await getApp(appId);
    expect(app.portal).toMatchObject({ known: 18, held: 12, observed: 6, elsewhere: 0, sentence: null });
    expect(app.progress).toMatchObject({ count: 18, remaining: 7 });
  });

  it("entered on the app form, it records when it was read and only moves that date when the number changes", async () => {
    const first = await setPortalCount("25");
    expect(first.count).toBe(25);
    expect(first.readAt).not.toBeNull();
    await getDb()
      .update(xeroApps)
      .set({ portalCountReadAt: new Date("2026-01-01T00:00:00Z") })
      .where(eq(xeroApps.id, appId));
    expect((await setPortalCount("25")).readAt?.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect((await setPortalCount("25")).count).toBe(25);
  });

  it("the app, the API's headroom and Diagnose show 7 made elsewhere and use 25 against the cap", async () => {
    const app = await getApp(appId);
    expect(app.portal.sentence).toBe("Xero counts 25; Connection Desk knows 18 (12 held, 6 observed): 7 made elsewhere");
    expect(app.progress).toMatchObject({ count: 25, level: "full", remaining: 0 });

    const read = (await insertTestApiKey(["read"])).secret;
    const res = await callApi(headroom.GET, { path: `/apps/${appId}/headroom`, key: read, params: { id: appId } });
    expect(await expectDocumented("GET", `/apps/${appId}/headroom`, res)).toMatchObject({ cap: 25, used: 25, free: 0, known: { held: 12, observed: 6 }, portalCount: 25, madeElsewhere: 7 });

    const evidence = await appEvidence({ app: { ...app, count: app.connectionCount, observedCount: app.observedCount, portalConnectionCount: 25 }, matchedBy: "picked" });
    expect(evidence.portal.elsewhere).toBe(7);
    expect(evidence.progress.count).toBe(25);
  });
});

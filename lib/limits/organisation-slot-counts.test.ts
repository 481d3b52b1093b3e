import { beforeAll, describe, expect, it, vi } from "vitest";
import { and, countDistinct, eq, inArray, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/index";
import { databaseEngine } from "@/db/engine";
import { rawRows } from "@/db/query";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { connections, organisations, xeroApps } from "@/db/schema";
import { testSession } from "@/lib/testing/auth-mock";
import { insertApp, insertConnection, insertGrant } from "@/lib/testing/fixtures";
import { insertTestUser } from "@/lib/testing/users";
import { getOverview } from "@/lib/overview/queries";
import { listOrganisations, listOrganisationsAfter } from "@/lib/organisations/queries";
import { countsAsUncertified, PLANS } from "./plans";
import { organisationsUsingBothSlots, takesUncertifiedSlot } from "./sql";
import { sqlitePlan } from "@/lib/testing/sqlite-plans";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

// organisation_slot_counts is kept by triggers on connection_counts and xero_apps (migration
// organisation_slot_counts), whose SQL spells out which plans take an uncertified-app slot: after any mix of
// writes it must equal a recount from connections with takesUncertifiedSlot, and it must agree with
// countsAsUncertified for every plan, so a plan added to lib/limits/plans.ts without the triggers fails here.

type Row = { tenant_id: string; uncertified_apps: number };
const summary = async () =>
  (await rawRows<Row>(sql`select tenant_id, uncertified_apps from organisation_slot_counts order by tenant_id`)).map((r) => ({ tenantId: r.tenant_id, n: Number(r.uncertified_apps) }));
async function recount() {
  const rows = await getDb()
    .select({ tenantId: connections.tenantId, n: countDistinct(connections.appId) })
    .from(connections)
    .innerJoin(xeroApps, eq(xeroApps.id, connections.appId))
    .where(and(ne(connections.status, "disconnected"), takesUncertifiedSlot(xeroApps)))
    .groupBy(connections.tenantId)
    .orderBy(connections.tenantId);
  return rows.map((r) => ({ tenantId: r.tenantId, n: Number(r.n) }));
}

/** Another connection of the app to an existing organisation (insertConnection makes a new one each time). */
async function connect(appId: string, grantId: string, tenantId: string) {
  const made = await insertConnection(appId, grantId, "Scratch");
  await getDb().update(connections).set({ tenantId }).where(eq(connections.id, made.id));
  await getDb().delete(organisations).where(eq(organisations.tenantId, made.tenantId));
  return made.id;
}

beforeAll(async () => {
  await migrateConfiguredDatabase();
  testSession.userId = (await insertTestUser("support")).id;
});

describe("per-organisation uncertified-app slots", () => {
  it("count exactly the apps countsAsUncertified says take a slot, for every plan, certified or not", async () => {
    const apps = [...PLANS, "no-such-plan"].flatMap((plan) => [false, true].map((certified) => ({ plan, certified })));
    const tenants: string[] = [];
    for (const app of apps) {
      const appId = await insertApp({ name: `Slot ${app.plan} ${app.certified}`, plan: app.plan });
      await getDb().update(xeroApps).set({ certified: app.certified }).where(eq(xeroApps.id, appId));
      tenants.push((await insertConnection(appId, await insertGrant(appId), `Slot org ${app.plan}`)).tenantId);
    }
    const kept = new Map((await summary()).map((r) => [r.tenantId, r.n]));
    const fromSummary = apps.map((app, i) => ({ ...app, takesSlot: kept.get(tenants[i]!) === 1 }));
    expect(fromSummary).toEqual(apps.map((app) => ({ ...app, takesSlot: countsAsUncertified(app) })));
    expect(fromSummary.filter((r) => r.takesSlot).length).toBeGreaterThan(0);
    expect(await summary()).toEqual(await recount());
  });

  it("match a recount after inserts, status and demo changes, moves, deletes, plan and certified changes and app deletion", async () => {
    const db = getDb();
    const [a, b, c, certified] = [await insertApp({ plan: "core" }), await insertApp({ plan: "starter" }), await insertApp({ plan: "legacy-uncertified" }), await insertApp({ plan: "plus" })];
    const [ga, gb, gc, gd] = [await insertGrant(a), await insertGrant(b), await insertGrant(c), await insertGrant(certified)];
    const one = await insertConnection(a, ga, "Slots one");
    const two = await insertConnection(a, ga, "Slots two");
    const ids = {
      a1: one.id,
      a2: two.id,
      b1: await connect(b, gb, one.tenantId),
      b1again: await connect(b, gb, one.tenantId),
      c2: await connect(c, gc, two.tenantId),
      d1: await connect(certified, gd, one.tenantId),
    };
    const steps: Array<[string, () => Promise<unknown>]> = [
      ["inserted", async () => {}],
      ["stale", () => db.update(connections).set({ status: "stale" }).where(eq(connections.id, ids.b1))],
      ["disconnect one of two", () => db.update(connections).set({ status: "disconnected" }).where(eq(connections.id, ids.b1again))],
      ["demo", () => db.update(connections).set({ isDemo: true }).where(eq(connections.id, ids.b1))],
      ["disconnect the last", () => db.update(connections).set({ status: "disconnected" }).where(eq(connections.id, ids.b1))],
      [
        "reconnect",
        () =>
          db
            .update(connections)
            .set({ status: "active" })
            .where(inArray(connections.id, [ids.b1, ids.b1again])),
      ],
      ["move to another organisation", () => db.update(connections).set({ tenantId: two.tenantId }).where(eq(connections.id, ids.b1again))],
      ["move to another app", () => db.update(connections).set({ appId: c, grantId: gc }).where(eq(connections.id, ids.a2))],
      ["unrelated columns", () => db.update(connections).set({ lastSeenAt: new Date(), tenantName: "Renamed" }).where(eq(connections.appId, a))],
      ["certified", () => db.update(xeroApps).set({ certified: true }).where(eq(xeroApps.id, b))],
      ["uncertified", () => db.update(xeroApps).set({ certified: false }).where(eq(xeroApps.id, b))],
      ["plan without a slot", () => db.update(xeroApps).set({ plan: "advanced" }).where(eq(xeroApps.id, a))],
      ["plan with a slot", () => db.update(xeroApps).set({ plan: "starter" }).where(eq(xeroApps.id, certified))],
      ["plan change that keeps the slot", () => db.update(xeroApps).set({ plan: "core" }).where(eq(xeroApps.id, certified))],
      ["certified flag on a plan that never takes one", () => db.update(xeroApps).set({ certified: true }).where(eq(xeroApps.id, a))],
      ["delete a connection", () => db.delete(connections).where(eq(connections.id, ids.c2))],
      ["delete an app", () => db.delete(xeroApps).where(eq(xeroApps.id, b))],
      ["delete an app without a slot", () => db.delete(xeroApps).where(eq(xeroApps.id, a))],
    ];
    const seen = new Set<number>();
    for (const [step, write] of steps) {
      await write();
      const kept = await summary();
      expect(kept, step).toEqual(await recount());
      for (const r of kept.filter((r) => [one.tenantId, two.tenantId].includes(r.tenantId))) seen.add(r.n);
    }
    // The scenario went under, at and over the cap (a plan change can put an organisation over it: Xero checks
    // the cap only when an app connects).
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });

  it("give the organisations at the cap to the overview and to organisationsUsingBothSlots", async () => {
    const [a, b, c] = [await insertApp({ plan: "core" }), await insertApp({ plan: "starter" }), await insertApp({ plan: "enterprise" })];
    const [ga, gb, gc] = [await insertGrant(a, "Ann"), await insertGrant(b, "Bob"), await insertGrant(c, "Cat")];
    const full = await insertConnection(a, ga, "Cap full");
    await connect(b, gb, full.tenantId);
    await connect(c, gc, full.tenantId);
    const half = await insertConnection(a, ga, "Cap half");
    await connect(c, gc, half.tenantId);

    const atCap = (await getDb().select().from(organisationsUsingBothSlots().as("s"))).map((r) => r.tenantId);
    expect(atCap).toContain(full.tenantId);
    expect(atCap).not.toContain(half.tenantId);
    const expected = (await recount()).filter((r) => r.n >= 2).map((r) => r.tenantId);
    expect([...atCap].sort()).toEqual(expected);

    const listed = await listOrganisations({ atCap: "1" });
    expect(listed.total).toBe(expected.length);
    expect(listed.rows.find((r) => r.tenantId === full.tenantId)).toMatchObject({ slots: 2, apps: 3 });
    expect((await listOrganisations({ q: "Cap half" })).rows).toEqual([expect.objectContaining({ tenantId: half.tenantId, slots: 1, apps: 2 })]);
    const viaApi = await listOrganisationsAfter({ atCap: true }, undefined, 100);
    expect(viaApi.rows.map((r) => r.tenantId).sort()).toEqual(expected);

    const { organisationsAtCap } = await getOverview();
    expect(organisationsAtCap.total).toBe(expected.length);
    const shown = organisationsAtCap.rows.find((r) => r.tenantId === full.tenantId);
    expect(shown?.apps.map((app) => app.appId).sort()).toEqual([a, b].sort());
    expect(shown?.apps.find((app) => app.appId === b)?.users).toEqual([expect.stringMatching(/^Bob \(/)]);
  });
});

// SQLite's query plan (Postgres plans by its statistics).
describe.skipIf(databaseEngine() === "postgres")("organisations at the cap", () => {
  it("are a range of the uncertified_apps index, read without visiting the table", () => {
    const query = organisationsUsingBothSlots().toSQL();
    const plan = sqlitePlan(query);
    expect(plan).toEqual([expect.stringMatching(/^SEARCH organisation_slot_counts USING COVERING INDEX organisation_slot_counts_apps_idx \(uncertified_apps>\?\)/)]);
  });
});

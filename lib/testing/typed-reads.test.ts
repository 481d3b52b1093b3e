import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { connections, endUsers, grants, organisations, rateLimitSamples, xeroApps } from "@/db/schema";
import { testSession } from "@/lib/testing/auth-mock";
import { insertTestUser } from "@/lib/testing/users";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

// The list and detail reads of organisations, people, the overview, rate limits, Diagnose's evidence and
// the staleness facts, over one small fixed world (fixed ids and times, so every answer is exact). Written
// against the raw-SQL reads before they became drizzle queries: the answers must not change.

const T0 = new Date("2026-03-01T00:00:00.000Z");
const ms = (days: number) => new Date(T0.getTime() + days * 86_400_000);

// Apps: two take an uncertified slot (legacy-uncertified; core, not certified), one does not (plus).
const ALPHA = "a0000000-0000-4000-8000-000000000001";
const BRAVO = "a0000000-0000-4000-8000-000000000002";
const CHARLIE = "a0000000-0000-4000-8000-000000000003";
// Organisations: the bakery uses both slots; the cafe one (plus a disconnected one); the lodge nothing.
const BAKERY = "70000000-0000-4000-8000-000000000001";
const CAFE = "70000000-0000-4000-8000-000000000002";
const LODGE = "70000000-0000-4000-8000-000000000003";
const CUSTOMER = "e0000000-0000-4000-8000-000000000001";

async function world() {
  const db = getDb();
  const app = (id: string, name: string, environment: "development" | "production", plan: string) =>
    db.insert(xeroApps).values({ id, name, environment, plan, clientId: id.replace(/-/g, "").toUpperCase(), redirectUri: "http://x/cb", scopes: "openid", createdAt: T0, updatedAt: T0 });
  await app(ALPHA, "Alpha Ledger", "production", "legacy-uncertified");
  await app(BRAVO, "Bravo Books", "development", "core");
  await app(CHARLIE, "Charlie Pay", "production", "plus");

  await db
    .insert(endUsers)
    .values({ id: CUSTOMER, externalId: "cust-7", email: "owner@customer.test", displayName: "Owner", accountId: "acct-1", accountName: "Customer Co", tags: ["pro"], createdAt: T0, updatedAt: T0 });
  const grant = (
    id: string,
    appId: string,
    who: string,
    opts: { status?: "active" | "needs_reauth"; source?: "dashboard" | "observed" | "connect_session"; endUserId?: string; lastRefreshOkAt?: Date; lastFailureReason?: string } = {},
  ) =>
    db.insert(grants).values({
      id,
      appId,
      xeroUserId: `xu-${who}`,
      email: `${who}@example.com`,
      name: who[0]!.toUpperCase() + who.slice(1),
      authEventIds: [`ev-${id.slice(-2)}`],
      refreshObtainedAt: ms(1),
      createdAt: T0,
      updatedAt: T0,
      status: opts.status ?? "active",
      source: opts.source ?? "dashboard",
      endUserId: opts.endUserId ?? null,
      lastRefreshOkAt: opts.lastRefreshOkAt ?? null,
      lastFailureReason: opts.lastFailureReason ?? null,
    });
  await grant("60000000-0000-4000-8000-000000000001", ALPHA, "ben", { lastRefreshOkAt: ms(2) });
  await grant("60000000-0000-4000-8000-000000000002", BRAVO, "ben", { status: "needs_reauth", lastFailureReason: "invalid_grant" });
  await grant("60000000-0000-4000-8000-000000000003", ALPHA, "ana", { source: "connect_session", endUserId: CUSTOMER });
  await grant("60000000-0000-4000-8000-000000000004", CHARLIE, "chen", { source: "observed" });

  const org = (tenantId: string, name: string, isDemo = false) => db.insert(organisations).values({ tenantId, name, type: "ORGANISATION", isDemo, firstSeenAt: T0, updatedAt: T0 });
  await org(BAKERY, "Harbour Street Bakery");
  await org(CAFE, "Kowhai Cafe");
  await org(LODGE, "Lakeside Lodge", true);
  let n = 0;
  const connect = (appId: string, grantId: string, tenantId: string, tenantName: string, opts: { status?: "active" | "stale" | "disconnected"; staleReasons?: string[]; endUserId?: string } = {}) =>
    db.insert(connections).values({
      id: `c0000000-0000-4000-8000-00000000000${++n}`,
      appId,
      grantId,
      tenantId,
      tenantName,
      tenantType: "ORGANISATION",
      authEventId: "ev",
      firstSeenAt: T0,
      lastSeenAt: ms(n),
      xeroUpdatedAt: ms(0),
      status: opts.status ?? "active",
      staleReasons: opts.staleReasons ?? [],
      endUserId: opts.endUserId ?? null,
    });
  await connect(ALPHA, "60000000-0000-4000-8000-000000000001", BAKERY, "Harbour Street Bakery");
  await connect(ALPHA, "60000000-0000-4000-8000-000000000003", BAKERY, "Harbour Street Bakery", { endUserId: CUSTOMER });
  await connect(BRAVO, "60000000-0000-4000-8000-000000000002", BAKERY, "Harbour Street Bakery", { status: "stale", staleReasons: ["grant_needs_reauth"] });
  await connect(CHARLIE, "60000000-0000-4000-8000-000000000004", BAKERY, "Harbour Street Bakery");
  await connect(ALPHA, "60000000-0000-4000-8000-000000000001", CAFE, "Kowhai Cafe");
  await connect(BRAVO, "60000000-0000-4000-8000-000000000002", CAFE, "Kowhai Cafe (old name)", { status: "disconnected" });

  const sample = (tenantId: string | null, at: Date, opts: { problem?: string; statusCode?: number; minRemaining?: number; retryAfterSeconds?: number } = {}) =>
    db.insert(rateLimitSamples).values({
      appId: ALPHA,
      tenantId,
      minRemaining: opts.minRemaining ?? 50,
      dayRemaining: 4000,
      appMinRemaining: 9000,
      problem: opts.problem ?? null,
      retryAfterSeconds: opts.retryAfterSeconds ?? null,
      statusCode: opts.statusCode ?? 200,
      at,
    });
  await sample(BAKERY, ms(1));
  await sample(BAKERY, ms(2), { minRemaining: 40 });
  await sample(CAFE, ms(3), { problem: "minute", statusCode: 429, minRemaining: 0, retryAfterSeconds: 30 });
  await sample(null, ms(4));
}

beforeAll(async () => {
  await migrateConfiguredDatabase();
  testSession.userId = (await insertTestUser("admin")).id;
  await world();
});

describe("organisations", () => {
  it("lists organisations with counts and slots, filters at the cap, and pages by cursor", async () => {
    const { listOrganisations, listOrganisationsAfter } = await import("@/lib/organisations/queries");
    expect(await listOrganisations({})).toMatchInlineSnapshot(`
      {
        "capped": false,
        "page": 1,
        "pageSize": 50,
        "rows": [
          {
            "apps": 3,
            "connections": 4,
            "isDemo": false,
            "name": "Harbour Street Bakery",
            "slots": 2,
            "tenantId": "70000000-0000-4000-8000-000000000001",
            "type": "ORGANISATION",
          },
          {
            "apps": 1,
            "connections": 1,
            "isDemo": false,
            "name": "Kowhai Cafe",
            "slots": 1,
            "tenantId": "70000000-0000-4000-8000-000000000002",
            "type": "ORGANISATION",
          },
          {
            "apps": 0,
            "connections": 0,
            "isDemo": true,
            "name": "Lakeside Lodge",
            "slots": 0,
            "tenantId": "70000000-0000-4000-8000-000000000003",
            "type": "ORGANISATION",
          },
        ],
        "total": 3,
      }
    `);
    expect(await listOrganisations({ atCap: "1" })).toMatchInlineSnapshot(`
      {
        "capped": false,
        "page": 1,
        "pageSize": 50,
        "rows": [
          {
            "apps": 3,
            "connections": 4,
            "isDemo": false,
            "name": "Harbour Street Bakery",
            "slots": 2,
            "tenantId": "70000000-0000-4000-8000-000000000001",
            "type": "ORGANISATION",
          },
        ],
        "total": 1,
      }
    `);
    expect(await listOrganisations({ q: "cafe" })).toMatchInlineSnapshot(`
      {
        "capped": false,
        "page": 1,
        "pageSize": 50,
        "rows": [
          {
            "apps": 1,
            "connections": 1,
            "isDemo": false,
            "name": "Kowhai Cafe",
            "slots": 1,
            "tenantId": "70000000-0000-4000-8000-000000000002",
            "type": "ORGANISATION",
          },
        ],
        "total": 1,
      }
    `);
    const first = await listOrganisationsAfter({}, undefined, 1);
    expect(first).toMatchInlineSnapshot(`
      {
        "nextCursor": "WyJIYXJib3VyIFN0cmVldCBCYWtlcnkiLCI3MDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDEiXQ",
        "rows": [
          {
            "apps": 3,
            "connections": 4,
            "isDemo": false,
            "name": "Harbour Street Bakery",
            "slots": 2,
            "tenantId": "70000000-0000-4000-8000-000000000001",
            "type": "ORGANISATION",
          },
        ],
      }
    `);
    expect(await listOrganisationsAfter({}, first.nextCursor!, 5)).toMatchInlineSnapshot(`
      {
        "nextCursor": null,
        "rows": [
          {
            "apps": 1,
            "connections": 1,
            "isDemo": false,
            "name": "Kowhai Cafe",
            "slots": 1,
            "tenantId": "70000000-0000-4000-8000-000000000002",
            "type": "ORGANISATION",
          },
          {
            "apps": 0,
            "connections": 0,
            "isDemo": true,
            "name": "Lakeside Lodge",
            "slots": 0,
            "tenantId": "70000000-0000-4000-8000-000000000003",
            "type": "ORGANISATION",
          },
        ],
      }
    `);
    expect(await listOrganisationsAfter({ environment: "development" }, undefined, 5)).toMatchInlineSnapshot(`
      {
        "nextCursor": null,
        "rows": [
          {
            "apps": 1,
            "connections": 1,
            "isDemo": false,
            "name": "Harbour Street Bakery",
            "slots": 2,
            "tenantId": "70000000-0000-4000-8000-000000000001",
            "type": "ORGANISATION",
          },
          {
            "apps": 0,
            "connections": 0,
            "isDemo": false,
            "name": "Kowhai Cafe",
            "slots": 1,
            "tenantId": "70000000-0000-4000-8000-000000000002",
            "type": "ORGANISATION",
          },
        ],
      }
    `);
    expect(await listOrganisationsAfter({ atCap: true, q: "bakery" }, undefined, 5)).toMatchInlineSnapshot(`
      {
        "nextCursor": null,
        "rows": [
          {
            "apps": 3,
            "connections": 4,
            "isDemo": false,
            "name": "Harbour Street Bakery",
            "slots": 2,
            "tenantId": "70000000-0000-4000-8000-000000000001",
            "type": "ORGANISATION",
          },
        ],
      }
    `);
  });

  it("reads one organisation with its apps, users and customers", async () => {
    const { getOrganisation } = await import("@/lib/organisations/queries");
    expect(await getOrganisation(BAKERY)).toMatchInlineSnapshot(`
      {
        "apps": [
          {
            "appId": "a0000000-0000-4000-8000-000000000002",
            "appName": "Bravo Books",
            "certified": false,
            "environment": "development",
            "plan": "core",
            "takesSlot": true,
            "users": [
              {
                "connectionId": "c0000000-0000-4000-8000-000000000003",
                "email": "ben@example.com",
                "endUser": null,
                "grantStatus": "needs_reauth",
                "name": "Ben",
                "observed": false,
                "refreshObtainedAt": 2026-03-02T00:00:00.000Z,
                "status": "stale",
                "xeroCreatedAt": null,
              },
            ],
          },
          {
            "appId": "a0000000-0000-4000-8000-000000000001",
            "appName": "Alpha Ledger",
            "certified": false,
            "environment": "production",
            "plan": "legacy-uncertified",
            "takesSlot": true,
            "users": [
              {
                "connectionId": "c0000000-0000-4000-8000-000000000002",
                "email": "ana@example.com",
                "endUser": {
                  "accountId": "acct-1",
                  "accountName": "Customer Co",
                  "displayName": "Owner",
                  "email": "owner@customer.test",
                  "externalId": "cust-7",
                  "id": "e0000000-0000-4000-8000-000000000001",
                  "tags": [
                    "pro",
                  ],
                },
                "grantStatus": "active",
                "name": "Ana",
                "observed": false,
                "refreshObtainedAt": 2026-03-02T00:00:00.000Z,
                "status": "active",
                "xeroCreatedAt": null,
              },
              {
                "connectionId": "c0000000-0000-4000-8000-000000000001",
                "email": "ben@example.com",
                "endUser": null,
                "grantStatus": "active",
                "name": "Ben",
                "observed": false,
                "refreshObtainedAt": 2026-03-02T00:00:00.000Z,
                "status": "active",
                "xeroCreatedAt": null,
              },
            ],
          },
          {
            "appId": "a0000000-0000-4000-8000-000000000003",
            "appName": "Charlie Pay",
            "certified": false,
            "environment": "production",
            "plan": "plus",
            "takesSlot": false,
            "users": [
              {
                "connectionId": "c0000000-0000-4000-8000-000000000004",
                "email": "chen@example.com",
                "endUser": null,
                "grantStatus": "active",
                "name": "Chen",
                "observed": true,
                "refreshObtainedAt": 2026-03-02T00:00:00.000Z,
                "status": "active",
                "xeroCreatedAt": null,
              },
            ],
          },
        ],
        "isDemo": false,
        "name": "Harbour Street Bakery",
        "slotCap": 2,
        "slotsUsed": 2,
        "tenantId": "70000000-0000-4000-8000-000000000001",
        "type": "ORGANISATION",
      }
    `);
    expect(await getOrganisation(CAFE, "development")).toMatchInlineSnapshot(`
      {
        "apps": [
          {
            "appId": "a0000000-0000-4000-8000-000000000002",
            "appName": "Bravo Books",
            "certified": false,
            "environment": "development",
            "plan": "core",
            "takesSlot": true,
            "users": [
              {
                "connectionId": "c0000000-0000-4000-8000-000000000006",
                "email": "ben@example.com",
                "endUser": null,
                "grantStatus": "needs_reauth",
                "name": "Ben",
                "observed": false,
                "refreshObtainedAt": 2026-03-02T00:00:00.000Z,
                "status": "disconnected",
                "xeroCreatedAt": null,
              },
            ],
          },
        ],
        "isDemo": false,
        "name": "Kowhai Cafe",
        "slotCap": 2,
        "slotsUsed": 1,
        "tenantId": "70000000-0000-4000-8000-000000000002",
        "type": "ORGANISATION",
      }
    `);
    await expect(getOrganisation(LODGE, "production")).rejects.toThrow();
  });
});

describe("overview", () => {
  it("names the organisations at the uncertified cap and counts health", async () => {
    const { getOverview } = await import("@/lib/overview/queries");
    const { organisationsAtCap, health } = await getOverview();
    expect({ organisationsAtCap, health }).toMatchInlineSnapshot(`
      {
        "health": {
          "active": 4,
          "broken": 1,
          "stale": 1,
        },
        "organisationsAtCap": {
          "rows": [
            {
              "apps": [
                {
                  "appId": "a0000000-0000-4000-8000-000000000001",
                  "appName": "Alpha Ledger",
                  "environment": "production",
                  "users": [
                    "Ana (ana@example.com)",
                    "Ben (ben@example.com)",
                  ],
                },
                {
                  "appId": "a0000000-0000-4000-8000-000000000002",
                  "appName": "Bravo Books",
                  "environment": "development",
                  "users": [
                    "Ben (ben@example.com)",
                  ],
                },
              ],
              "tenantId": "70000000-0000-4000-8000-000000000001",
              "tenantName": "Harbour Street Bakery",
            },
          ],
          "total": 1,
        },
      }
    `);
  });
});

describe("people", () => {
  it("lists Xero users with their connections per app, by page and by cursor", async () => {
    const { listPeople, listXeroUsersAfter } = await import("@/lib/people/queries");
    expect(await listPeople({})).toMatchInlineSnapshot(`
      {
        "page": 1,
        "pageSize": 50,
        "rows": [
          {
            "apps": [
              {
                "appId": "a0000000-0000-4000-8000-000000000001",
                "appName": "Alpha Ledger",
                "connections": 1,
                "environment": "production",
                "grantStatus": "active",
                "refreshObtainedAt": 1772409600000,
                "source": "connect_session",
              },
            ],
            "email": "ana@example.com",
            "name": "Ana",
            "total": 1,
            "xeroUserId": "xu-ana",
          },
          {
            "apps": [
              {
                "appId": "a0000000-0000-4000-8000-000000000001",
                "appName": "Alpha Ledger",
                "connections": 2,
                "environment": "production",
                "grantStatus": "active",
                "refreshObtainedAt": 1772409600000,
                "source": "dashboard",
              },
              {
                "appId": "a0000000-0000-4000-8000-000000000002",
                "appName": "Bravo Books",
                "connections": 1,
                "environment": "development",
                "grantStatus": "needs_reauth",
                "refreshObtainedAt": 1772409600000,
                "source": "dashboard",
              },
            ],
            "email": "ben@example.com",
            "name": "Ben",
            "total": 3,
            "xeroUserId": "xu-ben",
          },
          {
            "apps": [
              {
                "appId": "a0000000-0000-4000-8000-000000000003",
                "appName": "Charlie Pay",
                "connections": 1,
                "environment": "production",
                "grantStatus": "active",
                "refreshObtainedAt": 1772409600000,
                "source": "observed",
              },
            ],
            "email": "chen@example.com",
            "name": "Chen",
            "total": 1,
            "xeroUserId": "xu-chen",
          },
        ],
        "total": 3,
      }
    `);
    expect(await listPeople({ q: "Ana" })).toMatchInlineSnapshot(`
      {
        "page": 1,
        "pageSize": 50,
        "rows": [
          {
            "apps": [
              {
                "appId": "a0000000-0000-4000-8000-000000000001",
                "appName": "Alpha Ledger",
                "connections": 1,
                "environment": "production",
                "grantStatus": "active",
                "refreshObtainedAt": 1772409600000,
                "source": "connect_session",
              },
            ],
            "email": "ana@example.com",
            "name": "Ana",
            "total": 1,
            "xeroUserId": "xu-ana",
          },
        ],
        "total": 1,
      }
    `);
    const first = await listXeroUsersAfter({}, undefined, 2);
    expect(first).toMatchInlineSnapshot(`
      {
        "nextCursor": "WyJ4dS1iZW4iXQ",
        "rows": [
          {
            "email": "ana@example.com",
            "grants": [
              {
                "appId": "a0000000-0000-4000-8000-000000000001",
                "appName": "Alpha Ledger",
                "connections": 1,
                "endUserExternalId": "cust-7",
                "endUserId": "e0000000-0000-4000-8000-000000000001",
                "environment": "production",
                "grantId": "60000000-0000-4000-8000-000000000003",
                "grantStatus": "active",
                "source": "connect_session",
              },
            ],
            "name": "Ana",
            "total": 1,
            "xeroUserId": "xu-ana",
          },
          {
            "email": "ben@example.com",
            "grants": [
              {
                "appId": "a0000000-0000-4000-8000-000000000001",
                "appName": "Alpha Ledger",
                "connections": 2,
                "endUserExternalId": null,
                "endUserId": null,
                "environment": "production",
                "grantId": "60000000-0000-4000-8000-000000000001",
                "grantStatus": "active",
                "source": "dashboard",
              },
              {
                "appId": "a0000000-0000-4000-8000-000000000002",
                "appName": "Bravo Books",
                "connections": 1,
                "endUserExternalId": null,
                "endUserId": null,
                "environment": "development",
                "grantId": "60000000-0000-4000-8000-000000000002",
                "grantStatus": "needs_reauth",
                "source": "dashboard",
              },
            ],
            "name": "Ben",
            "total": 3,
            "xeroUserId": "xu-ben",
          },
        ],
      }
    `);
    expect(await listXeroUsersAfter({}, first.nextCursor!, 2)).toMatchInlineSnapshot(`
      {
        "nextCursor": null,
        "rows": [
          {
            "email": "chen@example.com",
            "grants": [
              {
                "appId": "a0000000-0000-4000-8000-000000000003",
                "appName": "Charlie Pay",
                "connections": 1,
                "endUserExternalId": null,
                "endUserId": null,
                "environment": "production",
                "grantId": "60000000-0000-4000-8000-000000000004",
                "grantStatus": "active",
                "source": "observed",
              },
            ],
            "name": "Chen",
            "total": 1,
            "xeroUserId": "xu-chen",
          },
        ],
      }
    `);
    expect(await listXeroUsersAfter({ q: "BEN", environment: "development" }, undefined, 5)).toMatchInlineSnapshot(`
      {
        "nextCursor": null,
        "rows": [
          {
            "email": "ben@example.com",
            "grants": [
              {
                "appId": "a0000000-0000-4000-8000-000000000002",
                "appName": "Bravo Books",
                "connections": 1,
                "endUserExternalId": null,
                "endUserId": null,
                "environment": "development",
                "grantId": "60000000-0000-4000-8000-000000000002",
                "grantStatus": "needs_reauth",
                "source": "dashboard",
              },
            ],
            "name": "Ben",
            "total": 1,
            "xeroUserId": "xu-ben",
          },
        ],
      }
    `);
  });
});

describe("rate limits", () => {
  it("reads the meter per organisation and the 429 history", async () => {
    const { getRateLimitMeter, listRateLimitHits } = await import("@/lib/rate-limits/queries");
    const { app: _app, ...meter } = await getRateLimitMeter(ALPHA);
    expect(meter).toMatchInlineSnapshot(`
      {
        "appWide": {
          "appMinRemaining": 9000,
          "at": 2026-03-05T00:00:00.000Z,
          "dayRemaining": 4000,
          "minRemaining": 50,
          "statusCode": 200,
        },
        "appWideLastHit": null,
        "dayLimit": 5000,
        "page": 1,
        "pageSize": 50,
        "rows": [
          {
            "lastHit": null,
            "latest": {
              "appMinRemaining": 9000,
              "at": 2026-03-03T00:00:00.000Z,
              "dayRemaining": 4000,
              "minRemaining": 40,
              "statusCode": 200,
            },
            "name": "Harbour Street Bakery",
            "tenantId": "70000000-0000-4000-8000-000000000001",
          },
          {
            "lastHit": {
              "at": 2026-03-04T00:00:00.000Z,
              "problem": "minute",
              "retryAfterSeconds": 30,
              "tenantId": "70000000-0000-4000-8000-000000000002",
              "tenantName": null,
            },
            "latest": {
              "appMinRemaining": 9000,
              "at": 2026-03-04T00:00:00.000Z,
              "dayRemaining": 4000,
              "minRemaining": 0,
              "statusCode": 429,
            },
            "name": "Kowhai Cafe",
            "tenantId": "70000000-0000-4000-8000-000000000002",
          },
        ],
        "total": 2,
      }
    `);
    expect(await listRateLimitHits(ALPHA)).toMatchInlineSnapshot(`
      {
        "page": 1,
        "pageSize": 25,
        "rows": [
          {
            "at": 2026-03-04T00:00:00.000Z,
            "dayRemaining": 4000,
            "id": 3,
            "minRemaining": 0,
            "problem": "minute",
            "retryAfterSeconds": 30,
            "tenantId": "70000000-0000-4000-8000-000000000002",
            "tenantName": "Kowhai Cafe",
          },
        ],
        "total": 1,
      }
    `);
    expect((await listRateLimitHits(BRAVO)).rows).toEqual([]);
  });
});

describe("Diagnose evidence", () => {
  it("finds an organisation by id, exact name or a unique part of its name", async () => {
    const { findOrganisation } = await import("@/lib/diagnosis/org-evidence");
    expect(await findOrganisation(BAKERY.toUpperCase())).toEqual({ tenantId: BAKERY, name: "Harbour Street Bakery", type: "ORGANISATION" });
    expect((await findOrganisation("kowhai cafe"))?.tenantId).toBe(CAFE);
    expect((await findOrganisation("Lodge"))?.tenantId).toBe(LODGE);
    // "a" is in every name: not unique.
    expect(await findOrganisation("a")).toBeNull();
  });

  it("reads an organisation's slots, the organisations at the cap, and a user's grants", async () => {
    const { findOrganisation, organisationEvidence, organisationsAtCap, userEvidence } = await import("@/lib/diagnosis/org-evidence");
    expect(await organisationEvidence((await findOrganisation(BAKERY))!)).toMatchInlineSnapshot(`
      {
        "org": {
          "name": "Harbour Street Bakery",
          "tenantId": "70000000-0000-4000-8000-000000000001",
          "type": "ORGANISATION",
        },
        "otherApps": 1,
        "slotCap": 2,
        "slotsUsed": 2,
        "uncertifiedApps": [
          {
            "appId": "a0000000-0000-4000-8000-000000000002",
            "environment": "development",
            "name": "Bravo Books",
            "plan": "core",
            "users": [
              {
                "connectionId": "c0000000-0000-4000-8000-000000000003",
                "email": "ben@example.com",
                "endUser": null,
                "name": "Ben",
                "staleReasons": [
                  "grant_needs_reauth",
                ],
                "status": "stale",
              },
            ],
          },
          {
            "appId": "a0000000-0000-4000-8000-000000000001",
            "environment": "production",
            "name": "Alpha Ledger",
            "plan": "legacy-uncertified",
            "users": [
              {
                "connectionId": "c0000000-0000-4000-8000-000000000002",
                "email": "ana@example.com",
                "endUser": {
                  "accountId": "acct-1",
                  "accountName": "Customer Co",
                  "displayName": "Owner",
                  "email": "owner@customer.test",
                  "externalId": "cust-7",
                  "id": "e0000000-0000-4000-8000-000000000001",
                  "tags": [
                    "pro",
                  ],
                },
                "name": "Ana",
                "staleReasons": [],
                "status": "active",
              },
              {
                "connectionId": "c0000000-0000-4000-8000-000000000001",
                "email": "ben@example.com",
                "endUser": null,
                "name": "Ben",
                "staleReasons": [],
                "status": "active",
              },
            ],
          },
        ],
      }
    `);
    expect(await organisationsAtCap()).toMatchInlineSnapshot(`
      [
        {
          "name": "Harbour Street Bakery",
          "tenantId": "70000000-0000-4000-8000-000000000001",
          "type": "ORGANISATION",
        },
      ]
    `);
    expect(await userEvidence(" Ben@Example.com ")).toMatchInlineSnapshot(`
      [
        {
          "appId": "a0000000-0000-4000-8000-000000000002",
          "appName": "Bravo Books",
          "endUser": null,
          "environment": "development",
          "grantId": "60000000-0000-4000-8000-000000000002",
          "lastFailureReason": "invalid_grant",
          "lastRefreshOkAt": null,
          "live": 1,
          "stale": 1,
          "status": "needs_reauth",
        },
        {
          "appId": "a0000000-0000-4000-8000-000000000001",
          "appName": "Alpha Ledger",
          "endUser": null,
          "environment": "production",
          "grantId": "60000000-0000-4000-8000-000000000001",
          "lastFailureReason": null,
          "lastRefreshOkAt": 1772496000000,
          "live": 2,
          "stale": 0,
          "status": "active",
        },
      ]
    `);
    expect(await userEvidence("ana@example.com")).toMatchInlineSnapshot(`
      [
        {
          "appId": "a0000000-0000-4000-8000-000000000001",
          "appName": "Alpha Ledger",
          "endUser": {
            "accountId": "acct-1",
            "accountName": "Customer Co",
            "displayName": "Owner",
            "email": "owner@customer.test",
            "externalId": "cust-7",
            "id": "e0000000-0000-4000-8000-000000000001",
            "tags": [
              "pro",
            ],
          },
          "environment": "production",
          "grantId": "60000000-0000-4000-8000-000000000003",
          "lastFailureReason": null,
          "lastRefreshOkAt": null,
          "live": 1,
          "stale": 0,
          "status": "active",
        },
      ]
    `);
  });
});

describe("staleness facts", () => {
  it("loads the facts of the connections a condition selects", async () => {
    const { loadFacts } = await import("@/lib/staleness/facts");
    expect(await loadFacts(getDb(), sql`c.tenant_id = ${CAFE}`)).toMatchInlineSnapshot(`
      [
        {
          "app": {
            "plan": "legacy-uncertified",
          },
          "appId": "a0000000-0000-4000-8000-000000000001",
          "authEventId": "ev",
          "disconnectedBy": null,
          "grant": {
            "authEventIds": [
              "ev-01",
            ],
            "email": "ben@example.com",
            "lastObservedAt": null,
            "name": "Ben",
            "refreshObtainedAt": 2026-03-02T00:00:00.000Z,
            "source": "dashboard",
            "status": "active",
          },
          "grantId": "60000000-0000-4000-8000-000000000001",
          "id": "c0000000-0000-4000-8000-000000000005",
          "lastForbiddenAt": null,
          "lastOkCallAt": null,
          "lastSeenAt": 2026-03-06T00:00:00.000Z,
          "status": "active",
          "storedReasons": [],
          "tenantId": "70000000-0000-4000-8000-000000000002",
          "tenantName": "Kowhai Cafe",
          "xeroUpdatedAt": 2026-03-01T00:00:00.000Z,
        },
        {
          "app": {
            "plan": "core",
          },
          "appId": "a0000000-0000-4000-8000-000000000002",
          "authEventId": "ev",
          "disconnectedBy": null,
          "grant": {
            "authEventIds": [
              "ev-02",
            ],
            "email": "ben@example.com",
            "lastObservedAt": null,
            "name": "Ben",
            "refreshObtainedAt": 2026-03-02T00:00:00.000Z,
            "source": "dashboard",
            "status": "needs_reauth",
          },
          "grantId": "60000000-0000-4000-8000-000000000002",
          "id": "c0000000-0000-4000-8000-000000000006",
          "lastForbiddenAt": null,
          "lastOkCallAt": null,
          "lastSeenAt": 2026-03-07T00:00:00.000Z,
          "status": "disconnected",
          "storedReasons": [],
          "tenantId": "70000000-0000-4000-8000-000000000002",
          "tenantName": "Kowhai Cafe (old name)",
          "xeroUpdatedAt": 2026-03-01T00:00:00.000Z,
        },
      ]
    `);
  });
});

import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { prepareSandbox } from "@/lib/xero-sandbox/prepare";
import { seededUuid } from "@/lib/xero-sandbox/ids";
import { seedFilePath, seedSandbox } from "@/lib/xero-sandbox/seed";
import { FULL_ORG, orgId, userId } from "@/lib/xero-sandbox/seed-data";
import { ORG_CAP_MESSAGE } from "@/lib/xero-sandbox/plans";
import { appPairs, connectedAppsOf } from "@/lib/xero-sandbox/store/connections";
import { getAppByClientId, listApps } from "@/lib/xero-sandbox/store/apps";
import { listOrganisations, listXeroUsers } from "@/lib/xero-sandbox/store/directory";
import { pickerOptions } from "@/lib/xero-sandbox/engine/consent";
import { submitConsent } from "@/lib/xero-sandbox/testing/consent-flow";
import { BASE, call, makeApp, REDIRECT } from "@/lib/xero-sandbox/testing/harness";

beforeAll(async () => {
  await prepareSandbox();
});

const byName = (name: string) => listApps().find((a) => a.name === name)!;

describe("the seed", () => {
  it("is deterministic and idempotent", () => {
    expect(seedSandbox()).toBe(false);
    expect(listXeroUsers().length).toBeGreaterThanOrEqual(4);
    const orgs = listOrganisations();
    expect(orgs).toHaveLength(40);
    expect(orgs.filter((o) => o.isDemo).map((o) => o.name)).toEqual(["Demo Company (Global)"]);
    expect(orgs.filter((o) => o.type === "PRACTICE")).toHaveLength(1);
    expect(byName("Acme Ledger Sync (prod)").id).toBe(seededUuid("app/ledger-prod"));
    expect(orgId(0)).toBe(seededUuid("org/0"));
  });

  it("replays the forum stories", () => {
    const legacy = appPairs(byName("Acme Ledger Sync (prod)").id);
    expect(legacy).toHaveLength(24);
    const perUser = [userId("ben"), userId("ana"), userId("chen")].map((u) => legacy.filter((p) => p.userId === u).length);
    expect(perUser).toEqual([13, 7, 4]);
    const starter = appPairs(byName("Acme Ledger Sync (dev)").id);
    expect(starter.filter((p) => !p.isDemo)).toHaveLength(4);
    const seed = JSON.parse(fs.readFileSync(seedFilePath(), "utf8")) as { apps: { clientId: string; clientSecret: string; redirectUris: string[] }[] };
    expect(seed.apps.every((a) => /^[0-9A-F]{32}$/.test(a.clientId) && a.clientSecret.length === 48)).toBe(true);
    expect(seed.apps[0]!.redirectUris).toEqual(["http://localhost:3000/api/xero/callback", "http://127.0.0.1:3000/api/xero/callback"]);
  });

  it("shows the app once per authorising user in an organisation's Connected apps", () => {
    const names = connectedAppsOf(orgId(FULL_ORG)).map((c) => c.appName);
    expect(names).toEqual(["Acme Ledger Sync (prod)", "Acme Ledger Sync (staging)"]);
  });
});

describe("caps during consent", () => {
  it("greys out an organisation that already has two uncertified apps", async () => {
    const starter = byName("Acme Ledger Sync (dev)");
    const full = pickerOptions(starter, userId("ben")).find((o) => o.org.id === orgId(FULL_ORG))!;
    expect(full.disabledReason).toBe(ORG_CAP_MESSAGE);
    const certified = makeApp({ plan: "starter", certified: true });
    expect(pickerOptions(certified.app, userId("ben")).find((o) => o.org.id === orgId(FULL_ORG))!.disabledReason).toBeNull();
    const res = await submitConsent({
      baseUrl: BASE,
      clientId: makeApp({ plan: "starter" }).app.clientId,
      redirectUri: REDIRECT,
      email: "ben.hogan@example.com",
      tenantIds: [orgId(FULL_ORG)],
      fetch: call,
    });
    expect(res.status).toBe(400);
  });

  it("shows the limit screen instead of redirecting when a consent passes the app cap", async () => {
    const { app } = makeApp({ plan: "starter" });
    const six = [3, 4, 5, 6, 7, 8].map(orgId);
    const res = await submitConsent({ baseUrl: BASE, clientId: app.clientId, redirectUri: REDIRECT, email: "ben.hogan@example.com", tenantIds: six, fetch: call });
    expect(res.status).toBe(303);
    const location = res.headers.get("location")!;
    expect(location).toBe(`${BASE}/login/connectionLimit?${new URLSearchParams({ client_id: app.clientId, redirect_uri: REDIRECT, state: "state-123" })}`);
    const page = await (await call(location)).text();
    expect(page).toContain(`Sorry! ${app.name} has reached their Xero connection limit`);
    expect(appPairs(app.id)).toHaveLength(0);
  });

  it("links the limit screen back to the app's redirect URI with access_denied and the screen's words", async () => {
    const { app } = makeApp({ plan: "starter" });
    const res = await submitConsent({ baseUrl: BASE, clientId: app.clientId, redirectUri: REDIRECT, email: "ben.hogan@example.com", tenantIds: [3, 4, 5, 6, 7, 8].map(orgId), fetch: call });
    const page = await (await call(res.headers.get("location")!)).text();
    const href = /<a href="([^"]+)">Return to /.exec(page)?.[1]?.replace(/&amp;/g, "&");
    const back = new URL(href!);
    expect(`${back.origin}${back.pathname}`).toBe(REDIRECT);
    expect(Object.fromEntries(back.searchParams)).toEqual({
      error: "access_denied",
      error_description: `Sorry! ${app.name} has reached their Xero connection limit, please let them know so they can connect more Xero organisations`,
      state: "state-123",
    });
    // A redirect URI the app never registered gets no link: the screen is no open redirect.
    const forged = await (await call(`${BASE}/login/connectionLimit?${new URLSearchParams({ client_id: app.clientId, redirect_uri: "https://evil.example/cb" })}`)).text();
    expect(forged).not.toContain("Return to");
  });

  it("uses the legacy wording for the seeded app at 24 of 25", async () => {
    const legacy = byName("Acme Ledger Sync (prod)");
    const base = { baseUrl: BASE, clientId: legacy.clientId, redirectUri: "http://localhost:3000/api/xero/callback", email: "tom.walker@example.com", fetch: call };
    const res = await submitConsent({ ...base, tenantIds: [orgId(36), orgId(37)] });
    const page = await (await call(res.headers.get("location")!)).text();
    expect(page).toContain("Acme Ledger Sync (prod) needs to complete certification before they can connect to more Xero organisations");
    // One more still fits; the demo company never counts.
    expect((await submitConsent({ ...base, tenantIds: [orgId(36), orgId(0)] })).headers.get("location")).toMatch(/api\/xero\/callback\?code=/);
    expect(appPairs(legacy.id).filter((p) => !p.isDemo)).toHaveLength(25);
    expect(getAppByClientId(legacy.clientId)!.plan).toBe("legacy-uncertified");
  });
});

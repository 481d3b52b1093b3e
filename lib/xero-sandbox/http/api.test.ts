import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { decodeJwt } from "jose";
import { advanceClock } from "@/lib/clock";
import { prepareSandbox } from "@/lib/xero-sandbox/prepare";
import { orgId, ORGANISATION_NAMES } from "@/lib/xero-sandbox/seed-data";
import { resetRateLimits } from "@/lib/xero-sandbox/engine/limiter";
import { queueFault } from "@/lib/xero-sandbox/store/faults";
import { BASE, call, connect, getConnections, makeApp, postToken, REDIRECT } from "@/lib/xero-sandbox/testing/harness";
import { consentForCode } from "@/lib/xero-sandbox/testing/consent-flow";

beforeAll(async () => {
  await prepareSandbox();
});
beforeEach(() => resetRateLimits());

const bearer = (t: string, tenant?: string) => ({ headers: { Authorization: `Bearer ${t}`, ...(tenant ? { "xero-tenant-id": tenant } : {}) } });
const organisation = (t: string, tenant?: string) => call("/api/api.xro/2.0/Organisation", bearer(t, tenant));

/** A consent by a fresh user of the app with exactly `scope`; returns the access token. */
async function connectWithScope(app: { clientId: string }, secret: string, scope: string, tenant: string): Promise<string> {
  const email = "priya.patel@example.com";
  const { code } = await consentForCode({ baseUrl: BASE, clientId: app.clientId, redirectUri: REDIRECT, email, tenantIds: [tenant], scope, fetch: call });
  const res = await postToken({ grant_type: "authorization_code", code, redirect_uri: REDIRECT }, { id: app.clientId, secret });
  return String(res.body.access_token);
}

describe("GET /connections", () => {
  it("lists only the calling user's connections, filters by authEventId, matches the path case-insensitively", async () => {
    const { app, clientSecret } = makeApp();
    const ben = await connect(app, clientSecret!, "ben.hogan@example.com", [orgId(7), orgId(8)]);
    const ana = await connect(app, clientSecret!, "ana.silva@example.com", [orgId(18)]);
    expect((await getConnections(ben.access_token)).body!.map((c) => c.tenantId).sort()).toEqual([orgId(7), orgId(8)].sort());
    expect((await getConnections(ana.access_token)).body!.map((c) => c.tenantId)).toEqual([orgId(18)]);
    const res = await call("/api/Connections", bearer(ana.access_token));
    expect(res.status).toBe(200);
    expect(((await res.json()) as unknown[]).length).toBe(1);
    expect((await getConnections(ben.access_token, "?authEventId=00000000-0000-0000-0000-000000000000")).body).toEqual([]);
  });

  it("re-consent keeps id and createdDateUtc, updates updatedDateUtc and moves to the new auth event", async () => {
    const { app, clientSecret } = makeApp();
    const first = await connect(app, clientSecret!, "ben.hogan@example.com", [orgId(9)]);
    const [before] = (await getConnections(first.access_token)).body!;
    advanceClock(60_000);
    const second = await connect(app, clientSecret!, "ben.hogan@example.com", [orgId(9), orgId(10)]);
    const event = String(decodeJwt(second.access_token).authentication_event_id);
    const picked = (await getConnections(second.access_token, `?authEventId=${event}`)).body!;
    expect(picked.map((c) => c.tenantId).sort()).toEqual([orgId(9), orgId(10)].sort());
    const after = picked.find((c) => c.tenantId === orgId(9))!;
    expect(after.id).toBe(before!.id);
    expect(after.createdDateUtc).toBe(before!.createdDateUtc);
    expect(String(after.updatedDateUtc) > String(before!.updatedDateUtc)).toBe(true);
    expect(after.authEventId).toBe(event);
  });

  it("rejects missing and expired tokens with Xero's problem details", async () => {
    expect((await call("/api/connections")).status).toBe(401);
    const { app, clientSecret } = makeApp();
    const t = await connect(app, clientSecret!, "tom.walker@example.com", [orgId(4)]);
    advanceClock(31 * 60_000);
    const res = await call("/api/connections", bearer(t.access_token));
    expect(res.status).toBe(401);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ Type: null, Title: "Unauthorized", Status: 401, Extensions: {} });
    expect(String(body.Detail)).toMatch(/^TokenExpired: token expired at \d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d$/);
  });
});

describe("DELETE /connections/{id}", () => {
  it("answers 204, then 404; 403 for a tenant id", async () => {
    const { app, clientSecret } = makeApp();
    const t = await connect(app, clientSecret!, "ben.hogan@example.com", [orgId(14), orgId(15)]);
    const [c1, c2] = (await getConnections(t.access_token)).body!;
    const del = (id: string) => call(`/api/connections/${id}`, { method: "DELETE", ...bearer(t.access_token) });
    expect((await del(c2!.tenantId!)).status).toBe(403);
    expect((await del(c1!.id!)).status).toBe(204);
    expect((await del(c1!.id!)).status).toBe(404);
    expect((await del("7cb59f93-2964-421d-bb5e-a0f7a4572a44")).status).toBe(404);
    expect((await getConnections(t.access_token)).body!.map((c) => c.id)).toEqual([c2!.id]);
  });
});

describe("GET /api.xro/2.0/Organisation", () => {
  it("returns the organisation, then 403 AuthenticationUnsuccessful once disconnected", async () => {
    const { app, clientSecret } = makeApp();
    const t = await connect(app, clientSecret!, "chen.wei@example.com", [orgId(33)]);
    const ok = await organisation(t.access_token, orgId(33));
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { Organisations: { OrganisationID: string; Name: string }[] };
    expect(body.Organisations[0]).toMatchObject({ OrganisationID: orgId(33), Name: ORGANISATION_NAMES[33] });
    expect(ok.headers.get("x-minlimit-remaining")).toBe("59");
    expect(ok.headers.get("x-daylimit-remaining")).toBe("4999");
    expect(ok.headers.get("x-appminlimit-remaining")).toBeTruthy();
    expect((await organisation(t.access_token)).status).toBe(403);
    const [c] = (await getConnections(t.access_token)).body!;
    await call(`/api/connections/${c!.id}`, { method: "DELETE", ...bearer(t.access_token) });
    const gone = await organisation(t.access_token, orgId(33));
    expect(gone.status).toBe(403);
    expect(await gone.json()).toMatchObject({ Type: null, Title: "Forbidden", Status: 403, Detail: "AuthenticationUnsuccessful", Extensions: {} });
  });

  it("answers 401 AuthorizationUnsuccessful to a token without accounting.settings(.read)", async () => {
    const { app, clientSecret } = makeApp();
    const scoped = (scope: string) => connectWithScope(app, clientSecret!, scope, orgId(34));
    const contactsOnly = await scoped("openid profile email accounting.contacts offline_access");
    const denied = await organisation(contactsOnly, orgId(34));
    expect(denied.status).toBe(401);
    expect(await denied.json()).toMatchObject({ Type: null, Title: "Unauthorized", Status: 401, Detail: "AuthorizationUnsuccessful", Extensions: {} });
    // The scope is checked before the tenant: no tenant header still gives 401, not 403.
    expect((await organisation(contactsOnly)).status).toBe(401);
    expect((await organisation(await scoped("openid accounting.settings.read"), orgId(34))).status).toBe(200);
  });

  it("enforces 60 calls per minute per tenant with Retry-After and X-Rate-Limit-Problem", async () => {
    const { app, clientSecret } = makeApp();
    const t = await connect(app, clientSecret!, "ben.hogan@example.com", [orgId(20)]);
    for (let i = 0; i < 60; i++) expect((await organisation(t.access_token, orgId(20))).status).toBe(200);
    const limited = await organisation(t.access_token, orgId(20));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("x-rate-limit-problem")).toBe("minute");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.headers.get("x-minlimit-remaining")).toBe("0");
    advanceClock(61_000);
    expect((await organisation(t.access_token, orgId(20))).status).toBe(200);
  });

  it("gives starter apps 1,000 calls a day", async () => {
    const { app, clientSecret } = makeApp({ plan: "starter" });
    const t = await connect(app, clientSecret!, "ben.hogan@example.com", [orgId(21)]);
    const res = await organisation(t.access_token, orgId(21));
    expect(res.headers.get("x-daylimit-remaining")).toBe("999");
  });
});

describe("queued faults", () => {
  it("500, 429 and invalid_grant each hit the next matching call once", async () => {
    const { app, clientSecret } = makeApp();
    const t = await connect(app, clientSecret!, "ben.hogan@example.com", [orgId(22)]);
    queueFault({ kind: "http-500", target: "connections", clientId: app.clientId });
    expect((await getConnections(t.access_token)).response.status).toBe(500);
    expect((await getConnections(t.access_token)).response.status).toBe(200);
    queueFault({ kind: "rate-day", target: "organisation" });
    const limited = await organisation(t.access_token, orgId(22));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("x-rate-limit-problem")).toBe("day");
    queueFault({ kind: "invalid-grant", target: "token", clientId: app.clientId });
    const auth = { id: app.clientId, secret: clientSecret! };
    expect((await postToken({ grant_type: "refresh_token", refresh_token: t.refresh_token }, auth)).body).toEqual({ error: "invalid_grant" });
    expect((await postToken({ grant_type: "refresh_token", refresh_token: t.refresh_token }, auth)).status).toBe(200);
  });

  it("delete-ignored: only a DELETE takes it; that DELETE answers 204 and the connection stays listed", async () => {
    const { app, clientSecret } = makeApp();
    const t = await connect(app, clientSecret!, "ben.hogan@example.com", [orgId(24)]);
    queueFault({ kind: "delete-ignored", target: "connections", clientId: app.clientId });
    const [c] = (await getConnections(t.access_token)).body!;
    const del = () => call(`/api/connections/${c!.id}`, { method: "DELETE", ...bearer(t.access_token) });
    expect((await del()).status).toBe(204);
    expect((await getConnections(t.access_token)).body!.map((x) => x.id)).toEqual([c!.id]);
    expect((await del()).status).toBe(204);
    expect((await getConnections(t.access_token)).body).toEqual([]);
  });

  it("a delay fault holds the call, then answers normally", async () => {
    const { app, clientSecret } = makeApp();
    const t = await connect(app, clientSecret!, "ben.hogan@example.com", [orgId(23)]);
    queueFault({ kind: "delay", target: "connections", delayMs: 300 });
    const started = performance.now();
    expect((await getConnections(t.access_token)).response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });
});

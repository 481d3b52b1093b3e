import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { and, eq, gte } from "drizzle-orm";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { connectSessions, connections, endUsers, grants, oauthStates, webhookDeliveries, webhooks, xeroApps } from "@/db/schema";
import { xeroNow, xeroNowMs } from "@/lib/clock";
import { encrypt } from "@/lib/crypto";
import { resetEnvForTests } from "@/lib/env";
import { sealTokens } from "@/lib/grants/sealed-tokens";
import { callApi, expectDocumented, insertTestApiKey } from "@/lib/testing/api";
import { insertConnection } from "@/lib/testing/fixtures";
import { testSession } from "@/lib/testing/auth-mock";
import { insertTestUser } from "@/lib/testing/users";
import { completeConnect } from "@/lib/connections/connect";
import { consentCallback, startSandbox, type Sandbox } from "@/lib/xero/testing/sandbox-kit";
import { sandboxDb } from "@/lib/xero-sandbox/db";
import { refreshTokens as sandboxRefreshTokens } from "@/lib/xero-sandbox/schema";
import { createSandboxApp } from "@/lib/xero-sandbox/store/apps";
import { organisationsOf } from "@/lib/xero-sandbox/store/directory";
import { POST as createRoute } from "@/app/api/v1/connect-sessions/route";
import { GET as getRoute } from "@/app/api/v1/connect-sessions/[id]/route";
import { POST as vendRoute } from "@/app/api/v1/grants/[id]/access-token/route";
import { POST as startRoute } from "@/app/connect/[token]/start/route";
import { GET as callbackRoute } from "@/app/api/xero/callback/route";
import { customerEvidence, refusedSummary } from "@/lib/diagnosis/customer-evidence";
import { viewSession } from "./flow";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

// Connect sessions end to end against the sandbox over HTTP: the team's backend creates a session, the
// end user (signed out) continues to Xero, consents, and the callback sends them back to returnUrl.

let sb: Sandbox;
let origin: string;
let writeKey: string;
let readKey: string;
let tokensKey: string;
const RETURN = "https://product.example.com/xero/done";

type CreatedSession = { id: string; url: string; status: string; connectionIds: string[]; endUser: { id: string; externalId: string } };

/** Registers a certified app in the sandbox (redirecting to this origin's callback) and in the dashboard. */
async function registerApp(opts: { capOverride?: number; returnUrls?: string[] } = {}) {
  const name = `Session app ${crypto.randomUUID().slice(0, 6)}`;
  const redirectUri = `${origin}/api/xero/callback`;
  const { app, clientSecret } = createSandboxApp({ name, plan: "core", certified: true, redirectUris: [redirectUri] });
  const id = crypto.randomUUID();
  const at = new Date();
  await getDb()
    .insert(xeroApps)
    .values({
      id,
      name,
      environment: "production",
      plan: "core",
      certified: true,
      clientId: app.clientId,
      clientSecretEnc: encrypt(clientSecret!),
      redirectUri,
      scopes: "openid profile email accounting.settings offline_access",
      capOverride: opts.capOverride ?? null,
      allowedReturnUrls: opts.returnUrls ?? [RETURN],
      createdAt: at,
      updatedAt: at,
    });
  return { id, name };
}

async function createSession(body: Record<string, unknown>) {
  const res = await callApi(createRoute, { path: "/connect-sessions", method: "POST", key: writeKey, body });
  return { res, body: (await expectDocumented("POST", "/connect-sessions", res)) as CreatedSession & { error: { code: string; details?: { fields?: Record<string, string[]> } } } };
}

const tokenOf = (url: string) => new URL(url).pathname.split("/").pop()!;
const start = (token: string) => startRoute(new Request(`${origin}/connect/${token}/start`, { method: "POST", headers: { origin } }), { params: Promise.resolve({ token }) });

/** Continue to Xero, sign in as `email`, allow `tenantIds`, and follow the callback: returns where the end user lands. */
async function consentThrough(session: CreatedSession, email: string, tenantIds: string[]): Promise<URL> {
  const started = await start(tokenOf(session.url));
  expect(started.status).toBe(303);
  const query = await consentCallback({ authorizeUrl: started.headers.get("location")!, email, password: sb.seed.xeroUserPassword, tenantIds });
  const back = await callbackRoute(new NextRequest(`${origin}/api/xero/callback?${query}`));
  expect(back.status).toBe(303);
  return new URL(back.headers.get("location")!);
}

/** Organisations of a seeded Xero user that no other test in this file picks. */
const used = new Set<string>();
function freeOrgs(email: string, n: number): string[] {
  const orgs = organisationsOf(sb.user(email).xeroUserId)
    .map((o) => o.id)
    .filter((id) => !used.has(id))
    .slice(0, n);
  orgs.forEach((id) => used.add(id));
  expect(orgs).toHaveLength(n);
  return orgs;
}

beforeAll(async () => {
  sb = await startSandbox();
  origin = new URL(sb.endpoints.identityBase).origin;
  process.env.APP_URL = origin;
  resetEnvForTests();
  await migrateConfiguredDatabase();
  writeKey = (await insertTestApiKey(["write"])).secret;
  readKey = (await insertTestApiKey(["read"])).secret;
  tokensKey = (await insertTestApiKey(["tokens"])).secret;
});
afterAll(() => sb?.close());

describe("creating a connect session", () => {
  it("returns a single-use URL for 30 minutes and upserts the end user by their id", async () => {
    const app = await registerApp();
    const endUser = { id: "cust-1", email: "Jane@Acme.test", displayName: "Jane Doe", account: { id: "acct-9", name: "Acme Pty" }, tags: ["pro", "au"] };
    const { res, body } = await createSession({ appId: app.id, endUser, returnUrl: `${RETURN}?tab=xero` });
    expect(res.status).toBe(201);
    expect(body).toMatchObject({
      appId: app.id,
      status: "pending",
      error: null,
      connectionIds: [],
      endUser: { externalId: "cust-1", email: "jane@acme.test", account: { id: "acct-9", name: "Acme Pty" }, tags: ["pro", "au"] },
    });
    expect(body.url).toMatch(new RegExp(`^${origin}/connect/[\\w-]{43}$`));
    const stored = (await getDb().select().from(connectSessions).where(eq(connectSessions.id, body.id)).limit(1))[0]!;
    expect(stored.tokenHash).not.toContain(tokenOf(body.url));
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(30 * 60_000);

    const again = await createSession({ appId: app.id, endUser: { id: "cust-1", displayName: "Jane D." }, returnUrl: RETURN });
    expect(again.body.endUser).toMatchObject({ id: body.endUser.id, displayName: "Jane D.", email: "jane@acme.test" });
    expect(await getDb().select().from(endUsers).where(eq(endUsers.externalId, "cust-1"))).toHaveLength(1);

    const read = await callApi(getRoute, { path: `/connect-sessions/${body.id}`, key: readKey, params: { id: body.id } });
    expect(read.status).toBe(200);
    expect(await expectDocumented("GET", `/connect-sessions/${body.id}`, read)).toMatchObject({ id: body.id, status: "pending" });
  });

  it("refuses a return URL outside the app's allowed ones with a field error, and an unknown app with 404", async () => {
    const app = await registerApp();
    for (const returnUrl of ["https://evil.example.com/xero/done", "https://product.example.com/xero/donex", "https://product.example.com.evil.test/xero/done"]) {
      const { res, body } = await createSession({ appId: app.id, endUser: { id: "cust-2" }, returnUrl });
      expect(res.status, returnUrl).toBe(400);
      expect(body.error.details?.fields?.returnUrl?.[0]).toMatch(/allowed return URLs/);
    }
    const unknown = await createSession({ appId: crypto.randomUUID(), endUser: { id: "cust-2" }, returnUrl: RETURN });
    expect(unknown.res.status).toBe(404);
    const missing = await callApi(getRoute, { path: `/connect-sessions/${crypto.randomUUID()}`, key: readKey, params: { id: crypto.randomUUID() } });
    expect(missing.status).toBe(404);
  });
});

describe("the end user's journey", () => {
  it("consents as a Xero user and lands on returnUrl with the session, status and connection ids; grant and connections name the customer", async () => {
    const app = await registerApp();
    const { body: session } = await createSession({ appId: app.id, endUser: { id: "cust-3", displayName: "Sam Lee", account: { id: "acct-3", name: "Lee Bakery" } }, returnUrl: `${RETURN}?tab=xero` });
    const orgs = freeOrgs("tom.", 2);
    const landed = await consentThrough(session, sb.user("tom.").email, orgs);
    expect(`${landed.origin}${landed.pathname}`).toBe(RETURN);
    expect(Object.fromEntries(landed.searchParams)).toMatchObject({ tab: "xero", session: session.id, status: "completed" });
    const connectionIds = landed.searchParams.get("connections")!.split(",");
    expect(connectionIds).toHaveLength(2);

    const read = await callApi(getRoute, { path: `/connect-sessions/${session.id}`, key: readKey, params: { id: session.id } });
    expect(await expectDocumented("GET", `/connect-sessions/${session.id}`, read)).toMatchObject({ status: "completed", connectionIds });
    const grant = (
      await getDb()
        .select()
        .from(grants)
        .where(and(eq(grants.appId, app.id), eq(grants.xeroUserId, sb.user("tom.").xeroUserId)))
        .limit(1)
    )[0]!;
    expect(grant).toMatchObject({ source: "connect_session", endUserId: session.endUser.id, status: "active" });
    const rows = await getDb().select().from(connections).where(eq(connections.grantId, grant.id));
    expect(rows.map((r) => r.id).sort()).toEqual([...connectionIds].sort());
    expect(rows.every((r) => r.endUserId === session.endUser.id)).toBe(true);
    expect((await customerEvidence({ id: app.id, countDemoCompanies: false })).filling).toEqual([expect.objectContaining({ externalId: "cust-3", accountName: "Lee Bakery", count: 2 })]);

    // Single use: the link is spent once the end user continued to Xero.
    expect(await viewSession(tokenOf(session.url))).toMatchObject({ kind: "used" });
    const reused = await start(tokenOf(session.url));
    expect(reused.headers.get("location")).toBe(`${origin}/connect/${tokenOf(session.url)}`);
  });

  it("a cancelled consent sends the end user back with error=access_denied", async () => {
    const app = await registerApp();
    const { body: session } = await createSession({ appId: app.id, endUser: { id: "cust-4" }, returnUrl: RETURN });
    const started = await start(tokenOf(session.url));
    const query = await consentCallback({ authorizeUrl: started.headers.get("location")!, email: sb.user("tom.").email, password: sb.seed.xeroUserPassword, tenantIds: [], decision: "cancel" });
    const back = new URL((await callbackRoute(new NextRequest(`${origin}/api/xero/callback?${query}`))).headers.get("location")!);
    expect(Object.fromEntries(back.searchParams)).toMatchObject({ session: session.id, status: "failed", error: "access_denied" });
  });

  it("refuses a cross-site POST to continue", async () => {
    const app = await registerApp();
    const { body: session } = await createSession({ appId: app.id, endUser: { id: "cust-5" }, returnUrl: RETURN });
    const token = tokenOf(session.url);
    const res = await startRoute(new Request(`${origin}/connect/${token}/start`, { method: "POST", headers: { origin: "https://evil.example.com" } }), { params: Promise.resolve({ token }) });
    expect(res.status).toBe(403);
    expect(await viewSession(token)).toMatchObject({ kind: "ready" });
  });

  it("an expired link shows the expired page with returnUrl?error=expired and reads as expired", async () => {
    const app = await registerApp();
    const { body: session } = await createSession({ appId: app.id, endUser: { id: "cust-6" }, returnUrl: RETURN });
    await getDb()
      .update(connectSessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(connectSessions.id, session.id));
    const page = await viewSession(tokenOf(session.url));
    expect(page).toMatchObject({ kind: "failed", reason: "expired" });
    expect(page.kind === "failed" && new URL(page.returnTo).searchParams.get("error")).toBe("expired");
    const started = await start(tokenOf(session.url));
    expect(started.headers.get("location")).toMatch(/\/connect\/[\w-]+$/);
    const read = await callApi(getRoute, { path: `/connect-sessions/${session.id}`, key: readKey, params: { id: session.id } });
    expect(await expectDocumented("GET", `/connect-sessions/${session.id}`, read)).toMatchObject({ status: "expired", error: "expired" });

    // A customer who went to Xero and never came back: expired once the OAuth state would have.
    const { body: abandoned } = await createSession({ appId: app.id, endUser: { id: "cust-6" }, returnUrl: RETURN });
    await start(tokenOf(abandoned.url));
    await getDb()
      .update(connectSessions)
      .set({ expiresAt: new Date(Date.now() - 11 * 60_000) })
      .where(eq(connectSessions.id, abandoned.id));
    const gone = await callApi(getRoute, { path: `/connect-sessions/${abandoned.id}`, key: readKey, params: { id: abandoned.id } });
    expect(await expectDocumented("GET", `/connect-sessions/${abandoned.id}`, gone)).toMatchObject({ status: "expired" });
  });

  it("an app at its cap fails fast: connection_limit, recorded and sent to the webhook", async () => {
    const webhookId = crypto.randomUUID();
    await getDb()
      .insert(webhooks)
      .values({ id: webhookId, url: "http://127.0.0.1:9/hook", secretEnc: encrypt("s"), events: ["connect_session.failed"], createdAt: new Date() });
    const app = await registerApp({ capOverride: 1 });
    const [filler] = await getDb()
      .insert(grants)
      .values({ id: crypto.randomUUID(), appId: app.id, xeroUserId: crypto.randomUUID(), email: "x@y.test", name: "X", createdAt: new Date(), updatedAt: new Date() })
      .returning();
    await insertConnection(app.id, filler!.id, "Filler Ltd");
    const { body: session } = await createSession({ appId: app.id, endUser: { id: "cust-7", displayName: "Kim" }, returnUrl: RETURN });
    const page = await viewSession(tokenOf(session.url));
    expect(page).toMatchObject({ kind: "failed", reason: "connection_limit", appName: app.name });
    expect(page.kind === "failed" && Object.fromEntries(new URL(page.returnTo).searchParams)).toMatchObject({ session: session.id, status: "failed", error: "connection_limit" });
    expect((await start(tokenOf(session.url))).headers.get("location")).not.toMatch(/sandbox/);
    const delivery = await getDb().select().from(webhookDeliveries).where(eq(webhookDeliveries.webhookId, webhookId));
    expect(delivery).toHaveLength(1);
    expect(delivery[0]!.payload).toMatchObject({ reason: "connection_limit", cap: 1, used: 1, app: { id: app.id }, endUser: { externalId: "cust-7" } });
    // Opening the page again records nothing twice; Diagnose names the attempt and the customer.
    await viewSession(tokenOf(session.url));
    const evidence = await customerEvidence({ id: app.id, countDemoCompanies: false });
    expect(evidence.refused).toMatchObject({ total: 1, byCustomer: [{ externalId: "cust-7", displayName: "Kim", count: 1 }] });
    expect(refusedSummary(evidence)).toBe("1 connect attempt refused at the cap in the last 7 days, by this customer:");
  });
});

describe("the shared callback", () => {
  it("never lets a dashboard state and a session state stand in for each other", async () => {
    const app = await registerApp();
    const { body: session } = await createSession({ appId: app.id, endUser: { id: "cust-11" }, returnUrl: RETURN });
    const sessionState = new URL((await start(tokenOf(session.url))).headers.get("location")!).searchParams.get("state")!;
    // A signed-in developer's Connect cannot complete with the customer's state.
    testSession.userId = (await insertTestUser("developer")).id;
    try {
      expect(await completeConnect(new URLSearchParams({ state: sessionState, code: "x" }))).toMatchObject({ ok: false, code: "state" });
    } finally {
      testSession.userId = null;
    }
    // A dashboard state stays behind the dashboard's sign-in, even signed out and whatever the query says.
    const at = xeroNow();
    await getDb()
      .insert(oauthStates)
      .values({ state: "dashboard-state", appId: app.id, userId: (await insertTestUser("developer")).id, codeVerifierEnc: encrypt(""), createdAt: at, expiresAt: new Date(at.getTime() + 600_000) });
    const res = await callbackRoute(new NextRequest(`${origin}/api/xero/callback?state=dashboard-state&code=x`));
    expect(res.headers.get("location")).toMatch(/\/sign-in\?callbackUrl=/);
  });
});

describe("reconnect", () => {
  it("repairs the same grant in place when the same Xero user re-authorises", async () => {
    const app = await registerApp();
    const { body: first } = await createSession({ appId: app.id, endUser: { id: "cust-8" }, returnUrl: RETURN });
    await consentThrough(first, sb.user("tom.").email, freeOrgs("tom.", 1));
    const grant = (await getDb().select().from(grants).where(eq(grants.appId, app.id)).limit(1))[0]!;
    await getDb().update(grants).set({ status: "needs_reauth", lastFailureReason: "invalid_grant" }).where(eq(grants.id, grant.id));

    const { body: again } = await createSession({ appId: app.id, endUser: { id: "cust-8" }, returnUrl: RETURN, reconnectGrantId: grant.id });
    expect(again.status).toBe("pending");
    expect(await viewSession(tokenOf(again.url))).toMatchObject({ kind: "ready", reconnect: true });
    const landed = await consentThrough(again, sb.user("tom.").email, freeOrgs("tom.", 1));
    expect(landed.searchParams.get("status")).toBe("completed");
    const after = await getDb().select().from(grants).where(eq(grants.appId, app.id));
    expect(after.map((g) => g.id)).toEqual([grant.id]);
    expect(after[0]).toMatchObject({ status: "active", lastFailureReason: null, createdAt: grant.createdAt });

    const other = await createSession({ appId: app.id, endUser: { id: "someone-else" }, returnUrl: RETURN, reconnectGrantId: grant.id });
    expect(other.res.status).toBe(409);
  });
});

describe("token vending", () => {
  async function connectedGrant(customer: string) {
    const app = await registerApp();
    const { body } = await createSession({ appId: app.id, endUser: { id: customer }, returnUrl: RETURN });
    await consentThrough(body, sb.user("tom.").email, freeOrgs("tom.", 1));
    return (await getDb().select().from(grants).where(eq(grants.appId, app.id)).limit(1))[0]!;
  }
  const vend = (grantId: string, key = tokensKey) => callApi(vendRoute, { path: `/grants/${grantId}/access-token`, method: "POST", key, params: { id: grantId } });

  it("50 parallel calls for a grant near expiry make exactly one refresh at the sandbox and share its token", async () => {
    const grant = await connectedGrant("cust-9");
    await getDb()
      .update(grants)
      .set({ accessExpiresAt: new Date(xeroNowMs() + 30_000) })
      .where(eq(grants.id, grant.id));
    const since = xeroNowMs();
    const responses = await Promise.all(Array.from({ length: 50 }, () => vend(grant.id)));
    const bodies = (await Promise.all(responses.map((r) => expectDocumented("POST", `/grants/${grant.id}/access-token`, r)))) as Array<{ accessToken: string; expiresAt: string; tenantIds: string[] }>;
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(200));
    const issued = sandboxDb().select().from(sandboxRefreshTokens).where(gte(sandboxRefreshTokens.issuedAt, since)).all();
    expect(issued).toHaveLength(1);
    expect(new Set(bodies.map((b) => b.accessToken)).size).toBe(1);
    expect(new Date(bodies[0]!.expiresAt).getTime()).toBeGreaterThan(xeroNow().getTime() + 25 * 60_000);
    expect(bodies[0]!.tenantIds).toHaveLength(1);
  });

  it("a dead grant answers 409 needs_reauth with a reconnect URL for the same customer", async () => {
    const grant = await connectedGrant("cust-10");
    const webhookId = crypto.randomUUID();
    await getDb()
      .insert(webhooks)
      .values({ id: webhookId, url: "http://127.0.0.1:9/hook", secretEnc: encrypt("s"), events: ["grant.needs_reauth"], createdAt: new Date() });
    await getDb()
      .update(grants)
      .set({ accessExpiresAt: new Date(0), tokenSetEnc: sealTokens({ accessToken: "", refreshToken: "revoked-refresh-token", expiresAt: new Date(0), scope: [] }) })
      .where(eq(grants.id, grant.id));
    const res = await vend(grant.id);
    expect(res.status).toBe(409);
    const body = (await expectDocumented("POST", `/grants/${grant.id}/access-token`, res)) as { error: { code: string; details: { reconnectUrl: string; reconnectSessionId: string } } };
    expect(body.error.code).toBe("needs_reauth");
    expect(body.error.details.reconnectUrl).toMatch(new RegExp(`^${origin}/connect/`));
    const session = (await getDb().select().from(connectSessions).where(eq(connectSessions.id, body.error.details.reconnectSessionId)).limit(1))[0]!;
    expect(session).toMatchObject({ reconnectGrantId: grant.id, endUserId: grant.endUserId, returnUrl: RETURN });
    expect((await getDb().select({ status: grants.status }).from(grants).where(eq(grants.id, grant.id)).limit(1))[0]!.status).toBe("needs_reauth");
    // The grant.needs_reauth webhook carries its own reconnect link for the same customer.
    const alert = (await getDb().select().from(webhookDeliveries).where(eq(webhookDeliveries.webhookId, webhookId)).limit(1))[0]!;
    expect(alert.payload).toMatchObject({ grant: { id: grant.id }, endUser: { externalId: "cust-10" }, reconnectUrl: expect.stringMatching(new RegExp(`^${origin}/connect/`)) });
  });

  it("observed grants hold no token (409 no_token_held); a grant without a customer says it has no reconnect link", async () => {
    const app = await registerApp();
    const at = new Date();
    const [observed] = await getDb()
      .insert(grants)
      .values({ id: crypto.randomUUID(), appId: app.id, xeroUserId: crypto.randomUUID(), email: "o@x.test", name: "O", source: "observed", createdAt: at, updatedAt: at })
      .returning();
    const res = await vend(observed!.id);
    expect(res.status).toBe(409);
    expect(await expectDocumented("POST", `/grants/${observed!.id}/access-token`, res)).toMatchObject({ error: { code: "no_token_held" } });
    const [dead] = await getDb()
      .insert(grants)
      .values({
        id: crypto.randomUUID(),
        appId: app.id,
        xeroUserId: crypto.randomUUID(),
        email: "d@x.test",
        name: "D",
        status: "needs_reauth",
        tokenSetEnc: sealTokens({ accessToken: "", refreshToken: "r", expiresAt: new Date(0), scope: [] }),
        createdAt: at,
        updatedAt: at,
      })
      .returning();
    const deadRes = await vend(dead!.id);
    expect(await expectDocumented("POST", `/grants/${dead!.id}/access-token`, deadRes)).toMatchObject({
      error: { code: "needs_reauth", message: expect.stringMatching(/no end user/), details: { reconnectUrl: null } },
    });
    const wrongScope = await vend(dead!.id, readKey);
    expect(wrongScope.status).toBe(403);
  });
});

import { beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { connections } from "@/db/schema";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { callApi, expectDocumented, insertTestApiKey } from "@/lib/testing/api";
import { attributeToEndUser, insertApp, insertConnection, insertEndUser, insertGrant } from "@/lib/testing/fixtures";
import * as diagnoseRoute from "@/app/api/v1/diagnose/route";
import * as disconnectRoute from "@/app/api/v1/connections/disconnect/route";
import * as syncRoute from "@/app/api/v1/sync/route";
import * as syncRunRoute from "@/app/api/v1/sync-runs/[id]/route";
import { apiEndpoints } from "@/lib/api/endpoints";
import { buildOpenApiDocument } from "@/lib/api/openapi";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

// Diagnose, disconnect (dry run and real) and sync over the API; every answer checked against the document.

const NO_ID = "00000000-0000-4000-8000-000000000000";
let read: string;
let write: string;
let devWrite: string;
let prodApp: string;
let devApp: string;
const conn: string[] = [];
let devConn: string;
let syncApp: string;

beforeAll(async () => {
  await migrateConfiguredDatabase();
  read = (await insertTestApiKey(["read"])).secret;
  write = (await insertTestApiKey(["write"])).secret;
  devWrite = (await insertTestApiKey(["write", "read"], "development")).secret;
  prodApp = await insertApp({ name: "Ops Ledger (prod)", environment: "production", plan: "starter" });
  devApp = await insertApp({ name: "Ops Ledger (dev)", environment: "development" });
  const maya = await insertEndUser("ops-maya", { displayName: "Maya Ops", accountId: "acct-ops", accountName: "Ops Co", tags: ["pro"] });
  const grant = await insertGrant(prodApp, "Maya");
  for (const name of ["Ops One", "Ops Two", "Ops Three", "Ops Four"]) conn.push((await insertConnection(prodApp, grant, name)).id);
  await attributeToEndUser(maya, grant);
  devConn = (await insertConnection(devApp, await insertGrant(devApp, "Dev"), "Ops Dev Org")).id;
  syncApp = await insertApp({ name: "Ops Sync (prod)", environment: "production" });
  await insertConnection(syncApp, await insertGrant(syncApp, "Sam"), "Ops Sync Org");
});

const post = (handler: typeof diagnoseRoute.POST, path: string, key: string, body: unknown) => callApi(handler, { path, method: "POST", key, body });

describe("POST /diagnose", () => {
  it("classifies Xero's message and shows who fills the cap: the Xero user and the customer", async () => {
    const res = await post(diagnoseRoute.POST, "/diagnose", read, { message: "Ops Ledger (prod) has reached their Xero connection limit" });
    expect(res.status).toBe(200);
    const body = (await expectDocumented("POST", "/diagnose", res)) as {
      classification: { kind: string };
      title: string;
      actions: unknown[];
      app: { id: string; cap: number; count: number; users: Array<{ name: string; endUser: { externalId: string } | null }>; filling: Array<{ endUser: { account: { name: string } } | null }> };
    };
    expect(body.classification.kind).toBe("app_cap");
    expect(body.title).toBe("The app's connection cap");
    expect(body.app).toMatchObject({ id: prodApp, cap: 5, count: 4, users: [{ name: "Maya", endUser: { externalId: "ops-maya" } }] });
    expect(body.app.filling.every((c) => c.endUser?.account.name === "Ops Co")).toBe(true);
    expect(body.actions.length).toBeGreaterThan(0);
  });

  it("a key for another environment gets no evidence from this app", async () => {
    const res = await post(diagnoseRoute.POST, "/diagnose", devWrite, { app: prodApp });
    const body = (await expectDocumented("POST", "/diagnose", res)) as { app: unknown; appNotFound: string | null };
    expect(body.app).toBeNull();
    expect(body.appNotFound).toBe("Ops Ledger (prod)");
  });

  it("looks up an unrecognised message as a name, and leaves out apps of environments the key does not cover", async () => {
    const res = await post(diagnoseRoute.POST, "/diagnose", read, { message: "Ops Co" });
    const body = (await expectDocumented("POST", "/diagnose", res)) as {
      classification: { kind: string };
      nameMatch: { matched: { kind: string; externalId: string } | null };
      customer: { externalId: string; apps: Array<{ appId: string; live: number }> };
    };
    expect(body.classification.kind).toBe("unrecognised");
    expect(body.nameMatch.matched).toMatchObject({ kind: "customer", externalId: "ops-maya" });
    expect(body.customer).toMatchObject({ externalId: "ops-maya", apps: [{ appId: prodApp, live: 4 }] });

    const partial = (await expectDocumented("POST", "/diagnose", await post(diagnoseRoute.POST, "/diagnose", devWrite, { message: "Ops Ledger" }))) as {
      nameMatch: { matched: unknown; suggestions: Array<{ kind: string; name: string }> };
    };
    expect(partial.nameMatch.matched).toBeNull();
    expect(partial.nameMatch.suggestions.filter((c) => c.kind === "app").map((c) => c.name)).toEqual(["Ops Ledger (dev)"]);
  });

  it("refuses an empty body with 400 in the error shape", async () => {
    const res = await post(diagnoseRoute.POST, "/diagnose", read, {});
    expect(res.status).toBe(400);
    expect(await expectDocumented("POST", "/diagnose", res)).toMatchObject({ error: { code: "invalid_request" } });
  });
});

describe("POST /connections/disconnect", () => {
  it("a dry run says what it frees in the page's words and changes nothing", async () => {
    const res = await post(disconnectRoute.POST, "/connections/disconnect", write, { connectionIds: conn.slice(0, 2), dryRun: true });
    expect(res.status).toBe(200);
    const body = (await expectDocumented("POST", "/connections/disconnect", res)) as { dryRun: boolean; plan: { summary: string; total: number }; results: unknown };
    expect(body).toMatchObject({ dryRun: true, results: null, plan: { total: 2, summary: "Disconnect 2 connections: frees 2 of 5 slots on Ops Ledger (prod)" } });
    const statuses = await getDb().select({ status: connections.status }).from(connections).where(eq(connections.id, conn[0]!));
    expect(statuses).toEqual([{ status: "active" }]);
  });

  it("answers 404 naming unknown ids, and ids outside the key's environment, before doing anything", async () => {
    const res = await post(disconnectRoute.POST, "/connections/disconnect", write, { connectionIds: [conn[0], NO_ID], dryRun: true });
    expect(res.status).toBe(404);
    expect(await expectDocumented("POST", "/connections/disconnect", res)).toMatchObject({ error: { code: "not_found", details: { unknownIds: [NO_ID] } } });
    const other = await post(disconnectRoute.POST, "/connections/disconnect", devWrite, { connectionIds: [conn[0], devConn], dryRun: true });
    expect(await expectDocumented("POST", "/connections/disconnect", other)).toMatchObject({ error: { details: { unknownIds: [conn[0]] } } });
  });

  it("a real disconnect answers per connection; a grant without tokens fails and is not disconnected", async () => {
    const res = await post(disconnectRoute.POST, "/connections/disconnect", write, { connectionIds: [conn[3]], reason: "test" });
    expect(res.status).toBe(200);
    const body = (await expectDocumented("POST", "/connections/disconnect", res)) as { dryRun: boolean; results: Array<{ id: string; ok: boolean; message: string }> };
    expect(body.dryRun).toBe(false);
    expect(body.results).toEqual([expect.objectContaining({ id: conn[3], ok: false })]);
    console.log("disconnect failure message:", body.results[0]!.message);
    expect((await getDb().select({ status: connections.status }).from(connections).where(eq(connections.id, conn[3]!)).limit(1))[0]?.status).not.toBe("disconnected");
  });

  it("refuses more than 500 ids and ids that are not uuids", async () => {
    for (const connectionIds of [Array.from({ length: 501 }, () => NO_ID), ["junk"], []]) {
      const res = await post(disconnectRoute.POST, "/connections/disconnect", write, { connectionIds, dryRun: true });
      expect(res.status).toBe(400);
      await expectDocumented("POST", "/connections/disconnect", res);
    }
  });
});

describe("POST /sync and GET /sync-runs/{id}", () => {
  it("starts a sync with a write-only key and reports its progress to a read key", async () => {
    const res = await post(syncRoute.POST, "/sync", write, { appId: syncApp });
    expect(res.status).toBe(202);
    const { runId, total } = (await expectDocumented("POST", "/sync", res)) as { runId: number; total: number };
    expect(total).toBe(1);
    let run: { status: string; done: number; total: number } | undefined;
    for (let i = 0; i < 50; i++) {
      const r = await callApi(syncRunRoute.GET, { path: `/sync-runs/${runId}`, key: read, params: { id: String(runId) } });
      expect(r.status).toBe(200);
      run = (await expectDocumented("GET", `/sync-runs/${runId}`, r)) as typeof run;
      if (run!.status !== "running") break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // The grant holds no tokens: the sync runs to the end and says it failed.
    expect(run).toMatchObject({ status: "failed", done: 1, total: 1 });
  });

  it("keeps keys to their environment: no syncing another environment's app, no reading others' runs", async () => {
    const res = await post(syncRoute.POST, "/sync", devWrite, { appId: prodApp });
    expect(res.status).toBe(404);
    await expectDocumented("POST", "/sync", res);
    // The development key's sync covers the one development grant only.
    const own = (await expectDocumented("POST", "/sync", await post(syncRoute.POST, "/sync", devWrite, {}))) as { runId: number; total: number };
    expect(own.total).toBe(1);
    const all = (await expectDocumented("POST", "/sync", await post(syncRoute.POST, "/sync", write, {}))) as { runId: number };
    const hidden = await callApi(syncRunRoute.GET, { path: `/sync-runs/${all.runId}`, key: devWrite, params: { id: String(all.runId) } });
    expect(hidden.status).toBe(404);
    const visible = await callApi(syncRunRoute.GET, { path: `/sync-runs/${own.runId}`, key: devWrite, params: { id: String(own.runId) } });
    expect(visible.status).toBe(200);
    const missing = await callApi(syncRunRoute.GET, { path: "/sync-runs/abc", key: read, params: { id: "abc" } });
    expect(missing.status).toBe(404);
  });
});

describe("POST bodies: optional ones may be left out, but a body must be JSON", () => {
  it("POST /sync with no body and no Content-Type starts a sync (curl -X POST)", async () => {
    const res = await callApi(syncRoute.POST, { path: "/sync", method: "POST", key: devWrite });
    expect(res.status).toBe(202);
    expect(await expectDocumented("POST", "/sync", res)).toMatchObject({ runId: expect.any(Number) });
  });

  it("an empty form-encoded body (curl -d '') counts as no body too", async () => {
    const res = await callApi(syncRoute.POST, { path: "/sync", method: "POST", key: devWrite, body: "", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(res.status).toBe(202);
    await expectDocumented("POST", "/sync", res);
  });

  it("a body that is not declared JSON is refused with 415 in the error shape, and nothing starts", async () => {
    const res = await callApi(syncRoute.POST, { path: "/sync", method: "POST", key: write, body: `appId=${syncApp}`, headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(res.status).toBe(415);
    expect(await expectDocumented("POST", "/sync", res)).toMatchObject({ error: { code: "unsupported_media_type", message: expect.stringContaining("application/json") } });
    const untyped = await callApi(syncRoute.POST, { path: "/sync", method: "POST", key: write, body: JSON.stringify({ appId: syncApp }), headers: { "content-type": "text/plain" } });
    expect(untyped.status).toBe(415);
  });

  it("declared JSON that does not parse is a 400", async () => {
    const res = await callApi(syncRoute.POST, { path: "/sync", method: "POST", key: write, body: "{appId:", headers: { "content-type": "application/json" } });
    expect(res.status).toBe(400);
    expect(await expectDocumented("POST", "/sync", res)).toMatchObject({ error: { code: "invalid_request", message: "The body is not valid JSON." } });
  });

  it("the OpenAPI document says which bodies may be left out, and that a body must be JSON", async () => {
    const doc = buildOpenApiDocument(apiEndpoints, "http://localhost");
    type Op = { requestBody?: { required: boolean }; responses: Record<string, unknown> };
    const op = (path: string) => (doc.paths[path] as Record<string, Op>).post!;
    expect(op("/sync").requestBody?.required).toBe(false);
    expect(op("/diagnose").requestBody?.required).toBe(true);
    expect(op("/connections/disconnect").requestBody?.required).toBe(true);
    for (const path of ["/sync", "/diagnose", "/connections/disconnect", "/grants/import"]) expect(Object.keys(op(path).responses)).toContain("415");
  });

  it("an endpoint whose body has required fields still answers an empty POST with 400 and the fields", async () => {
    const res = await callApi(disconnectRoute.POST, { path: "/connections/disconnect", method: "POST", key: write });
    expect(res.status).toBe(400);
    expect(await expectDocumented("POST", "/connections/disconnect", res)).toMatchObject({ error: { code: "invalid_request", details: { fields: { connectionIds: expect.any(Array) } } } });
  });
});

import { beforeAll, describe, expect, it, vi } from "vitest";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { callApi, expectDocumented, insertTestApiKey } from "@/lib/testing/api";
import { insertApp, insertConnection, insertGrant } from "@/lib/testing/fixtures";
import * as apps from "@/app/api/v1/apps/route";
import * as app from "@/app/api/v1/apps/[id]/route";
import * as headroom from "@/app/api/v1/apps/[id]/headroom/route";
import * as connectionsRoute from "@/app/api/v1/connections/route";
import * as unknownRoute from "@/app/api/v1/[...path]/route";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

// The REST API over its route handlers with real keys; every answer is checked against the OpenAPI document.

let read: string;
let prodApp: string;
let devApp: string;

beforeAll(async () => {
  await migrateConfiguredDatabase();
  read = (await insertTestApiKey(["read"])).secret;
  prodApp = await insertApp({ name: "Acme Ledger Sync (prod)", environment: "production", plan: "starter" });
  devApp = await insertApp({ name: "Acme Ledger Sync (dev)", environment: "development" });
  const ben = await insertGrant(prodApp, "Ben");
  for (const name of ["Zeta Ltd", "Alpha Ltd", "Mid Ltd", "Beta Ltd"]) await insertConnection(prodApp, ben, name);
  await insertConnection(devApp, await insertGrant(devApp, "Dev"), "Dev Org");
});

describe("GET /apps and /apps/{id}/headroom", () => {
  it("lists apps with headroom by regime, never a secret", async () => {
    const res = await callApi(apps.GET, { path: "/apps", key: read });
    expect(res.status).toBe(200);
    const body = (await expectDocumented("GET", "/apps", res)) as { data: Array<Record<string, unknown>> };
    const prod = body.data.find((a) => a.id === prodApp)!;
    expect(prod).toMatchObject({ connectionCount: 4, headroom: { cap: 5, used: 4, free: 1, level: "warn", regime: "tiers" } });
    expect(JSON.stringify(body)).not.toMatch(/clientSecret|Enc"/);
  });

  it("answers headroom for one app and 404 for an unknown or malformed id", async () => {
    const res = await callApi(headroom.GET, { path: `/apps/${prodApp}/headroom`, key: read, params: { id: prodApp } });
    expect(await expectDocumented("GET", `/apps/${prodApp}/headroom`, res)).toMatchObject({ appId: prodApp, cap: 5, used: 4, free: 1 });
    const missing = await callApi(app.GET, { path: "/apps/00000000-0000-4000-8000-000000000000", key: read, params: { id: "00000000-0000-4000-8000-000000000000" } });
    expect(missing.status).toBe(404);
    expect(await expectDocumented("GET", "/apps/00000000-0000-4000-8000-000000000000", missing)).toMatchObject({ error: { code: "not_found" } });
    const junk = await callApi(app.GET, { path: "/apps/junk", key: read, params: { id: "junk" } });
    expect(junk.status).toBe(404);
  });

  it("a key for one environment sees only that environment", async () => {
    const devKey = (await insertTestApiKey(["read"], "development")).secret;
    const body = (await (await callApi(apps.GET, { path: "/apps", key: devKey })).json()) as { data: Array<{ id: string }> };
    expect(body.data.map((a) => a.id)).toContain(devApp);
    expect(body.data.map((a) => a.id)).not.toContain(prodApp);
    const hidden = await callApi(app.GET, { path: `/apps/${prodApp}`, key: devKey, params: { id: prodApp } });
    expect(hidden.status).toBe(404);
    const other = await callApi(connectionsRoute.GET, { path: "/connections?environment=production", key: devKey });
    expect(other.status).toBe(403);
  });
});

describe("GET /connections", () => {
  it("pages by cursor in the chosen order without skipping or repeating", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const path: string = `/connections?app=${prodApp}&limit=3${cursor ? `&cursor=${cursor}` : ""}`;
      const body = (await expectDocumented("GET", path, await callApi(connectionsRoute.GET, { path, key: read }))) as {
        data: Array<{ tenantName: string; xeroUser: { name: string } }>;
        nextCursor: string | null;
      };
      seen.push(...body.data.map((c) => c.tenantName));
      expect(body.data.every((c) => c.xeroUser.name === "Ben")).toBe(true);
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(["Alpha Ltd", "Beta Ltd", "Mid Ltd", "Zeta Ltd"]);
    const desc = (await (await callApi(connectionsRoute.GET, { path: `/connections?app=${prodApp}&dir=desc&limit=2`, key: read })).json()) as { data: Array<{ tenantName: string }> };
    expect(desc.data.map((c) => c.tenantName)).toEqual(["Zeta Ltd", "Mid Ltd"]);
  });

  it("refuses a forged cursor and bad filters with 400 in the error shape", async () => {
    for (const path of ["/connections?cursor=bm90LW91cnM", "/connections?limit=0", "/connections?status=everything"]) {
      const res = await callApi(connectionsRoute.GET, { path, key: read });
      expect(res.status, path).toBe(400);
      expect(await expectDocumented("GET", "/connections", res)).toMatchObject({ error: { code: "invalid_request" } });
    }
  });
});

describe("keys", () => {
  it("no key, a junk key and a revoked key get 401; a key without the scope gets 403", async () => {
    const revoked = (await insertTestApiKey(["read"], "all", { revoked: true })).secret;
    const tokensOnly = (await insertTestApiKey(["tokens"])).secret;
    for (const [key, status, code] of [
      [undefined, 401, "unauthorized"],
      ["cdk_junk", 401, "unauthorized"],
      [revoked, 401, "unauthorized"],
      [tokensOnly, 403, "forbidden"],
    ] as const) {
      const res = await callApi(apps.GET, { path: "/apps", key });
      expect(res.status).toBe(status);
      expect(await expectDocumented("GET", "/apps", res)).toMatchObject({ error: { code } });
    }
  });

  it("unknown addresses answer 404 in the error shape", async () => {
    const res = await callApi(unknownRoute.GET, { path: "/nothing", key: read });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "not_found" } });
  });
});

describe("rate limit", () => {
  it("answers 429 with Retry-After past the key's budget, per key", async () => {
    process.env.API_RATE_LIMIT_PER_MINUTE = "3";
    (await import("@/lib/env")).resetEnvForTests();
    try {
      const busy = (await insertTestApiKey(["read"])).secret;
      // 7 calls with a budget of 3: even if a minute boundary falls inside the loop, at least one is refused.
      const responses: Response[] = [];
      for (let i = 0; i < 7; i++) responses.push(await callApi(apps.GET, { path: "/apps", key: busy }));
      expect(responses.slice(0, 3).map((r) => r.status)).toEqual([200, 200, 200]);
      const refused = responses.find((r) => r.status === 429);
      expect(refused).toBeDefined();
      expect(Number(refused!.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await expectDocumented("GET", "/apps", refused!)).toMatchObject({ error: { code: "rate_limited" } });
      const other = await callApi(apps.GET, { path: "/apps", key: (await insertTestApiKey(["read"])).secret });
      expect(other.status).toBe(200);
    } finally {
      delete process.env.API_RATE_LIMIT_PER_MINUTE;
      (await import("@/lib/env")).resetEnvForTests();
    }
  });
});

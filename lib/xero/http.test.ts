import { afterEach, describe, expect, it } from "vitest";
import { listConnections } from "./connections";
import { sandboxEndpoints } from "./config";
import { XeroApiError, XeroNetworkError, XeroProtocolError, XeroRateLimitError } from "./errors";
import { getOrganisation } from "./organisation";
import { sendJson, startTestServer } from "./testing/http-server";
import type { ResponseInfo } from "./types";

// The HTTP layer against a scripted loopback server: timeouts, retries, hooks, bodies we cannot read.

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function serve(handler: Parameters<typeof startTestServer>[0]) {
  const server = await startTestServer(handler);
  close = server.close;
  return { server, endpoints: sandboxEndpoints(server.url) };
}

const connection = {
  id: "c1",
  authEventId: "e1",
  tenantId: "t1",
  tenantType: "ORGANISATION",
  tenantName: "Org",
  createdDateUtc: "2026-01-01T00:00:00.0000000",
  updatedDateUtc: "2026-01-02T00:00:00.0000000",
};

describe("xeroRequest", () => {
  it("retries a 429 after Retry-After and reports every response to onResponse", async () => {
    let n = 0;
    const { server, endpoints } = await serve((_req, _body, res) => {
      if (++n === 1) return sendJson(res, 429, undefined, { "retry-after": "1", "x-rate-limit-problem": "minute", "x-appminlimit-remaining": "0" });
      sendJson(res, 200, [connection], { "x-appminlimit-remaining": "9999" });
    });
    const seen: ResponseInfo[] = [];
    const result = await listConnections({ endpoints, accessToken: "t", authEventId: "e1" }, { onResponse: (i) => seen.push(i) });
    expect(server.requests).toBe(2);
    expect(result.rateLimit).toEqual({ appMinRemaining: 9999 });
    expect(result.connections[0]?.createdDateUtc?.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(seen.map((s) => [s.status, s.attempt, s.operation])).toEqual([
      [429, 1, "listConnections"],
      [200, 2, "listConnections"],
    ]);
    expect(seen[0]?.url).not.toContain("authEventId");
  });

  it("awaits beforeRequest before every attempt, a retry too", async () => {
    let n = 0;
    const order: string[] = [];
    const { endpoints } = await serve((_req, _body, res) => {
      order.push(`request ${++n}`);
      if (n === 1) return sendJson(res, 429, undefined, { "retry-after": "0", "x-rate-limit-problem": "appminute" });
      sendJson(res, 200, [connection]);
    });
    await listConnections({ endpoints, accessToken: "t" }, { beforeRequest: async () => void order.push("paced") });
    expect(order).toEqual(["paced", "request 1", "paced", "request 2"]);
  });

  it("gives up after the retry bound, or at once when Retry-After exceeds the allowed wait", async () => {
    const { server, endpoints } = await serve((_req, _body, res) => sendJson(res, 429, undefined, { "retry-after": "1", "x-rate-limit-problem": "minute", "x-minlimit-remaining": "0" }));
    const error = await getOrganisation({ endpoints, accessToken: "t", tenantId: "t1" }, { maxRetries: 1 }).catch((e) => e);
    expect(error).toBeInstanceOf(XeroRateLimitError);
    expect(error).toMatchObject({ problem: "minute", retryAfterSeconds: 1, headers: { minRemaining: 0 } });
    expect(server.requests).toBe(2);
    const long = await getOrganisation({ endpoints, accessToken: "t", tenantId: "t1" }, { maxRetryWaitMs: 500 }).catch((e) => e);
    expect(long).toBeInstanceOf(XeroRateLimitError);
    expect(server.requests).toBe(3);
  });

  it("a 429 knows whether an organisation's call or the app's own was refused, and the plan's day limit", async () => {
    const { endpoints } = await serve((_req, _body, res) => sendJson(res, 429, undefined, { "retry-after": "3600", "x-rate-limit-problem": "day" }));
    const tenant = await getOrganisation({ endpoints, accessToken: "t", tenantId: "t1" }, { dayLimit: 5000 }).catch((e) => e);
    expect(tenant).toMatchObject({ problem: "day", scope: { tenantId: "t1", dayLimit: 5000 } });
    expect(tenant.userMessage).toMatch(/^This organisation used up Xero's limit of 5,000 calls a day/);
    const appLevel = await listConnections({ endpoints, accessToken: "t" }, { dayLimit: 5000 }).catch((e) => e);
    expect(appLevel).toMatchObject({ problem: "day", scope: { dayLimit: 5000 } });
    expect(appLevel.scope.tenantId).toBeUndefined();
    expect(appLevel.userMessage).toMatch(/^Xero answered 429 \(day limit\) to a call this app made without an organisation/);
  });

  it("times out a slow answer", async () => {
    const { endpoints } = await serve(() => undefined);
    const error = await listConnections({ endpoints, accessToken: "t" }, { timeoutMs: 200 }).catch((e) => e);
    expect(error).toBeInstanceOf(XeroNetworkError);
    expect(error).toMatchObject({ kind: "timeout", timeoutMs: 200 });
  });

  it("reports an unreachable host as a network error", async () => {
    const { server, endpoints } = await serve(() => undefined);
    await server.close();
    close = undefined;
    const error = await listConnections({ endpoints, accessToken: "t" }).catch((e) => e);
    expect(error).toMatchObject({ category: "network", kind: "network" });
  });

  it("rejects bodies that do not match the schema", async () => {
    const { endpoints } = await serve((_req, _body, res) => sendJson(res, 200, [{ id: 1 }]));
    await expect(listConnections({ endpoints, accessToken: "t" })).rejects.toBeInstanceOf(XeroProtocolError);
  });

  it("sends the tenant header and returns the tenant budget headers; errors carry them too", async () => {
    const { endpoints } = await serve((req, _body, res) => {
      if (req.headers["xero-tenant-id"] !== "t1") return sendJson(res, 403, { Title: "Forbidden", Status: 403, Detail: "AuthenticationUnsuccessful" }, { "x-minlimit-remaining": "59" });
      sendJson(
        res,
        200,
        { Organisations: [{ OrganisationID: "t1", Name: "Org", CreatedDateUTC: "/Date(1574275974000+0000)/" }] },
        { "x-minlimit-remaining": "59", "x-daylimit-remaining": "4999", "x-appminlimit-remaining": "9999" },
      );
    });
    const ok = await getOrganisation({ endpoints, accessToken: "t", tenantId: "t1" });
    expect(ok.organisation).toMatchObject({ OrganisationID: "t1", Name: "Org" });
    expect(ok.rateLimit).toEqual({ minRemaining: 59, dayRemaining: 4999, appMinRemaining: 9999 });
    const denied = await getOrganisation({ endpoints, accessToken: "t", tenantId: "t2" }).catch((e) => e);
    expect(denied).toBeInstanceOf(XeroApiError);
    expect(denied).toMatchObject({ status: 403, reason: "AuthenticationUnsuccessful", rateLimit: { minRemaining: 59 } });
  });

  it("rethrows the caller's abort as is", async () => {
    const { endpoints } = await serve(() => undefined);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("user left")), 50);
    await expect(listConnections({ endpoints, accessToken: "t" }, { signal: controller.signal })).rejects.toThrow("user left");
  });
});

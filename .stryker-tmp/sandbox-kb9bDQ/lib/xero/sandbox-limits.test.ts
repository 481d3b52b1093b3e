// @ts-nocheck
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queueFault } from "@/lib/xero-sandbox/store/faults";
import { sandboxEndpoints } from "./config";
import { listConnections } from "./connections";
import { XeroApiError, XeroNetworkError, XeroOAuthError, XeroRateLimitError } from "./errors";
import { getOrganisation } from "./organisation";
import { startSandbox, type Sandbox, type SeedApp } from "./testing/sandbox-kit";
import { refreshTokens } from "./tokens";
import type { ResponseInfo } from "./types";

// Rate limits, concurrency and injected faults against the sandbox over HTTP. Faults are queued through
// the sandbox's store (the portal form that does the same has no HTTP API yet).

let sb: Sandbox;
let app: SeedApp;
let accessToken: string;
let tenants: string[];
beforeAll(async () => {
  sb = await startSandbox();
  app = sb.app("Acme Ledger Sync (prod)");
  const ben = app.consents.find((c) => c.email.startsWith("ben."))!;
  tenants = ben.tenantIds;
  accessToken = (await refreshTokens({ endpoints: sb.endpoints, clientId: app.clientId, clientSecret: app.clientSecret!, refreshToken: ben.refreshToken })).accessToken;
});
afterAll(() => sb.close());

const auth = () => ({ endpoints: sb.endpoints, clientId: app.clientId, clientSecret: app.clientSecret! });

describe("rate limits", () => {
  it("never has more than 5 calls in flight for one tenant, so the sandbox's concurrency limit is never hit", async () => {
    // Each delay fault holds the sandbox's concurrency slot for 300 ms; a sixth parallel call would get a 429.
    for (let i = 0; i < 12; i++) queueFault({ kind: "delay", target: "organisation", clientId: app.clientId, delayMs: 300 });
    const seen: ResponseInfo[] = [];
    const started = Date.now();
    const results = await Promise.all(
      Array.from({ length: 12 }, () => getOrganisation({ endpoints: sb.endpoints, accessToken, tenantId: tenants[0]! }, { maxRetries: 0, onResponse: (i) => seen.push(i) })),
    );
    expect(results).toHaveLength(12);
    expect(seen.every((s) => s.status === 200)).toBe(true);
    // 12 calls, 5 at a time, 300 ms each: at least three rounds.
    expect(Date.now() - started).toBeGreaterThanOrEqual(850);
  });

  it("reports the per-tenant minute limit with Retry-After and every budget header", async () => {
    const tenantId = tenants[1]!;
    let last: Awaited<ReturnType<typeof getOrganisation>> | undefined;
    for (let i = 0; i < 60; i++) last = await getOrganisation({ endpoints: sb.endpoints, accessToken, tenantId });
    expect(last?.rateLimit.minRemaining).toBe(0);
    const error = await getOrganisation({ endpoints: sb.endpoints, accessToken, tenantId }, { maxRetryWaitMs: 100 }).catch((e) => e);
    expect(error).toBeInstanceOf(XeroRateLimitError);
    expect(error.problem).toBe("minute");
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
    expect(error.headers).toMatchObject({ minRemaining: 0, dayRemaining: expect.any(Number), appMinRemaining: expect.any(Number) });
    expect(error.userMessage).toMatch(/60 calls a minute/);
  });

  it("surfaces injected 429s (minute on /connections, day on a tenant) without waiting an hour", async () => {
    queueFault({ kind: "rate-minute", target: "connections", clientId: app.clientId });
    const minute = await listConnections({ endpoints: sb.endpoints, accessToken }).catch((e) => e);
    expect(minute).toMatchObject({ category: "rate_limit", problem: "minute", retryAfterSeconds: 60, headers: { appMinRemaining: 9999 } });
    queueFault({ kind: "rate-day", target: "organisation", clientId: app.clientId });
    const day = await getOrganisation({ endpoints: sb.endpoints, accessToken, tenantId: tenants[2]! }).catch((e) => e);
    expect(day).toMatchObject({ problem: "day", retryAfterSeconds: 3600, headers: { dayRemaining: 0 } });
  });
});

describe("faults", () => {
  it("maps a 500 to XeroApiError, a slow answer to a timeout and an injected invalid_grant to XeroOAuthError", async () => {
    const refreshToken = app.consents.find((c) => c.email.startsWith("ana."))!.refreshToken;
    queueFault({ kind: "http-500", target: "token", clientId: app.clientId });
    const serverError = await refreshTokens({ ...auth(), refreshToken }).catch((e) => e);
    expect(serverError).toBeInstanceOf(XeroApiError);
    expect(serverError.status).toBe(500);
    expect(serverError.userMessage).toMatch(/HTTP 500/);

    queueFault({ kind: "delay", target: "connections", clientId: app.clientId, delayMs: 1500 });
    const slow = await listConnections({ endpoints: sb.endpoints, accessToken }, { timeoutMs: 300 }).catch((e) => e);
    expect(slow).toBeInstanceOf(XeroNetworkError);
    expect(slow).toMatchObject({ kind: "timeout", timeoutMs: 300 });

    queueFault({ kind: "invalid-grant", target: "token", clientId: app.clientId });
    const grant = await refreshTokens({ ...auth(), refreshToken }).catch((e) => e);
    expect(grant).toBeInstanceOf(XeroOAuthError);
    expect(grant.code).toBe("invalid_grant");
    // Faults are used up: the same refresh token still works afterwards.
    await expect(refreshTokens({ ...auth(), refreshToken })).resolves.toMatchObject({ accessToken: expect.any(String) });
  });

  it("reports an unreachable Xero as a network error", async () => {
    const error = await listConnections({ endpoints: sandboxEndpoints("http://127.0.0.1:9"), accessToken }).catch((e) => e);
    expect(error).toMatchObject({ category: "network", kind: "network" });
  });
});

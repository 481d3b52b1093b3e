import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { advanceClock, DAY_MS } from "@/lib/clock";
import { getOrganisation } from "./organisation";
import { listConnections } from "./connections";
import { XeroApiError } from "./errors";
import { startSandbox, type Sandbox } from "./testing/sandbox-kit";
import { refreshGrantOnce, refreshTokens } from "./tokens";
import type { ResponseInfo } from "./types";

// Refresh against the sandbox: single flight, rotation, and what time does to tokens (lib/clock is
// shared with the in-process sandbox, so advancing it ages tokens on both sides).

let sb: Sandbox;
beforeAll(async () => {
  sb = await startSandbox();
});
afterAll(() => sb.close());

describe("refresh", () => {
  it("50 parallel refreshes of one grant make exactly one token call and share one token set", async () => {
    const app = sb.app("Acme Ledger Sync (prod)");
    const consent = app.consents[0]!;
    const auth = { endpoints: sb.endpoints, clientId: app.clientId, clientSecret: app.clientSecret! };
    const seen: ResponseInfo[] = [];
    const onResponse = (i: ResponseInfo) => seen.push(i);
    const sets = await Promise.all(Array.from({ length: 50 }, () => refreshGrantOnce(`grant:${consent.xeroUserId}`, { ...auth, refreshToken: consent.refreshToken }, { onResponse })));
    expect(seen.filter((s) => s.operation === "token")).toHaveLength(1);
    expect(new Set(sets).size).toBe(1);
    const [set] = sets;
    expect(set!.refreshToken).not.toBe(consent.refreshToken);
    // The rotated token works, and the connections are the seeded ones.
    const { connections } = await listConnections({ endpoints: sb.endpoints, accessToken: set!.accessToken });
    expect(connections.map((c) => c.tenantId).sort()).toEqual([...consent.tenantIds].sort());
    const next = await refreshTokens({ ...auth, refreshToken: set!.refreshToken! });
    expect(next.refreshToken).not.toBe(set!.refreshToken);
  });

  it("returns a fresh id_token with each refresh when openid was granted", async () => {
    const app = sb.app("Acme Payroll Bridge");
    const set = await refreshTokens({ endpoints: sb.endpoints, clientId: app.clientId, clientSecret: app.clientSecret!, refreshToken: app.consents[0]!.refreshToken });
    expect(set.idToken).toBeTruthy();
    expect(set.scope).toContain("offline_access");
  });
});

describe("time", () => {
  it("an access token 31 minutes old gets 401 TokenExpired; a refresh token unused for 61 days gets invalid_grant", async () => {
    const app = sb.app("Acme Ledger Sync (dev)");
    const auth = { endpoints: sb.endpoints, clientId: app.clientId, clientSecret: app.clientSecret! };
    const [first, second] = app.consents;
    const set = await refreshTokens({ ...auth, refreshToken: first!.refreshToken });
    advanceClock(31 * 60 * 1000);
    const expired = await getOrganisation({ endpoints: sb.endpoints, accessToken: set.accessToken, tenantId: first!.tenantIds[1]! }).catch((e) => e);
    expect(expired).toBeInstanceOf(XeroApiError);
    expect(expired).toMatchObject({ status: 401, reason: "TokenExpired" });
    expect(expired.detail).toMatch(/^TokenExpired: token expired at /);
    expect(expired.userMessage).toMatch(/expired/);

    advanceClock(61 * DAY_MS);
    const idle = await refreshTokens({ ...auth, refreshToken: second!.refreshToken }).catch((e) => e);
    expect(idle).toMatchObject({ category: "oauth", code: "invalid_grant" });
  });
});

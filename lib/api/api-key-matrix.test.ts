import { beforeAll, describe, expect, it, vi } from "vitest";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { apiScopes, type ApiScope } from "@/lib/api-keys/scopes";
import { testSession } from "@/lib/testing/auth-mock";
import { insertTestApiKey } from "@/lib/testing/api";
import { apiMatrix } from "@/lib/testing/api-matrix";
import { discoverEndpoints } from "@/lib/testing/endpoints";
import { insertTestUser } from "@/lib/testing/users";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

// Calls every /api/v1 route with no key, a revoked key, and a key of each single scope: only the scope
// the route needs gets through; a signed-in dashboard session without a key is refused too.

const keys: Partial<Record<ApiScope | "revoked", string>> = {};

beforeAll(async () => {
  await migrateConfiguredDatabase();
  for (const scope of apiScopes) keys[scope] = (await insertTestApiKey([scope])).secret;
  keys.revoked = (await insertTestApiKey([...apiScopes], "all", { revoked: true })).secret;
  // A dashboard admin is signed in throughout: cookies must not authenticate API calls.
  testSession.userId = (await insertTestUser("admin")).id;
});

describe("API key matrix", () => {
  it("lists every /api/v1 route handler", async () => {
    const found = discoverEndpoints().filter((e) => e.file.startsWith("app/api/v1/"));
    expect(found.length).toBeGreaterThan(3);
    expect(
      found.filter((e) => !apiMatrix[e.key]).map((e) => e.key),
      "add these to lib/testing/api-matrix.ts",
    ).toEqual([]);
    expect(
      Object.keys(apiMatrix).filter((k) => !found.some((e) => e.key === k)),
      "stale entries",
    ).toEqual([]);
  });

  for (const [route, entry] of Object.entries(apiMatrix)) {
    it(`${route}: ${entry.scope === "public" ? "public" : `needs ${entry.scope}`}`, async () => {
      for (const variant of [undefined, "revoked", ...apiScopes] as const) {
        const res = await entry.call(variant ? keys[variant] : undefined);
        const allowed = entry.scope === "public" || variant === entry.scope;
        const expected = allowed ? "let in" : variant === undefined || variant === "revoked" ? 401 : 403;
        const outcome = res.status === 401 || res.status === 403 ? res.status : "let in";
        expect(outcome, `${variant ?? "no key"}`).toBe(expected);
      }
    });
  }
});

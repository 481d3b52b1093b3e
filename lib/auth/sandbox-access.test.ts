import { beforeAll, describe, expect, it, vi } from "vitest";
import { migrateDatabase } from "@/db/migrate";
import { roles } from "@/lib/auth/permissions";
import { testSession } from "@/lib/testing/auth-mock";
import { insertTestUser } from "@/lib/testing/users";
import { dashboardSandboxAccess } from "@/lib/auth/sandbox-access";
import { SERVICE_KEY_HEADER, sandboxServiceKey } from "@/lib/auth/service-key";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

// The Next route's check: a session whose role has sandbox:use, or this server's key on the one
// endpoint "Create in sandbox" calls.

beforeAll(() => {
  migrateDatabase();
});

const portal = (path: string, headers: Record<string, string> = {}) => new Request(`http://127.0.0.1:3000/sandbox/xero/portal${path}`, { method: "POST", headers });

describe("dashboardSandboxAccess", () => {
  it("follows sandbox:use for every role, and knows a signed-out visitor", async () => {
    testSession.userId = null;
    expect(await dashboardSandboxAccess(portal("/clock"))).toBe("signed-out");
    const expected = { admin: "allowed", developer: "allowed", support: "forbidden" } as const;
    for (const role of roles) {
      testSession.userId = insertTestUser(role).id;
      expect(await dashboardSandboxAccess(portal("/clock")), role).toBe(expected[role]);
    }
  });

  it("accepts the server's key only on the app-creation API, and never a wrong key", async () => {
    testSession.userId = null;
    expect(await dashboardSandboxAccess(portal("/api/apps", { [SERVICE_KEY_HEADER]: sandboxServiceKey() }))).toBe("allowed");
    expect(await dashboardSandboxAccess(portal("/clock", { [SERVICE_KEY_HEADER]: sandboxServiceKey() }))).toBe("signed-out");
    expect(await dashboardSandboxAccess(portal("/api/apps", { [SERVICE_KEY_HEADER]: "guess" }))).toBe("signed-out");
  });
});

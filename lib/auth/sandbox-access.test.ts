import { beforeAll, describe, expect, it, vi } from "vitest";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { roles } from "@/lib/auth/permissions";
import { testSession } from "@/lib/testing/auth-mock";
import { insertTestUser } from "@/lib/testing/users";
import { dashboardSandboxAccess } from "@/lib/auth/sandbox-access";
import { SERVICE_KEY_HEADER, sandboxServiceKey } from "@/lib/auth/service-key";
import { createSandboxPortalApp } from "@/lib/xero/sandbox-portal";
import { startSandboxServer } from "@/lib/xero-sandbox/test-server";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

// The Next route's check: a session whose role has sandbox:use, or this server's key on the one
// endpoint "Create in sandbox" calls.

beforeAll(async () => {
  await migrateConfiguredDatabase();
});

const portal = (path: string, headers: Record<string, string> = {}) => new Request(`http://127.0.0.1:3000/sandbox/xero/portal${path}`, { method: "POST", headers });

describe("dashboardSandboxAccess", () => {
  it("follows sandbox:use for every role, and knows a signed-out visitor", async () => {
    testSession.userId = null;
    expect(await dashboardSandboxAccess(portal("/clock"))).toBe("signed-out");
    const expected = { admin: "allowed", developer: "allowed", support: "forbidden" } as const;
    for (const role of roles) {
      testSession.userId = (await insertTestUser(role)).id;
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

describe("Create in sandbox over HTTP", () => {
  it("creates the app with the server's key, and is refused without it", async () => {
    testSession.userId = null;
    const server = await startSandboxServer(dashboardSandboxAccess);
    try {
      const app = { name: "Keyed App", plan: "core", certified: false, redirectUris: ["http://localhost:3000/api/xero/callback"] };
      const created = await createSandboxPortalApp(`${server.baseUrl}/portal`, app, { [SERVICE_KEY_HEADER]: sandboxServiceKey() });
      expect(created.clientId).toMatch(/^[0-9A-F]{32}$/);
      await expect(createSandboxPortalApp(`${server.baseUrl}/portal`, { ...app, name: "Keyless App" })).rejects.toMatchObject({ status: 401 });
    } finally {
      await server.close();
    }
  });
});

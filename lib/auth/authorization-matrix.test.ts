import { beforeAll, describe, expect, it, vi } from "vitest";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { can, roles, type Permission, type Role } from "@/lib/auth/permissions";
import { testSession } from "@/lib/testing/auth-mock";
import { insertTestUser, type TestUser } from "@/lib/testing/users";
import { discoverEndpoints } from "@/lib/testing/endpoints";
import { matrix, publicPrefixes } from "@/lib/testing/endpoint-matrix";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());
vi.mock("next-auth", async () => (await import("@/lib/testing/auth-mock")).nextAuthModuleMock());
vi.mock("next/navigation", async () => (await import("@/lib/testing/auth-mock")).navigationModuleMock());
vi.mock("next/cache", async () => (await import("@/lib/testing/auth-mock")).cacheModuleMock());
vi.mock("next/headers", async (importOriginal) => (await import("@/lib/testing/auth-mock")).headersModuleMock(await importOriginal()));

// Calls every server action and route handler as each role and signed out, and checks the outcome
// against permissions.ts. The table lives in lib/testing/endpoint-matrix.ts.

const viewers: Array<Role | "signed-out"> = [...roles, "signed-out"];
const signedIn: Partial<Record<Role, TestUser>> = {};

beforeAll(async () => {
  await migrateConfiguredDatabase();
  for (const role of roles) signedIn[role] = await insertTestUser(role);
});

function signInAs(viewer: Role | "signed-out") {
  testSession.userId = viewer === "signed-out" ? null : signedIn[viewer]!.id;
}

describe("authorisation matrix", () => {
  it("lists every server action and route handler in the app", async () => {
    const found = discoverEndpoints();
    expect(found.length).toBeGreaterThan(3);
    const missing = found.filter((e) => !matrix[e.key] && !publicPrefixes.some((p) => e.file.startsWith(p))).map((e) => e.key);
    expect(missing, "add these to the matrix in lib/testing/endpoint-matrix.ts").toEqual([]);
    const stale = Object.keys(matrix).filter((key) => !found.some((e) => e.key === key));
    expect(stale, "these matrix entries no longer exist").toEqual([]);
  });

  for (const [key, entry] of Object.entries(matrix)) {
    for (const viewer of viewers) {
      const protectedEntry = entry.access !== "public";
      const allowed = !protectedEntry || (viewer !== "signed-out" && can(viewer, entry.access as Permission));
      const title = `${key} as ${viewer}: ${allowed ? "allowed" : "refused"}${protectedEntry ? ` (${entry.access})` : " (public)"}`;
      it.skipIf(!entry.call)(title, async () => {
        signInAs(viewer);
        const outcome = await entry.call!();
        if (allowed) expect(outcome).toEqual({ refused: false });
        else expect(outcome).toEqual({ refused: true, status: viewer === "signed-out" ? 401 : 403 });
      });
    }
  }
});

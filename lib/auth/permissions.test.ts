import { describe, expect, it } from "vitest";
import { can, isRole, keyOnlyPermissions, permissions, roles, type Permission } from "@/lib/auth/permissions";

describe("can", () => {
  it("lets admins do everything a dashboard role can", () => {
    for (const permission of Object.keys(permissions) as Permission[]) expect(can("admin", permission)).toBe(!keyOnlyPermissions.includes(permission));
  });

  it("keeps token vending to API keys: no dashboard role holds it", () => {
    for (const permission of keyOnlyPermissions) expect(roles.filter((role) => can(role, permission))).toEqual([]);
  });

  it("never lets support change anything", () => {
    const changes = (Object.keys(permissions) as Permission[]).filter((p) => /:(manage|connect|disconnect|sync)$/.test(p) || p === "sandbox:use");
    expect(changes.length).toBeGreaterThan(4);
    for (const permission of changes) expect(can("support", permission)).toBe(false);
  });

  it("lets support read users but not developers; only admins manage them", () => {
    expect([can("admin", "users:read"), can("support", "users:read"), can("developer", "users:read")]).toEqual([true, true, false]);
    expect(roles.filter((role) => can(role, "users:manage"))).toEqual(["admin"]);
  });

  it("lets developers manage apps and connections", () => {
    for (const p of ["apps:manage", "connections:connect", "connections:disconnect", "connections:sync"] as const) expect(can("developer", p)).toBe(true);
  });

  it("gives everyone the activity log", () => {
    expect(roles.every((role) => can(role, "activity:read"))).toBe(true);
  });

  it("refuses when there is no role", () => {
    expect(can(null, "overview:read")).toBe(false);
    expect(can(undefined, "overview:read")).toBe(false);
  });

  it("names only known roles in the map", () => {
    for (const allowed of Object.values(permissions)) for (const role of allowed) expect(roles).toContain(role);
  });
});

describe("isRole", () => {
  it("accepts the three roles only", () => {
    expect(roles.every(isRole)).toBe(true);
    for (const value of ["Admin", "owner", "", null, 1]) expect(isRole(value)).toBe(false);
  });
});

describe("can and isRole refuse what is not a role", () => {
  it("refuses an unknown role string and non-strings", () => {
    expect(can("owner" as never, "overview:read")).toBe(false);
    expect(isRole("owner")).toBe(false);
    expect(isRole(["admin"])).toBe(false);
  });
});

// @ts-nocheck
import { describe, expect, it } from "vitest";
import { adminChangeProblem, LAST_ADMIN_MESSAGE } from "@/lib/users/rules";

const activeAdmin = { role: "admin", active: true } as const;

describe("adminChangeProblem", () => {
  it("refuses demoting the only active admin, to any other role", () => {
    expect(adminChangeProblem(activeAdmin, { role: "developer", active: true }, 1)).toBe(LAST_ADMIN_MESSAGE);
    expect(adminChangeProblem(activeAdmin, { role: "support", active: true }, 1)).toBe(LAST_ADMIN_MESSAGE);
  });

  it("refuses deactivating the only active admin", () => {
    expect(adminChangeProblem(activeAdmin, { role: "admin", active: false }, 1)).toBe(LAST_ADMIN_MESSAGE);
  });

  it("treats a count of zero (inconsistent data) like one", () => {
    expect(adminChangeProblem(activeAdmin, { role: "developer", active: true }, 0)).toBe(LAST_ADMIN_MESSAGE);
  });

  it("allows demoting or deactivating an admin while another active admin remains", () => {
    expect(adminChangeProblem(activeAdmin, { role: "developer", active: true }, 2)).toBeNull();
    expect(adminChangeProblem(activeAdmin, { role: "admin", active: false }, 2)).toBeNull();
  });

  it("allows keeping the last admin an active admin (a no-op change)", () => {
    expect(adminChangeProblem(activeAdmin, activeAdmin, 1)).toBeNull();
  });

  it("does not protect inactive admins: they do not count as someone who can manage users", () => {
    expect(adminChangeProblem({ role: "admin", active: false }, { role: "developer", active: false }, 1)).toBeNull();
    expect(adminChangeProblem({ role: "admin", active: false }, { role: "admin", active: true }, 0)).toBeNull();
  });

  it("never blocks changes to developers or support staff", () => {
    for (const role of ["developer", "support"] as const) {
      expect(adminChangeProblem({ role, active: true }, { role, active: false }, 1)).toBeNull();
      expect(adminChangeProblem({ role, active: true }, { role: "admin", active: true }, 0)).toBeNull();
    }
  });
});

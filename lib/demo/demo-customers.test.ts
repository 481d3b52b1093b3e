import { describe, expect, it } from "vitest";
import { planDemoCustomers, type SeedConsent } from "./demo-customers";

const consent = (email: string, n: number): SeedConsent => ({ email, refreshToken: `rt-${email}`, tenantIds: Array.from({ length: n }, (_, i) => `${email}-org-${i}`) });
const SEEDED = [consent("ben.hogan@example.com", 13), consent("Ana.Silva@example.com", 7), consent("chen.wei@example.com", 4), consent("tom.walker@example.com", 2)];

describe("planDemoCustomers", () => {
  it("gives each demo customer its path, the import last, and leaves other Xero users to the dashboard's seed", () => {
    const plan = planDemoCustomers(SEEDED, new Set());
    expect(plan.map((s) => [s.customer.externalId, s.customer.path, s.consent.tenantIds.length])).toEqual([
      ["cust-wei", "connect_session", 4],
      ["cust-silva", "observe", 7],
      ["cust-hogan", "import", 13],
    ]);
    expect(plan.find((s) => s.customer.path === "import")?.consent.refreshToken).toBe("rt-ben.hogan@example.com");
  });

  it("skips customers who already have a grant, so a second start adds nothing", () => {
    expect(planDemoCustomers(SEEDED, new Set(["cust-silva"])).map((s) => s.customer.externalId)).toEqual(["cust-wei", "cust-hogan"]);
    expect(planDemoCustomers(SEEDED, new Set(["cust-hogan"])).map((s) => s.customer.externalId)).toEqual(["cust-wei", "cust-silva"]);
    expect(planDemoCustomers(SEEDED, new Set(["cust-silva", "cust-wei", "cust-hogan"]))).toEqual([]);
  });

  it("has nothing to do without the seed's consents", () => {
    expect(planDemoCustomers([], new Set())).toEqual([]);
  });
});

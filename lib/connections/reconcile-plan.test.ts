import { describe, expect, it } from "vitest";
import { isDemoCompany, planReconcile } from "./reconcile-plan";

const conn = (id: string, tenantName = `Org ${id}`) => ({
  id,
  authEventId: null,
  tenantId: `t-${id}`,
  tenantType: "ORGANISATION",
  tenantName,
  createdDateUtc: null,
  updatedDateUtc: null,
});

describe("planReconcile", () => {
  it("adds new connections, updates known ones and marks missing ones vanished", () => {
    const plan = planReconcile(
      [
        { id: "a", status: "active", tenantName: "Org a" },
        { id: "b", status: "stale", tenantName: "Org b" },
        { id: "c", status: "active", tenantName: "Org c" },
      ],
      [conn("a"), conn("b", "Renamed"), conn("d")],
    );
    expect(plan.added.map((c) => c.id)).toEqual(["d"]);
    expect(plan.updated.map((c) => c.id)).toEqual(["a", "b"]);
    expect(plan.vanished).toEqual(["c"]);
  });

  it("does not vanish what is already disconnected, and re-adds it when Xero lists it again", () => {
    const plan = planReconcile([{ id: "a", status: "disconnected", tenantName: "Org a" }], [conn("a")]);
    expect(plan.vanished).toEqual([]);
    expect(plan.added.map((c) => c.id)).toEqual(["a"]);
  });

  it("does not vanish a connection our own disconnect is removing: that disconnect records it", () => {
    const plan = planReconcile(
      [
        { id: "c1", status: "active", tenantName: "A", disconnecting: true },
        { id: "c2", status: "active", tenantName: "B" },
      ],
      [],
    );
    expect(plan.vanished).toEqual(["c2"]);
  });

  it("vanishes everything when Xero lists nothing", () => {
    expect(planReconcile([{ id: "a", status: "active", tenantName: "x" }], []).vanished).toEqual(["a"]);
  });
});

describe("isDemoCompany", () => {
  it("recognises Xero's demo company names only", () => {
    expect(isDemoCompany("Demo Company (NZ)")).toBe(true);
    expect(isDemoCompany("Demo Company (Global)")).toBe(true);
    expect(isDemoCompany("Demolition Co")).toBe(false);
    expect(isDemoCompany(null)).toBe(false);
  });
});

describe("planReconcile and isDemoCompany edges", () => {
  it("updates stale connections Xero still lists, and vanishes stale ones it does not", () => {
    const plan = planReconcile(
      [
        { id: "a", status: "stale", tenantName: "a" },
        { id: "b", status: "stale", tenantName: "b" },
      ],
      [conn("a")],
    );
    expect(plan.updated.map((c) => c.id)).toEqual(["a"]);
    expect(plan.added).toEqual([]);
    expect(plan.vanished).toEqual(["b"]);
  });
  it("needs the name to start with Demo Company", () => {
    expect(isDemoCompany("My Demo Company (NZ)")).toBe(false);
    expect(isDemoCompany("demo company (UK)")).toBe(true);
  });
});

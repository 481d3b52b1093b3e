import { describe, expect, it } from "vitest";
import { entryPerson, xeroConnectedLabel } from "./entry";

describe("organisation entry", () => {
  it("dates an entry the way Xero's Connected apps does, by the UTC day", () => {
    expect(xeroConnectedLabel(new Date("2026-03-12T23:30:00Z"))).toBe("Connected 12 Mar 2026");
    expect(xeroConnectedLabel(new Date("2025-09-01T00:00:00Z"))).toBe("Connected 1 Sep 2025");
    expect(xeroConnectedLabel(null)).toBe("Connected date not reported by Xero");
  });

  it("names the Xero user with their email, and a Custom Connection without empty brackets", () => {
    expect(entryPerson("Ben Hogan", "ben@example.com")).toBe("Ben Hogan (ben@example.com)");
    expect(entryPerson("Payroll Bridge (Custom Connection)", "")).toBe("Payroll Bridge (Custom Connection)");
    expect(entryPerson("Payroll Bridge (Custom Connection)", "  ")).not.toContain("()");
  });
});

import { describe, expect, it } from "vitest";
import { findApp, type App } from "./apps";

const app = (id: string, name: string, environment: App["environment"] = "production") => ({ id, name, environment }) as App;
const apps = [
  app("0b0f6a56-1111-4000-8000-000000000001", "Acme Ledger Sync (prod)"),
  app("0b0f6a56-1111-4000-8000-000000000002", "Twin"),
  app("0b0f6a56-1111-4000-8000-000000000003", "Twin", "staging"),
];

describe("findApp", () => {
  it("finds by id or by exact name in any case", () => {
    expect(findApp(apps, "0B0F6A56-1111-4000-8000-000000000001").name).toBe("Acme Ledger Sync (prod)");
    expect(findApp(apps, " acme ledger sync (PROD) ").id).toBe("0b0f6a56-1111-4000-8000-000000000001");
  });

  it("refuses a name two apps share, naming their ids, and a name nobody has", () => {
    expect(() => findApp(apps, "twin")).toThrow(/More than one app is named "twin": use its id \(0b0f6a56-1111-4000-8000-000000000002 production, 0b0f6a56-1111-4000-8000-000000000003 staging\)/);
    expect(() => findApp(apps, "Acme")).toThrow(/No app "Acme"/);
  });
});

import { describe, expect, it } from "vitest";
import { defaultScopesFor } from "./scopes";

describe("defaultScopesFor", () => {
  it("gives Custom Connections accounting scopes only: client credentials cannot use openid profile email offline_access", () => {
    const custom = defaultScopesFor("custom-connection").split(" ");
    for (const s of ["openid", "profile", "email", "offline_access"]) expect(custom).not.toContain(s);
    expect(custom.length).toBeGreaterThan(0);
  });
  it("keeps openid profile email offline_access for apps users sign in to", () => {
    expect(defaultScopesFor("starter").split(" ")).toEqual(expect.arrayContaining(["openid", "profile", "email", "offline_access"]));
  });
});

// @ts-nocheck
import { afterEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { accessTokenAudience, defaultEndpoints, liveEndpoints, sandboxEndpoints, xeroUrls } from "./config";

afterEach(() => {
  process.env.XERO_MODE = "sandbox";
  delete process.env.APP_URL;
  resetEnvForTests();
});

describe("endpoints", () => {
  it("derives Xero's real URLs", () => {
    expect(xeroUrls.authorize(liveEndpoints)).toBe("https://login.xero.com/identity/connect/authorize");
    expect(xeroUrls.token(liveEndpoints)).toBe("https://identity.xero.com/connect/token");
    expect(xeroUrls.revocation(liveEndpoints)).toBe("https://identity.xero.com/connect/revocation");
    expect(xeroUrls.discovery(liveEndpoints)).toBe("https://identity.xero.com/.well-known/openid-configuration");
    expect(xeroUrls.connections(liveEndpoints)).toBe("https://api.xero.com/connections");
    expect(xeroUrls.connection(liveEndpoints, "abc")).toBe("https://api.xero.com/connections/abc");
    expect(xeroUrls.organisation(liveEndpoints)).toBe("https://api.xero.com/api.xro/2.0/Organisation");
    expect(xeroUrls.issuer(liveEndpoints)).toBe("https://identity.xero.com");
    expect(accessTokenAudience(liveEndpoints)).toBe("https://identity.xero.com/resources");
  });
  it("maps the sandbox's three prefixes", () => {
    expect(sandboxEndpoints("http://localhost:3000/")).toEqual({
      identityBase: "http://localhost:3000/sandbox/xero/identity",
      loginBase: "http://localhost:3000/sandbox/xero/login",
      apiBase: "http://localhost:3000/sandbox/xero/api",
    });
  });
  it("picks by XERO_MODE", () => {
    process.env.XERO_MODE = "sandbox";
    process.env.APP_URL = "http://127.0.0.1:5000";
    resetEnvForTests();
    expect(defaultEndpoints()).toEqual(sandboxEndpoints("http://127.0.0.1:5000"));
    process.env.XERO_MODE = "live";
    resetEnvForTests();
    expect(defaultEndpoints()).toEqual(liveEndpoints);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareSandbox } from "@/lib/xero-sandbox/prepare";
import { orgId } from "@/lib/xero-sandbox/seed-data";
import { submitConsent } from "@/lib/xero-sandbox/testing/consent-flow";
import { useXeroHostnames } from "@/lib/testing/xero-front";
import { BASE, call, makeApp, REDIRECT } from "@/lib/xero-sandbox/testing/harness";

// SANDBOX_XERO_HOSTNAMES: discovery and the sandbox's own redirects name Xero's hosts, not its paths.

beforeAll(async () => {
  useXeroHostnames(true);
  await prepareSandbox();
});
afterAll(() => useXeroHostnames(false));

describe("Xero hostnames", () => {
  it("discovery names identity.xero.com and login.xero.com", async () => {
    const doc = (await (await call("/identity/.well-known/openid-configuration")).json()) as Record<string, string>;
    expect(doc).toMatchObject({
      issuer: "https://identity.xero.com",
      authorization_endpoint: "https://login.xero.com/identity/connect/authorize",
      token_endpoint: "https://identity.xero.com/connect/token",
      revocation_endpoint: "https://identity.xero.com/connect/revocation",
      jwks_uri: "https://identity.xero.com/.well-known/openid-configuration/jwks",
    });
  });

  it("a consent past the cap redirects to login.xero.com/connectionLimit", async () => {
    const { app } = makeApp({ plan: "starter" });
    const tenants = [7, 8, 9, 10, 11, 12].map(orgId);
    const res = await submitConsent({ baseUrl: BASE, clientId: app.clientId, redirectUri: REDIRECT, email: "ben.hogan@example.com", tenantIds: tenants, fetch: call });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`https://login.xero.com/connectionLimit?${new URLSearchParams({ client_id: app.clientId, redirect_uri: REDIRECT, state: "state-123" })}`);
  });
});

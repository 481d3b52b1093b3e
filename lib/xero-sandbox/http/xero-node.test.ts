import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { XeroClient } from "xero-node";
import { createAppFromForm } from "@/lib/xero-sandbox/engine/portal-actions";
import { ORGANISATION_NAMES, orgId, userId } from "@/lib/xero-sandbox/seed-data";
import { startSandboxServer } from "@/lib/xero-sandbox/test-server";
import { throughXeroFront, useXeroHostnames } from "@/lib/testing/xero-front";

// Xero's own Node SDK, unmodified, against the sandbox over HTTP: its client-credentials flow posts the
// scopes comma-joined in a `scopes` field, and it calls https://identity.xero.com and https://api.xero.com
// by fixed URLs. The sandbox names Xero's hosts (SANDBOX_XERO_HOSTNAMES) and an axios interceptor stands in
// for the TLS front that maps them onto the sandbox.

type AxiosLike = { interceptors: { request: { use(f: (c: { url?: string }) => { url?: string }): number; eject(id: number): void } } };
// xero-node loads axios with require(): the same CommonJS instance must get the interceptor.
const axios = createRequire(import.meta.url)("axios") as AxiosLike;

let server: { baseUrl: string; close(): Promise<void> };
let interceptor: number;
beforeAll(async () => {
  useXeroHostnames(true);
  server = await startSandboxServer();
  interceptor = axios.interceptors.request.use((config) => ({ ...config, url: throughXeroFront(server.baseUrl, config.url!) }));
});
afterAll(async () => {
  axios.interceptors.request.eject(interceptor);
  useXeroHostnames(false);
  await server.close();
});

function customConnection(org: number, scopes: string) {
  const form = new URLSearchParams({ name: `SDK Custom ${org}`, plan: "custom-connection", customOrgId: orgId(org), customUserId: userId("tom"), scopes });
  const created = createAppFromForm(form);
  if (!created.ok) throw new Error(created.error);
  return { clientId: created.app.clientId, clientSecret: created.secret! };
}

/** xero-node rejects with plain objects or strings, not Errors. */
const errorText = (error: unknown) => (typeof error === "string" ? error : JSON.stringify(error));

const sdk = (app: { clientId: string; clientSecret: string }, scopes: string[]) => new XeroClient({ ...app, grantType: "client_credentials", scopes });

describe("xero-node against the sandbox", () => {
  it("gets a client-credentials token with its comma-joined scopes and reads the Organisation", async () => {
    const app = customConnection(2, "accounting.settings.read accounting.contacts");
    const xero = sdk(app, ["accounting.settings.read", "accounting.contacts"]);
    const tokenSet = await xero.getClientCredentialsToken();
    expect(tokenSet.scope).toBe("accounting.settings.read accounting.contacts");
    expect(tokenSet.refresh_token).toBeUndefined();
    // A Custom Connection needs no tenant id (docs/xero.md#custom-connections); xero-node's starter passes "".
    const { response, body } = await xero.accountingApi.getOrganisations("");
    expect(response.status).toBe(200);
    expect(body.organisations?.[0]).toMatchObject({ organisationID: orgId(2), name: ORGANISATION_NAMES[2] });
  });

  it("is refused scopes the Custom Connection was not configured with, and a contacts-only token the Organisation", async () => {
    const app = customConnection(3, "accounting.contacts");
    const refused = await sdk(app, ["accounting.contacts", "accounting.settings"]).getClientCredentialsToken().catch(errorText);
    // xero-node redacts the token endpoint's body from its error; custom-scopes.test.ts checks it is invalid_scope.
    expect(refused).toContain("status code 400");
    const xero = sdk(app, ["accounting.contacts"]);
    await xero.getClientCredentialsToken();
    const denied = await xero.accountingApi.getOrganisations("").then(() => "no error", errorText);
    expect(denied).toContain("AuthorizationUnsuccessful");
    expect(denied).toContain("401");
  });
});

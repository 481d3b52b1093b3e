import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareSandbox } from "@/lib/xero-sandbox/prepare";
import { orgId } from "@/lib/xero-sandbox/seed-data";
import { startSandboxServer } from "@/lib/xero-sandbox/test-server";
import { consentForCode } from "@/lib/xero-sandbox/testing/consent-flow";
import { basic, makeApp, REDIRECT } from "@/lib/xero-sandbox/testing/harness";
import { identityOperations, listConnectionsResponseSchema } from "@/lib/xero-sandbox/http/contract/identity-schema";

// Every /connections answer the sandbox sends is checked, over real HTTP, against Xero's published contract
// (restated in contract/identity-schema.ts from Xero's OpenAPI description).

function validator(): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  // Xero's own example (2019-12-07T18:46:19.5165400) has no zone, which RFC 3339 "date-time" requires.
  // OpenAPI 3.0 cites RFC 3339 yet Xero sends zone-less dates: accept ISO 8601 local date-times here
  // (docs/xero.md#connection-dates).
  ajv.addFormat("date-time", /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?$/i);
  return ajv.compile(listConnectionsResponseSchema);
}

async function accessToken(clientId: string, clientSecret: string, email: string, tenantIds: string[]): Promise<string> {
  const scope = tenantIds.length ? undefined : "openid profile email offline_access";
  const { code } = await consentForCode({ baseUrl: server.baseUrl, clientId, redirectUri: REDIRECT, email, tenantIds, scope });
  const tokenRes = await fetch(`${server.baseUrl}/identity/connect/token`, {
    method: "POST",
    headers: { Authorization: basic(clientId, clientSecret) },
    body: new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: REDIRECT }),
  });
  return ((await tokenRes.json()) as { access_token: string }).access_token;
}

let server: Awaited<ReturnType<typeof startSandboxServer>>;
beforeAll(async () => {
  await prepareSandbox();
  server = await startSandboxServer();
});
afterAll(() => server.close());

describe("contract: /connections matches Xero's identity API description", () => {
  const validate = validator();

  it("rejects a body that breaks the schema (the validator is live)", () => {
    expect(validate([{ id: "not-a-uuid", tenantId: 5 }])).toBe(false);
  });

  it("validates every body, with and without authEventId, for several users", async () => {
    const { app, clientSecret } = makeApp();
    const bodies: unknown[] = [];
    for (const [email, orgs] of [
      ["ben.hogan@example.com", [0, 1, 9]],
      ["ana.silva@example.com", [20]],
      ["tom.walker@example.com", []],
    ] as const) {
      const access_token = await accessToken(app.clientId, clientSecret!, email, orgs.map(orgId));
      for (const q of ["", "?authEventId=00000000-0000-0000-0000-000000000000"]) {
        const res = await fetch(`${server.baseUrl}/api/connections${q}`, { headers: { Authorization: `Bearer ${access_token}` } });
        expect(res.status).toBe(200);
        expect(res.headers.get("content-type")).toMatch(/^application\/json/);
        bodies.push(await res.json());
      }
    }
    for (const body of bodies) {
      const ok = validate(body);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
    expect((bodies[0] as unknown[]).length).toBe(3);
  });

  it("DELETE /connections/{id} answers only the status codes Xero documents: 204 with no body, 404", async () => {
    const documented = Object.keys(identityOperations.deleteConnection.responses).map(Number);
    const { app, clientSecret } = makeApp();
    const token = await accessToken(app.clientId, clientSecret!, "chen.wei@example.com", [orgId(30)]);
    const auth = { Authorization: `Bearer ${token}` };
    const [connection] = (await (await fetch(`${server.baseUrl}/api/connections`, { headers: auth })).json()) as { id: string }[];

    const deleted = await fetch(`${server.baseUrl}/api/connections/${connection!.id}`, { method: "DELETE", headers: auth });
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe("");
    const unknown = await fetch(`${server.baseUrl}/api/connections/${connection!.id}`, { method: "DELETE", headers: auth });
    expect(unknown.status).toBe(404);
    expect(documented).toEqual(expect.arrayContaining([deleted.status, unknown.status]));
  });
});

// @ts-nocheck
import fs from "node:fs";
import path from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareSandbox } from "@/lib/xero-sandbox/prepare";
import { orgId } from "@/lib/xero-sandbox/seed-data";
import { startSandboxServer } from "@/lib/xero-sandbox/test-server";
import { consentForCode } from "@/lib/xero-sandbox/testing/consent-flow";
import { basic, makeApp, REDIRECT } from "@/lib/xero-sandbox/testing/harness";

// Every /connections body the sandbox sends is checked against Xero's own OpenAPI description, over real HTTP.

type Spec = { paths: Record<string, { get: { responses: { "200": { content: { "application/json": { schema: unknown } } } } } }>; components: { schemas: Record<string, unknown> } };
const spec = parse(fs.readFileSync(path.join(process.cwd(), "../shared/xero/xero-identity.yaml"), "utf8")) as Spec;

function validator(): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  // Xero's own example (2019-12-07T18:46:19.5165400) has no zone, which RFC 3339 "date-time" requires.
  // OpenAPI 3.0 cites RFC 3339 yet Xero sends zone-less dates: accept ISO 8601 local date-times here.
  ajv.addFormat("date-time", /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?$/i);
  ajv.addSchema({ components: spec.components }, "xero-identity.yaml");
  const schema = JSON.parse(JSON.stringify(spec.paths["/Connections"]!.get.responses["200"].content["application/json"].schema).replaceAll('"#/components', '"xero-identity.yaml#/components'));
  return ajv.compile(schema);
}

let server: Awaited<ReturnType<typeof startSandboxServer>>;
beforeAll(async () => {
  await prepareSandbox();
  server = await startSandboxServer();
});
afterAll(() => server.close());

describe("contract: GET /connections matches xero-identity.yaml", () => {
  const validate = validator();

  it("rejects a body that breaks the schema (the validator is live)", () => {
    expect(validate([{ id: "not-a-uuid", tenantId: 5 }])).toBe(false);
  });

  it("validates every body, with and without authEventId, for several users", async () => {
    const { app, clientSecret } = makeApp();
    const bodies: unknown[] = [];
    for (const [email, orgs] of [["ben.hogan@example.com", [0, 1, 9]], ["ana.silva@example.com", [20]], ["tom.walker@example.com", []]] as const) {
      const scope = orgs.length ? undefined : "openid profile email offline_access";
      const { code } = await consentForCode({ baseUrl: server.baseUrl, clientId: app.clientId, redirectUri: REDIRECT, email, tenantIds: orgs.map(orgId), scope });
      const tokenRes = await fetch(`${server.baseUrl}/identity/connect/token`, {
        method: "POST",
        headers: { Authorization: basic(app.clientId, clientSecret!) },
        body: new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: REDIRECT }),
      });
      const { access_token } = (await tokenRes.json()) as { access_token: string };
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
});

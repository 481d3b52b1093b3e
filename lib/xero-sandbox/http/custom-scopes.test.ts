import { beforeAll, describe, expect, it } from "vitest";
import { decodeJwt } from "jose";
import { prepareSandbox } from "@/lib/xero-sandbox/prepare";
import { orgId, userId } from "@/lib/xero-sandbox/seed-data";
import { call, postToken } from "@/lib/xero-sandbox/testing/harness";

// A Custom Connection gets only the scopes it was configured with in the developer portal (docs/xero.md#custom-connections).

beforeAll(async () => {
  await prepareSandbox();
});

const portalForm = (fields: Record<string, string>) => call("/portal/apps", { method: "POST", body: new URLSearchParams(fields) });

async function customApp(scopes: string, org: number) {
  const res = await portalForm({ name: `Scoped Custom ${org}`, plan: "custom-connection", customOrgId: orgId(org), customUserId: userId("tom"), scopes });
  const page = await res.text();
  expect(res.status, page.slice(0, 300)).toBe(200);
  return {
    id: /data-testid="client-id">([^<]+)</.exec(page)![1]!,
    secret: /data-testid="client-secret">([^<]+)</.exec(page)![1]!,
    appId: /apps\/([0-9a-f-]{36})"/.exec(page)![1]!,
  };
}

const scopesOf = (token: unknown) => decodeJwt(String(token)).scope as string[];

describe("client_credentials scopes", () => {
  it("grants only configured scopes, from `scope` or xero-node's comma-joined `scopes`, and all of them when none is asked", async () => {
    const app = await customApp("accounting.contacts, accounting.settings.read", 5);
    expect(await (await call(`/portal/apps/${app.appId}`)).text()).toContain("accounting.contacts accounting.settings.read");
    const auth = { id: app.id, secret: app.secret };

    const plural = await postToken({ grant_type: "client_credentials", scopes: "accounting.contacts,accounting.settings.read" }, auth);
    expect(plural.status).toBe(200);
    expect(scopesOf(plural.body.access_token)).toEqual(["accounting.contacts", "accounting.settings.read"]);
    expect(plural.body.scope).toBe("accounting.contacts accounting.settings.read");

    const one = await postToken({ grant_type: "client_credentials", scope: "accounting.contacts" }, auth);
    expect(scopesOf(one.body.access_token)).toEqual(["accounting.contacts"]);

    const none = await postToken({ grant_type: "client_credentials" }, auth);
    expect(scopesOf(none.body.access_token)).toEqual(["accounting.contacts", "accounting.settings.read"]);

    const refused = await postToken({ grant_type: "client_credentials", scope: "accounting.contacts accounting.transactions" }, auth);
    expect(refused).toEqual({ status: 400, body: { error: "invalid_scope" } });
    expect((await postToken({ grant_type: "client_credentials", scopes: "accounting.settings,accounting.contacts" }, auth)).body).toEqual({ error: "invalid_scope" });
  });

  it("a token without a settings scope cannot read the Organisation", async () => {
    const app = await customApp("accounting.contacts", 6);
    const token = (await postToken({ grant_type: "client_credentials" }, { id: app.id, secret: app.secret })).body.access_token;
    const res = await call("/api/api.xro/2.0/Organisation", { headers: { Authorization: `Bearer ${String(token)}` } });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ Title: "Unauthorized", Detail: "AuthorizationUnsuccessful" });
  });

  it("the portal refuses unknown scopes and OpenID scopes for a Custom Connection", async () => {
    const base = { name: "Bad Scopes", plan: "custom-connection", customOrgId: orgId(4), customUserId: userId("tom") };
    const unknown = await portalForm({ ...base, scopes: "accounting.settings nonsense" });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain("Unknown scope: nonsense");
    expect(await (await portalForm({ ...base, scopes: "openid accounting.settings" })).text()).toContain("openid does not apply");
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { clockOffsetMs, DAY_MS } from "@/lib/clock";
import { prepareSandbox } from "@/lib/xero-sandbox/prepare";
import { FULL_ORG, orgId } from "@/lib/xero-sandbox/seed-data";
import { listFaults } from "@/lib/xero-sandbox/store/faults";
import { connectedAppsOf } from "@/lib/xero-sandbox/store/connections";
import { call, postToken } from "@/lib/xero-sandbox/testing/harness";

beforeAll(async () => {
  await prepareSandbox();
});

const form = (path: string, fields: Record<string, string>) => call(`/portal${path}`, { method: "POST", body: new URLSearchParams(fields) });

describe("developer portal", () => {
  it("creates an app and shows its 32-hex client id and 48-character secret once", async () => {
    const res = await form("/apps", { name: "Portal Test App", plan: "core", redirectUris: "http://localhost:4000/cb\nhttps://example.com/cb" });
    expect(res.status).toBe(200);
    const page = await res.text();
    const clientId = /data-testid="client-id">([^<]+)</.exec(page)![1]!;
    const secret = /data-testid="client-secret">([^<]+)</.exec(page)![1]!;
    expect(clientId).toMatch(/^[0-9A-F]{32}$/);
    expect(secret).toHaveLength(48);
    const list = await (await call("/portal")).text();
    expect(list).toContain("Portal Test App");
    expect(list).not.toContain(secret);
  });

  it("rejects bad input with a message", async () => {
    const res = await form("/apps", { name: "My Xero Thing", plan: "core", redirectUris: "http://localhost/cb" });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("must not contain");
    const bad = await form("/apps", { name: "Http App", plan: "core", redirectUris: "http://example.com/cb" });
    expect(await bad.text()).toContain("must use https");
    for (const name of ["Null\u0000App", "Flip\u202EApp"]) {
      const unsafe = await form("/apps", { name, plan: "core", redirectUris: "http://localhost/cb" });
      expect(unsafe.status).toBe(400);
      expect(await unsafe.text()).toContain("Remove control or text-direction characters");
    }
  });

  it("answers 413 for a form over the body cap and 400 for one that is not UTF-8", async () => {
    const big = await form("/apps", { name: "x".repeat(1024 * 1024), plan: "core" });
    expect(big.status).toBe(413);
    const notUtf8 = await call("/portal/apps", { method: "POST", body: new Uint8Array([0x6e, 0x3d, 0xff]), headers: { "Content-Type": "application/x-www-form-urlencoded" } });
    expect(notUtf8.status).toBe(400);
  });

  it("regenerating the secret invalidates the old one", async () => {
    const page = await (await form("/apps", { name: "Custom One", plan: "custom-connection", customOrgId: orgId(5), customUserId: await userIdOf("tom.walker@example.com") })).text();
    const clientId = /data-testid="client-id">([^<]+)</.exec(page)![1]!;
    const secret = /data-testid="client-secret">([^<]+)</.exec(page)![1]!;
    expect((await postToken({ grant_type: "client_credentials" }, { id: clientId, secret })).status).toBe(200);
    const appId = /apps\/([0-9a-f-]{36})"/.exec(page)![1]!;
    const regen = await (await form(`/apps/${appId}/secret`, {})).text();
    const next = /data-testid="client-secret">([^<]+)</.exec(regen)![1]!;
    expect((await postToken({ grant_type: "client_credentials" }, { id: clientId, secret })).body).toEqual({ error: "invalid_client" });
    expect((await postToken({ grant_type: "client_credentials" }, { id: clientId, secret: next })).status).toBe(200);
  });

  it("lists an organisation's connected apps without users and disconnects one", async () => {
    const page = await (await call(`/portal/organisations/${orgId(FULL_ORG)}`)).text();
    expect(page).toContain("Connected apps");
    expect(page).not.toContain("ben.hogan");
    const [first] = connectedAppsOf(orgId(FULL_ORG));
    const res = await form(`/organisations/${orgId(FULL_ORG)}/disconnect`, { connectionId: first!.connectionId });
    expect(res.status).toBe(303);
    expect(connectedAppsOf(orgId(FULL_ORG)).map((c) => c.connectionId)).not.toContain(first!.connectionId);
  });

  it("advances the clock and queues faults", async () => {
    const before = clockOffsetMs();
    expect((await form("/clock", { days: "3" })).status).toBe(303);
    expect(clockOffsetMs() - before).toBe(3 * DAY_MS);
    await form("/faults", { kind: "http-500", target: "token", clientId: "" });
    expect(listFaults().map((f) => f.kind)).toEqual(["http-500"]);
    expect(await (await call("/portal/faults")).text()).toContain("HTTP 500");
    await form("/faults/clear", {});
    expect(listFaults()).toEqual([]);
  });
});

async function userIdOf(email: string): Promise<string> {
  const page = await (await call("/portal/users")).text();
  const row = page.split("<tr>").find((r) => r.includes(email))!;
  return /<code>([0-9a-f-]{36})<\/code>/.exec(row)![1]!;
}

import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { getDb } from "@/db/index";
import { connections, grants, organisations, webhooks, xeroApps } from "@/db/schema";
import { encrypt } from "@/lib/crypto";

// Test-only: a webhook receiver on loopback, and rows for apps, grants and connections.

export type Received = { headers: http.IncomingHttpHeaders; body: string };

export async function startReceiver(answer: () => number = () => 204, body: (status: number) => string = (status) => (status >= 300 ? "receiver says no" : "")) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.statusCode = answer();
      res.end(body(res.statusCode));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}

export async function insertWebhook(url: string, events: string[], opts: { secret?: string; active?: boolean } = {}) {
  const id = crypto.randomUUID();
  const secret = opts.secret ?? `secret-${id}`;
  await getDb()
    .insert(webhooks)
    .values({ id, url, secretEnc: encrypt(secret), events, active: opts.active ?? true, createdAt: new Date() });
  return { id, secret };
}

export async function insertApp(name: string, plan: string) {
  const id = crypto.randomUUID();
  const at = new Date();
  await getDb()
    .insert(xeroApps)
    .values({ id, name, environment: "production", plan, clientId: `client-${id}`, redirectUri: "http://localhost/cb", scopes: "openid", createdAt: at, updatedAt: at });
  return id;
}

export async function insertGrant(appId: string, email = `${crypto.randomUUID().slice(0, 8)}@example.test`) {
  const id = crypto.randomUUID();
  const at = new Date();
  await getDb().insert(grants).values({ id, appId, xeroUserId: crypto.randomUUID(), email, name: email, createdAt: at, updatedAt: at });
  return id;
}

export async function insertConnection(appId: string, grantId: string, tenant: { id?: string; name?: string } = {}) {
  const tenantId = tenant.id ?? crypto.randomUUID();
  const at = new Date();
  await getDb()
    .insert(organisations)
    .values({ tenantId, name: tenant.name ?? `Org ${tenantId.slice(0, 4)}`, type: "ORGANISATION", firstSeenAt: at, updatedAt: at })
    .onConflictDoNothing();
  const id = crypto.randomUUID();
  await getDb()
    .insert(connections)
    .values({ id, appId, grantId, tenantId, tenantName: tenant.name ?? "Org", tenantType: "ORGANISATION", firstSeenAt: at, lastSeenAt: at });
  return { id, tenantId };
}

export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 5_000) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 20));
  }
}

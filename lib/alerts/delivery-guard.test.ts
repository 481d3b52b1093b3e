import http from "node:http";
import type { AddressInfo } from "node:net";
import tls from "node:tls";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { webhookDeliveries } from "@/db/schema";
import { attemptDelivery } from "./deliver";
import { MAX_STORED_BODY_BYTES } from "./send";
import { setResolverForTests } from "./target-guard";
import { allowPrivateTargets } from "@/lib/testing/allow-private-targets";
import { insertWebhook, startReceiver } from "./testing";

// Issue 8, finding 6 (webhook SSRF): at delivery time the receiver's host is resolved and checked, and
// the request goes to the checked address only. A loopback receiver stands in for an internal service:
// on today's code every one of these URLs reaches it.

let internal: Awaited<ReturnType<typeof startReceiver>>;
let port: string;

beforeAll(async () => {
  await migrateConfiguredDatabase();
  internal = await startReceiver(
    () => 500,
    () => "internal service secret: db-password=hunter2",
  );
  port = new URL(internal.url).port;
});
afterAll(() => internal.close());
afterEach(() => {
  setResolverForTests(undefined);
  allowPrivateTargets(false);
});

async function deliverOnce(url: string) {
  const hook = await insertWebhook(url, ["app.cap_reached"]);
  const [row] = await getDb()
    .insert(webhookDeliveries)
    .values({ webhookId: hook.id, event: "app.cap_reached", payload: {}, status: "pending", attempts: 0, nextAttemptAt: new Date(0), createdAt: new Date() })
    .returning({ id: webhookDeliveries.id });
  await attemptDelivery(row!.id);
  return (await getDb().select().from(webhookDeliveries).where(eq(webhookDeliveries.id, row!.id)).limit(1))[0]!;
}

describe("delivery refuses private targets (WEBHOOK_ALLOW_PRIVATE_TARGETS off)", () => {
  it.each([
    ["127.0.0.1", "this server itself"],
    ["[::1]", "this server itself"],
    ["[::ffff:127.0.0.1]", "this server itself"],
    ["2130706433", "this server itself"],
    ["0x7f.1", "this server itself"],
    ["0177.0.0.1", "this server itself"],
    ["0.0.0.0", "an unspecified address"],
    ["169.254.169.254", "link-local"],
    ["10.0.0.1", "a private network"],
    ["100.64.0.1", "carrier-grade NAT"],
  ])("http://%s:<port>/ is never requested (%s)", async (host, words) => {
    allowPrivateTargets(false);
    const before = internal.received.length;
    const d = await deliverOnce(`http://${host}:${port}/hook`);
    expect(internal.received.length).toBe(before);
    expect(d).toMatchObject({ responseCode: null, responseBody: null });
    expect(d.error).toMatch(/^Not sent: This address points at /);
    expect(d.error).toContain(words);
    expect(d.error).not.toContain(host);
  });

  it("refuses a public-looking name whose DNS answers a private address, and one answering public and private", async () => {
    allowPrivateTargets(false);
    const asked: string[] = [];
    setResolverForTests(async (name) => {
      asked.push(name);
      return name === "hooks.example.com"
        ? [{ address: "127.0.0.1", family: 4 }]
        : [
            { address: "93.184.215.14", family: 4 },
            { address: "::ffff:10.0.0.7", family: 6 },
          ];
    });
    const before = internal.received.length;
    const rebound = await deliverOnce(`http://hooks.example.com:${port}/hook`);
    const mixed = await deliverOnce(`https://mixed.example.com:${port}/hook`);
    expect(asked).toEqual(["hooks.example.com", "mixed.example.com"]);
    expect(internal.received.length).toBe(before);
    expect(rebound.error).toBe("Not sent: This address points at this server itself (loopback), which webhooks may not be sent to.");
    expect(mixed.error).toBe("Not sent: This address points at a private network, which webhooks may not be sent to.");
  });
});

describe("delivery with WEBHOOK_ALLOW_PRIVATE_TARGETS on", () => {
  it("connects to the address that was checked, keeping the URL's host in the Host header", async () => {
    allowPrivateTargets(true);
    const ok = await startReceiver();
    try {
      // No system DNS knows this name: delivery can only succeed by connecting to the resolver's answer.
      let lookups = 0;
      setResolverForTests(async () => {
        lookups += 1;
        return [{ address: "127.0.0.1", family: 4 }];
      });
      const okPort = new URL(ok.url).port;
      const d = await deliverOnce(`http://receiver.example.invalid:${okPort}/hook`);
      expect(d).toMatchObject({ status: "delivered", responseCode: 204, error: null });
      expect(lookups).toBe(1);
      expect(ok.received[0]!.headers.host).toBe(`receiver.example.invalid:${okPort}`);
    } finally {
      await ok.close();
    }
  });

  it("over https, sends the URL's host as the TLS server name while connecting to the checked address", async () => {
    allowPrivateTargets(true);
    const serverNames: string[] = [];
    // No certificate: the handshake fails after the client has named the server it wants.
    const server = tls.createServer({ SNICallback: (name, done) => (serverNames.push(name), done(new Error("no certificate here"))) });
    server.on("tlsClientError", () => undefined);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      setResolverForTests(async () => [{ address: "127.0.0.1", family: 4 }]);
      const d = await deliverOnce(`https://receiver.example.invalid:${(server.address() as AddressInfo).port}/hook`);
      expect(serverNames).toEqual(["receiver.example.invalid"]);
      expect(d).toMatchObject({ status: "pending", responseCode: null });
      expect(d.error).toMatch(/^Could not reach the receiver/);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it("still refuses link-local (cloud metadata) and unspecified addresses", async () => {
    allowPrivateTargets(true);
    const before = internal.received.length;
    expect((await deliverOnce(`http://169.254.169.254:${port}/latest/meta-data`)).error).toMatch(/link-local/);
    expect((await deliverOnce(`http://0.0.0.0:${port}/hook`)).error).toMatch(/unspecified/);
    expect(internal.received.length).toBe(before);
  });

  it("keeps the status and at most 1 KB of the answer apart from the error, and never follows a redirect", async () => {
    allowPrivateTargets(true);
    const long = await startReceiver(
      () => 502,
      () => "x".repeat(5_000),
    );
    const target = await startReceiver();
    const redirecting = http.createServer((_req, res) => res.writeHead(307, { Location: target.url }).end());
    await new Promise<void>((resolve) => redirecting.listen(0, "127.0.0.1", resolve));
    try {
      const big = await deliverOnce(long.url);
      expect(big).toMatchObject({ status: "pending", responseCode: 502, error: "The receiver answered 502." });
      expect(big.responseBody).toBe("x".repeat(MAX_STORED_BODY_BYTES));

      const redirected = await deliverOnce(`http://127.0.0.1:${(redirecting.address() as AddressInfo).port}/hook`);
      expect(redirected).toMatchObject({ responseCode: 307, error: "The receiver answered 307." });
      expect(target.received).toHaveLength(0);
    } finally {
      await long.close();
      await target.close();
      await new Promise<void>((resolve) => redirecting.close(() => resolve()));
    }
  });
});

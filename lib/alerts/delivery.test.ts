import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { webhookDeliveries } from "@/db/schema";
import { advanceClock } from "@/lib/clock";
import { attemptDelivery, deliverDueWebhooks } from "./deliver";
import { emitAlert } from "./emit";
import { verifySignature } from "./signature";
import { allowPrivateTargets } from "@/lib/testing/allow-private-targets";
import { insertWebhook, startReceiver, until } from "./testing";

// Emitting queues one delivery per subscribed webhook and sends it at once, signed; failures are
// retried on the backoff schedule until the fifth attempt.

const deliveriesOf = async (webhookId: string) => await getDb().select().from(webhookDeliveries).where(eq(webhookDeliveries.webhookId, webhookId));
let ok: Awaited<ReturnType<typeof startReceiver>>;
let failing: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  // The receivers listen on loopback, as a team's own receiver on its own network would.
  allowPrivateTargets(true);
  await migrateConfiguredDatabase();
  ok = await startReceiver();
  failing = await startReceiver(() => 500);
});
afterAll(async () => {
  await ok.close();
  await failing.close();
});

describe("emitAlert", () => {
  it("delivers a signed POST to every active webhook subscribed to the event, and to no other", async () => {
    const subscribed = await insertWebhook(ok.url, ["connection.vanished"]);
    const other = await insertWebhook(ok.url, ["app.cap_reached"]);
    const off = await insertWebhook(ok.url, ["connection.vanished"], { active: false });
    expect(await emitAlert("connection.vanished", { connection: { id: "c1" } })).toBe(1);
    await until(async () => (await deliveriesOf(subscribed.id))[0]?.status === "delivered");
    expect(await deliveriesOf(other.id)).toEqual([]);
    expect(await deliveriesOf(off.id)).toEqual([]);

    const [delivery] = await deliveriesOf(subscribed.id);
    expect(delivery).toMatchObject({ attempts: 1, responseCode: 204, error: null, nextAttemptAt: null });
    const request = ok.received.find((r) => r.headers["x-connectiondesk-delivery"] === String(delivery!.id))!;
    expect(request.headers["x-connectiondesk-event"]).toBe("connection.vanished");
    expect(request.headers["content-type"]).toBe("application/json");
    expect(verifySignature(request.body, subscribed.secret, request.headers["x-connectiondesk-signature"] as string)).toBe(true);
    expect(JSON.parse(request.body)).toMatchObject({ id: String(delivery!.id), event: "connection.vanished", data: { connection: { id: "c1" } } });
  });

  it("retries a failing receiver after 1, 5, 30 and 120 minutes, then gives up", async () => {
    const hook = await insertWebhook(failing.url, ["grant.needs_reauth"]);
    await emitAlert("grant.needs_reauth", { grant: { id: "g1" } });
    await until(async () => {
      const [d] = await deliveriesOf(hook.id);
      return d?.attempts === 1 && d.responseCode === 500;
    });
    for (const [minutes, attempts] of [
      [1, 2],
      [5, 3],
      [30, 4],
      [120, 5],
    ] as const) {
      // Not due yet a second early.
      advanceClock(minutes * 60_000 - 1_000);
      await deliverDueWebhooks();
      expect((await deliveriesOf(hook.id))[0]!.attempts).toBe(attempts - 1);
      advanceClock(1_000);
      await deliverDueWebhooks();
      expect((await deliveriesOf(hook.id))[0]!.attempts).toBe(attempts);
    }
    expect((await deliveriesOf(hook.id))[0]).toMatchObject({ status: "failed", attempts: 5, responseCode: 500, nextAttemptAt: null });
    expect((await deliveriesOf(hook.id))[0]!.error).toBe("The receiver answered 500.");
    expect((await deliveriesOf(hook.id))[0]!.responseBody).toBe("receiver says no");
    advanceClock(24 * 60 * 60_000);
    expect(await deliverDueWebhooks()).toBe(0);
  });

  it("sends one attempt only, however many callers try it at the same moment", async () => {
    const hook = await insertWebhook(ok.url, ["app.cap_warning"]);
    const before = ok.received.length;
    const [row] = await getDb()
      .insert(webhookDeliveries)
      .values({ webhookId: hook.id, event: "app.cap_warning", payload: {}, status: "pending", attempts: 0, nextAttemptAt: new Date(0), createdAt: new Date() })
      .returning();
    const results = await Promise.all([attemptDelivery(row!.id), attemptDelivery(row!.id), deliverDueWebhooks()]);
    expect(results.filter((r) => r === "delivered")).toHaveLength(1);
    expect(ok.received.length - before).toBe(1);
  });

  it("explains an unreachable receiver", async () => {
    const closed = await startReceiver();
    await closed.close();
    const hook = await insertWebhook(closed.url, ["app.cap_reached"]);
    await emitAlert("app.cap_reached", {});
    await until(async () => {
      const [d] = await deliveriesOf(hook.id);
      return d?.attempts === 1 && d.error !== null;
    });
    expect((await deliveriesOf(hook.id))[0]).toMatchObject({ status: "pending", responseCode: null });
    expect((await deliveriesOf(hook.id))[0]!.error).toMatch(/Could not reach the receiver \(ECONNREFUSED\)/);
  });
});

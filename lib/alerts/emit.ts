import "server-only";
import { eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/index";
import { webhookDeliveries, webhooks } from "@/db/schema";
import { xeroNow } from "@/lib/clock";
import { logger } from "@/lib/logger";
import type { AlertEvent } from "./events";

// System layer: raising an alert queues one delivery per subscribed, active webhook. Queuing can join
// the caller's transaction, so an alert exists exactly when the change it reports was written. Once the
// caller's (synchronous) transaction has committed, the queued deliveries are attempted at once, without
// making the caller wait; the background tick retries whatever fails.

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Writer = Db | Tx;

let kickScheduled = false;

export function queueAlert(db: Writer, event: AlertEvent, payload: Record<string, unknown>): number {
  const subscribed = db
    .select({ id: webhooks.id, events: webhooks.events })
    .from(webhooks)
    .where(eq(webhooks.active, true))
    .all()
    .filter((w) => w.events.includes(event));
  if (subscribed.length === 0) return 0;
  const at = xeroNow();
  db.insert(webhookDeliveries)
    .values(subscribed.map((w) => ({ webhookId: w.id, event, payload, status: "pending" as const, attempts: 0, nextAttemptAt: at, createdAt: at })))
    .run();
  scheduleKick();
  return subscribed.length;
}

/** Outside any transaction: queue and attempt right away. Returns how many webhooks will hear of it. */
export async function emitAlert(event: AlertEvent, payload: Record<string, unknown>): Promise<number> {
  return queueAlert(getDb(), event, payload);
}

function scheduleKick() {
  if (kickScheduled) return;
  kickScheduled = true;
  // A macrotask runs after the synchronous transaction that queued the rows has committed (or rolled back).
  setTimeout(() => {
    kickScheduled = false;
    void import("./deliver")
      .then(({ deliverDueWebhooks }) => deliverDueWebhooks())
      .catch((error: unknown) => logger.error("webhook delivery failed", { error: error instanceof Error ? error.message : String(error) }));
  }, 0);
}

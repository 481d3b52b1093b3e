import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/index";
import { afterCommit, all, run, transact, type Tx } from "@/db/steps";
import { webhookDeliveries, webhooks } from "@/db/schema";
import { xeroNow } from "@/lib/clock";
import { logger } from "@/lib/logger";
import type { AlertEvent } from "./events";

// System layer: raising an alert queues one delivery per subscribed, active webhook. Queuing is a step of
// the caller's transaction (db/steps.ts), so an alert exists exactly when the change it reports was written.
// Once that transaction has committed, the queued deliveries are attempted at once, without making the caller
// wait; the background tick retries whatever fails.

export type Writer = Db | Tx;

let kickScheduled = false;

/** Queues the alert inside the caller's transaction. Returns how many webhooks will hear of it. */
export function* queueAlertStep(tx: Tx, event: AlertEvent, payload: Record<string, unknown>) {
  const subscribed = (yield* all(tx.select({ id: webhooks.id, events: webhooks.events }).from(webhooks).where(eq(webhooks.active, true)))).filter((w) => w.events.includes(event));
  if (subscribed.length === 0) return 0;
  const at = xeroNow();
  yield* run(tx.insert(webhookDeliveries).values(subscribed.map((w) => ({ webhookId: w.id, event, payload, status: "pending" as const, attempts: 0, nextAttemptAt: at, createdAt: at }))));
  yield* afterCommit(scheduleKick);
  return subscribed.length;
}

/** Outside any transaction: queue and attempt right away. Returns how many webhooks will hear of it. */
export async function emitAlert(event: AlertEvent, payload: Record<string, unknown>): Promise<number> {
  return transact((tx) => queueAlertStep(tx, event, payload));
}

function scheduleKick() {
  if (kickScheduled) return;
  kickScheduled = true;
  // One attempt for every alert queued in this turn of the event loop, after the caller's response is on its way.
  setTimeout(() => {
    kickScheduled = false;
    void import("./deliver")
      .then(({ deliverDueWebhooks }) => deliverDueWebhooks())
      .catch((error: unknown) => logger.error("webhook delivery failed", { error: error instanceof Error ? error.message : String(error) }));
  }, 0);
}

import "server-only";
import { and, asc, eq, lte, sql } from "drizzle-orm";
import { getDb } from "@/db/index";
import { firstRow } from "@/db/query";
import { webhookDeliveries, webhooks } from "@/db/schema";
import { xeroNowMs } from "@/lib/clock";
import { decrypt } from "@/lib/crypto";
import { afterAttempt, MAX_ATTEMPTS, type AttemptOutcome } from "./retry-plan";
import { postWebhook } from "./send";
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signBody } from "./signature";

// System layer: sends queued webhook deliveries. A delivery is claimed before it is sent (its attempt
// count rises and its next attempt moves past the request timeout) so two processes, or an immediate
// attempt and the background tick, never send the same attempt twice. lib/alerts/send.ts refuses
// private and loopback receivers (server-side request forgery) on every attempt.

const CLAIM_MS = 2 * 60_000;
const BATCH = 50;
const PARALLEL = 5;

type Delivery = typeof webhookDeliveries.$inferSelect;

/** The exact bytes we send (and sign). Built from the stored row, so every retry is byte-identical. */
export function deliveryBody(d: Pick<Delivery, "id" | "event" | "payload" | "createdAt">): string {
  return JSON.stringify({ id: String(d.id), event: d.event, createdAt: d.createdAt.toISOString(), data: d.payload });
}

async function claim(id: number): Promise<Delivery | undefined> {
  const at = xeroNowMs();
  return firstRow(
    getDb()
      .update(webhookDeliveries)
      .set({ attempts: sql`${webhookDeliveries.attempts} + 1`, nextAttemptAt: new Date(at + CLAIM_MS) })
      .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.status, "pending"), lte(webhookDeliveries.nextAttemptAt, new Date(at))))
      .returning(),
  );
}

/** One attempt at one delivery, if it is due and no one else has claimed it. Returns the new status. */
export async function attemptDelivery(id: number): Promise<Delivery["status"] | null> {
  const d = await claim(id);
  if (!d) return null;
  const hook = await firstRow(getDb().select({ url: webhooks.url, secretEnc: webhooks.secretEnc, active: webhooks.active }).from(webhooks).where(eq(webhooks.id, d.webhookId)).limit(1));
  // A webhook turned off stops its queued alerts for good; a test is sent whatever the switch says.
  const turnedOff = !hook || (!hook.active && d.event !== "webhook.test");
  const body = deliveryBody(d);
  const outcome: AttemptOutcome = turnedOff
    ? { ok: false, responseCode: null, responseBody: null, error: "The webhook was turned off before this could be delivered." }
    : await postWebhook(hook.url, body, {
        "Content-Type": "application/json",
        "User-Agent": "ConnectionDesk-Webhooks/1",
        [EVENT_HEADER]: d.event,
        [DELIVERY_HEADER]: String(d.id),
        [SIGNATURE_HEADER]: signBody(body, decrypt(hook.secretEnc)),
      });
  // A test is tried once: the admin is watching and can press the button again.
  const next = afterAttempt(turnedOff || d.event === "webhook.test" ? MAX_ATTEMPTS : d.attempts, outcome, xeroNowMs());
  await getDb().update(webhookDeliveries).set(next).where(eq(webhookDeliveries.id, d.id));
  return next.status;
}

/** Every delivery that is due (new, or waiting for its retry), a few at a time. */
export async function deliverDueWebhooks(): Promise<number> {
  const due = await getDb()
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.status, "pending"), lte(webhookDeliveries.nextAttemptAt, new Date(xeroNowMs()))))
    .orderBy(asc(webhookDeliveries.nextAttemptAt))
    .limit(BATCH);
  let sent = 0;
  for (let i = 0; i < due.length; i += PARALLEL) {
    const results = await Promise.all(due.slice(i, i + PARALLEL).map((d) => attemptDelivery(d.id)));
    sent += results.filter((r) => r !== null).length;
  }
  return sent;
}

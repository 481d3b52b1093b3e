// @ts-nocheck
import "server-only";
import { and, asc, eq, lte, sql } from "drizzle-orm";
import { getDb } from "@/db/index";
import { webhookDeliveries, webhooks } from "@/db/schema";
import { xeroNowMs } from "@/lib/clock";
import { decrypt } from "@/lib/crypto";
import { afterAttempt, MAX_ATTEMPTS, type AttemptOutcome } from "./retry-plan";
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signBody } from "./signature";

// System layer: sends queued webhook deliveries. A delivery is claimed before it is sent (its attempt
// count rises and its next attempt moves past the request timeout) so two processes, or an immediate
// attempt and the background tick, never send the same attempt twice.

export const REQUEST_TIMEOUT_MS = 10_000;
const CLAIM_MS = 2 * 60_000;
const BATCH = 50;
const PARALLEL = 5;

type Delivery = typeof webhookDeliveries.$inferSelect;

/** The exact bytes we send (and sign). Built from the stored row, so every retry is byte-identical. */
export function deliveryBody(d: Pick<Delivery, "id" | "event" | "payload" | "createdAt">): string {
  return JSON.stringify({ id: String(d.id), event: d.event, createdAt: d.createdAt.toISOString(), data: d.payload });
}

function claim(id: number): Delivery | undefined {
  const at = xeroNowMs();
  return getDb()
    .update(webhookDeliveries)
    .set({ attempts: sql`${webhookDeliveries.attempts} + 1`, nextAttemptAt: new Date(at + CLAIM_MS) })
    .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.status, "pending"), lte(webhookDeliveries.nextAttemptAt, new Date(at))))
    .returning()
    .get();
}

async function send(url: string, body: string, headers: Record<string, string>): Promise<AttemptOutcome> {
  try {
    // Redirects are not followed: the signed body goes only to the address an admin entered.
    const res = await fetch(url, { method: "POST", body, headers, redirect: "manual", signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const text = await res.text().catch(() => "");
    if (res.status >= 200 && res.status < 300) return { ok: true, responseCode: res.status };
    return { ok: false, responseCode: res.status, error: `The receiver answered ${res.status}${text ? `: ${text.slice(0, 200)}` : "."}` };
  } catch (error) {
    return { ok: false, responseCode: null, error: describeFailure(error) };
  }
}

function describeFailure(error: unknown): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === "TimeoutError" || e.name === "AbortError") return `No answer within ${REQUEST_TIMEOUT_MS / 1000} seconds.`;
  if (e.cause?.code) return `Could not reach the receiver (${e.cause.code}).`;
  return `Could not reach the receiver (${e.cause?.message ?? e.message ?? "unknown error"}).`;
}

/** One attempt at one delivery, if it is due and no one else has claimed it. Returns the new status. */
export async function attemptDelivery(id: number): Promise<Delivery["status"] | null> {
  const d = claim(id);
  if (!d) return null;
  const hook = getDb().select({ url: webhooks.url, secretEnc: webhooks.secretEnc, active: webhooks.active }).from(webhooks).where(eq(webhooks.id, d.webhookId)).get();
  // A webhook turned off stops its queued alerts for good; a test is sent whatever the switch says.
  const turnedOff = !hook || (!hook.active && d.event !== "webhook.test");
  const body = deliveryBody(d);
  const outcome: AttemptOutcome = turnedOff
    ? { ok: false, responseCode: null, error: "The webhook was turned off before this could be delivered." }
    : await send(hook.url, body, {
        "Content-Type": "application/json",
        "User-Agent": "ConnectionDesk-Webhooks/1",
        [EVENT_HEADER]: d.event,
        [DELIVERY_HEADER]: String(d.id),
        [SIGNATURE_HEADER]: signBody(body, decrypt(hook.secretEnc)),
      });
  // A test is tried once: the admin is watching and can press the button again.
  const next = afterAttempt(turnedOff || d.event === "webhook.test" ? MAX_ATTEMPTS : d.attempts, outcome, xeroNowMs());
  getDb().update(webhookDeliveries).set(next).where(eq(webhookDeliveries.id, d.id)).run();
  return next.status;
}

/** Every delivery that is due (new, or waiting for its retry), a few at a time. */
export async function deliverDueWebhooks(): Promise<number> {
  const due = getDb()
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.status, "pending"), lte(webhookDeliveries.nextAttemptAt, new Date(xeroNowMs()))))
    .orderBy(asc(webhookDeliveries.nextAttemptAt))
    .limit(BATCH)
    .all();
  let sent = 0;
  for (let i = 0; i < due.length; i += PARALLEL) {
    const results = await Promise.all(due.slice(i, i + PARALLEL).map((d) => attemptDelivery(d.id)));
    sent += results.filter((r) => r !== null).length;
  }
  return sent;
}

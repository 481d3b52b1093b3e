import "server-only";
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { first, run, transact, type Tx } from "@/db/steps";
import { webhookDeliveries, webhooks } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { auditStep, recordAudit } from "@/lib/audit/record";
import { xeroNow } from "@/lib/clock";
import { encrypt } from "@/lib/crypto";
import { AppError, notFound } from "@/lib/errors";
import { attemptDelivery } from "./deliver";
import { receiverLabel } from "./redact";
import { generateSigningSecret } from "./signature";
import type { CreateWebhookInput } from "./schemas";
import { BlockedTargetError, resolveTarget } from "./target-guard";
import { isPrivateNetworkRange } from "./target-policy";

// Settings → Alerts changes. The caller has checked "settings:manage" and parsed the input: the server
// actions in app/(dashboard)/settings/alerts do both through defineAction. The signing secret is stored sealed and shown
// once, in the answer to the request that created it. The activity log names a webhook by its host
// alone: support can read that log, and URLs often carry a secret.

const actorOf = (user: SessionUser) => ({ id: user.id, email: user.email });

/** The webhook, read in the transaction that changes it. */
function* existingStep(tx: Tx, id: string) {
  const row = yield* first(tx.select({ id: webhooks.id, url: webhooks.url, active: webhooks.active }).from(webhooks).where(eq(webhooks.id, id)));
  if (!row) throw notFound("That webhook");
  return row;
}

/**
 * Refuses, as a field error, a receiver that is (or resolves to) a private or loopback address. A name
 * that does not resolve yet is accepted: every delivery resolves and checks again.
 */
async function refusePrivateTarget(url: string) {
  try {
    await resolveTarget(url);
  } catch (error) {
    if (!(error instanceof BlockedTargetError)) return;
    const hint = isPrivateNetworkRange(error.range) ? " To send alerts to a receiver on your own network, start Connection Desk with WEBHOOK_ALLOW_PRIVATE_TARGETS=true." : "";
    throw new AppError("bad_request", "Some fields need attention.", { url: [`${error.message}${hint}`] });
  }
}

export async function createWebhook(data: CreateWebhookInput, user: SessionUser): Promise<{ id: string; url: string; secret: string; generated: boolean }> {
  await refusePrivateTarget(data.url);
  const secret = data.secret ?? generateSigningSecret();
  const id = crypto.randomUUID();
  await transact(function* (tx) {
    yield* run(tx.insert(webhooks).values({ id, url: data.url, secretEnc: encrypt(secret), events: data.events, active: true, createdAt: xeroNow() }));
    yield* auditStep(tx, {
      actor: actorOf(user),
      action: "webhook.created",
      target: { type: "webhook", id, label: receiverLabel(data.url) },
      details: { events: data.events, secret: data.secret ? "provided" : "generated" },
    });
  });
  return { id, url: data.url, secret, generated: !data.secret };
}

export async function setWebhookActive({ webhookId, active }: { webhookId: string; active: boolean }, user: SessionUser): Promise<{ changed: boolean }> {
  return transact(
    function* (tx) {
      const hook = yield* existingStep(tx, webhookId);
      if (hook.active === active) return { changed: false };
      yield* run(tx.update(webhooks).set({ active }).where(eq(webhooks.id, hook.id)));
      yield* auditStep(tx, { actor: actorOf(user), action: "webhook.updated", target: { type: "webhook", id: hook.id, label: receiverLabel(hook.url) }, details: { active } });
      return { changed: true };
    },
    { immediate: true },
  );
}

/** Removing a webhook removes its delivery log with it (the foreign key cascades). */
export async function deleteWebhook(webhookId: string, user: SessionUser): Promise<void> {
  await transact(
    function* (tx) {
      const hook = yield* existingStep(tx, webhookId);
      yield* run(tx.delete(webhooks).where(eq(webhooks.id, hook.id)));
      yield* auditStep(tx, { actor: actorOf(user), action: "webhook.deleted", target: { type: "webhook", id: hook.id, label: receiverLabel(hook.url) } });
    },
    { immediate: true },
  );
}

/** Sends a signed test delivery now and waits for the answer, so the admin sees the outcome at once. */
export async function sendTestWebhook(webhookId: string, user: SessionUser): Promise<{ deliveryId: number; status: string }> {
  const at = xeroNow();
  const { hook, row } = await transact(
    function* (tx) {
      const hook = yield* existingStep(tx, webhookId);
      const row = yield* first(
        tx
          .insert(webhookDeliveries)
          .values({
            webhookId: hook.id,
            event: "webhook.test",
            payload: { message: "A test from Connection Desk.", sentBy: user.email },
            status: "pending",
            attempts: 0,
            nextAttemptAt: at,
            createdAt: at,
          })
          .returning({ id: webhookDeliveries.id }),
      );
      return { hook, row: row! };
    },
    { immediate: true },
  );
  const status = (await attemptDelivery(row.id)) ?? "pending";
  await recordAudit({ actor: actorOf(user), action: "webhook.tested", target: { type: "webhook", id: hook.id, label: receiverLabel(hook.url) }, details: { deliveryId: row.id, status } });
  return { deliveryId: row.id, status };
}

// @ts-nocheck
import "server-only";
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { webhookDeliveries, webhooks } from "@/db/schema";
import { requirePermission, type SessionUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { parseInput } from "@/lib/actions/result";
import { xeroNow } from "@/lib/clock";
import { encrypt } from "@/lib/crypto";
import { notFound } from "@/lib/errors";
import { attemptDelivery } from "./deliver";
import { generateSigningSecret } from "./signature";
import { createWebhookSchema, setWebhookActiveSchema, webhookIdSchema } from "./schemas";

// Settings → Alerts changes (admins: "settings:manage"). The signing secret is stored sealed and shown
// once, in the answer to the request that created it.

const actorOf = (user: SessionUser) => ({ id: user.id, email: user.email });

function existing(id: unknown) {
  const parsed = webhookIdSchema.safeParse(id);
  const row = parsed.success ? getDb().select({ id: webhooks.id, url: webhooks.url, active: webhooks.active }).from(webhooks).where(eq(webhooks.id, parsed.data)).get() : undefined;
  if (!row) throw notFound("That webhook");
  return row;
}

export async function createWebhook(input: unknown): Promise<{ id: string; url: string; secret: string; generated: boolean }> {
  const user = await requirePermission("settings:manage");
  const data = parseInput(createWebhookSchema, input);
  const secret = data.secret ?? generateSigningSecret();
  const id = crypto.randomUUID();
  getDb().insert(webhooks).values({ id, url: data.url, secretEnc: encrypt(secret), events: data.events, active: true, createdAt: xeroNow() }).run();
  recordAudit({ actor: actorOf(user), action: "webhook.created", target: { type: "webhook", id, label: data.url }, details: { events: data.events, secret: data.secret ? "provided" : "generated" } });
  return { id, url: data.url, secret, generated: !data.secret };
}

export async function setWebhookActive(input: unknown): Promise<{ changed: boolean }> {
  const user = await requirePermission("settings:manage");
  const { webhookId, active } = parseInput(setWebhookActiveSchema, input);
  const hook = existing(webhookId);
  if (hook.active === active) return { changed: false };
  getDb().update(webhooks).set({ active }).where(eq(webhooks.id, hook.id)).run();
  recordAudit({ actor: actorOf(user), action: "webhook.updated", target: { type: "webhook", id: hook.id, label: hook.url }, details: { active } });
  return { changed: true };
}

/** Removing a webhook removes its delivery log with it (the foreign key cascades). */
export async function deleteWebhook(webhookId: unknown): Promise<void> {
  const user = await requirePermission("settings:manage");
  const hook = existing(webhookId);
  getDb().delete(webhooks).where(eq(webhooks.id, hook.id)).run();
  recordAudit({ actor: actorOf(user), action: "webhook.deleted", target: { type: "webhook", id: hook.id, label: hook.url } });
}

/** Sends a signed test delivery now and waits for the answer, so the admin sees the outcome at once. */
export async function sendTestWebhook(webhookId: unknown): Promise<{ deliveryId: number; status: string }> {
  const user = await requirePermission("settings:manage");
  const hook = existing(webhookId);
  const at = xeroNow();
  const row = getDb()
    .insert(webhookDeliveries)
    .values({ webhookId: hook.id, event: "webhook.test", payload: { message: "A test from Connection Desk.", sentBy: user.email }, status: "pending", attempts: 0, nextAttemptAt: at, createdAt: at })
    .returning({ id: webhookDeliveries.id })
    .get();
  const status = (await attemptDelivery(row.id)) ?? "pending";
  recordAudit({ actor: actorOf(user), action: "webhook.tested", target: { type: "webhook", id: hook.id, label: hook.url }, details: { deliveryId: row.id, status } });
  return { deliveryId: row.id, status };
}

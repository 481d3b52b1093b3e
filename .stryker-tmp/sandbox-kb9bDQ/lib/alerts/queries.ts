// @ts-nocheck
import "server-only";
import { count, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { webhookDeliveries, webhooks } from "@/db/schema";
import { requirePermission } from "@/lib/auth/session";
import { deliveriesPageSchema } from "./schemas";

// Settings → Alerts reads. Every role may see where alerts go; no read ever returns a signing secret.

export const DELIVERIES_PAGE_SIZE = 25;

export async function listWebhooks() {
  await requirePermission("settings:read");
  return getDb()
    .select({ id: webhooks.id, url: webhooks.url, events: webhooks.events, active: webhooks.active, createdAt: webhooks.createdAt })
    .from(webhooks)
    .orderBy(desc(webhooks.createdAt))
    .all();
}

/** The delivery log, newest first (wh_deliveries_created_idx), with the receiving URL of each. */
export async function listDeliveries(pageInput?: string) {
  await requirePermission("settings:read");
  const page = deliveriesPageSchema.parse(pageInput);
  const db = getDb();
  const rows = db
    .select({
      id: webhookDeliveries.id,
      event: webhookDeliveries.event,
      url: webhooks.url,
      status: webhookDeliveries.status,
      attempts: webhookDeliveries.attempts,
      responseCode: webhookDeliveries.responseCode,
      error: webhookDeliveries.error,
      createdAt: webhookDeliveries.createdAt,
      deliveredAt: webhookDeliveries.deliveredAt,
      nextAttemptAt: webhookDeliveries.nextAttemptAt,
    })
    .from(webhookDeliveries)
    .innerJoin(webhooks, eq(webhooks.id, webhookDeliveries.webhookId))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(DELIVERIES_PAGE_SIZE)
    .offset((page - 1) * DELIVERIES_PAGE_SIZE)
    .all();
  const total = db.select({ n: count() }).from(webhookDeliveries).get()?.n ?? 0;
  return { rows, total, page, pageSize: DELIVERIES_PAGE_SIZE };
}

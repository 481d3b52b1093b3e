import "server-only";
import { count, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { firstRow } from "@/db/query";
import { webhookDeliveries, webhooks } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { deliveryErrorForEveryone, receiverLabel } from "./redact";
import { deliveriesPageSchema } from "./schemas";

// Settings → Alerts reads. No read ever returns a signing secret. Every role sees which host alerts go
// to and how each delivery went; only "alerts:details" (admins) sees the full URL (it often carries a
// secret) and the receiver's answer (it may come from an internal service).

export const DELIVERIES_PAGE_SIZE = 25;

export async function listWebhooks() {
  const user = await requirePermission("settings:read");
  const details = can(user.role, "alerts:details");
  const rows = await getDb()
    .select({ id: webhooks.id, url: webhooks.url, events: webhooks.events, active: webhooks.active, createdAt: webhooks.createdAt })
    .from(webhooks)
    .orderBy(desc(webhooks.createdAt));
  return rows.map(({ url, ...w }) => ({ ...w, receiver: receiverLabel(url), url: details ? url : null }));
}

/** The delivery log, newest first (wh_deliveries_created_idx), with the receiver of each. */
export async function listDeliveries(pageInput?: string) {
  const user = await requirePermission("settings:read");
  const details = can(user.role, "alerts:details");
  const page = deliveriesPageSchema.parse(pageInput);
  const db = getDb();
  const found = await db
    .select({
      id: webhookDeliveries.id,
      event: webhookDeliveries.event,
      url: webhooks.url,
      status: webhookDeliveries.status,
      attempts: webhookDeliveries.attempts,
      responseCode: webhookDeliveries.responseCode,
      responseBody: webhookDeliveries.responseBody,
      error: webhookDeliveries.error,
      createdAt: webhookDeliveries.createdAt,
      deliveredAt: webhookDeliveries.deliveredAt,
      nextAttemptAt: webhookDeliveries.nextAttemptAt,
    })
    .from(webhookDeliveries)
    .innerJoin(webhooks, eq(webhooks.id, webhookDeliveries.webhookId))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(DELIVERIES_PAGE_SIZE)
    .offset((page - 1) * DELIVERIES_PAGE_SIZE);
  const rows = found.map(({ url, responseBody, error, ...d }) =>
    details ? { ...d, receiver: receiverLabel(url), url, responseBody, error } : { ...d, receiver: receiverLabel(url), url: null, responseBody: null, error: deliveryErrorForEveryone(error) },
  );
  const total = (await firstRow(db.select({ n: count() }).from(webhookDeliveries)))?.n ?? 0;
  return { rows, total, page, pageSize: DELIVERIES_PAGE_SIZE };
}

import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/index";
import { auditEvents } from "@/db/schema";
import { requirePermission } from "@/lib/auth/session";
import { auditActions, type AuditAction } from "@/lib/audit/record";

export const AUDIT_PAGE_SIZE = 50;

const actionNames = Object.keys(auditActions) as [AuditAction, ...AuditAction[]];

export const listAuditEventsSchema = z.object({
  actor: z
    .string()
    .trim()
    .toLowerCase()
    .max(320)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
  // An unknown action (an old bookmark) shows everything rather than failing the page.
  action: z.enum(actionNames).optional().catch(undefined),
  page: z.coerce.number().int().min(1).catch(1),
});
/** Raw query parameters are fine: invalid values fall back to no filter and page 1. */
export type ListAuditEventsInput = { actor?: string; action?: string; page?: string | number };

export type AuditEventRow = {
  id: number;
  at: Date;
  actorEmail: string | null;
  action: string;
  targetType: string | null;
  targetLabel: string | null;
  details: Record<string, unknown> | null;
};

/**
 * One page of the activity log, newest first. Each filter combination is served by an index:
 * audit_at_idx, audit_actor_at_idx (actor email), audit_action_at_idx (action).
 */
export async function listAuditEvents(input: ListAuditEventsInput = {}): Promise<{ rows: AuditEventRow[]; total: number; page: number; pageSize: number }> {
  await requirePermission("activity:read");
  const { actor, action, page } = listAuditEventsSchema.parse(input);
  const where = and(actor ? eq(auditEvents.actorEmail, actor) : undefined, action ? eq(auditEvents.action, action) : undefined);
  const db = getDb();
  const total = await db.$count(auditEvents, where);
  const rows = await db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      actorEmail: auditEvents.actorEmail,
      action: auditEvents.action,
      targetType: auditEvents.targetType,
      targetLabel: auditEvents.targetLabel,
      details: auditEvents.details,
    })
    .from(auditEvents)
    .where(where)
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE);
  return { rows, total, page, pageSize: AUDIT_PAGE_SIZE };
}

export function auditActionLabel(action: string): string {
  return (auditActions as Record<string, string>)[action] ?? action;
}

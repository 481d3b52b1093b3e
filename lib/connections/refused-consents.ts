import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/index";
import { databaseEngine } from "@/db/engine";
import { firstRow } from "@/db/query";
import { auditEvents, xeroApps } from "@/db/schema";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import type { SessionFailure } from "@/lib/connect-sessions/outcome";

// Consents Xero refused at a cap, from either flow: a dashboard user's Connect organisation and a
// customer's connect session (lib/connect-sessions/flow.ts records those as connect_session.failed with
// the same reasons). Activity is the one record of both; the app page reads its newest entry here.

export type CapRefusal = Extract<SessionFailure, "connection_limit" | "org_cap">;
const CAP_REASONS: CapRefusal[] = ["connection_limit", "org_cap"];

/** A dashboard user's consent refused at a cap (no session row: Activity holds it). */
export async function recordRefusedConsent(actor: AuditActor, appId: string, reason: CapRefusal): Promise<void> {
  const app = await firstRow(getDb().select({ name: xeroApps.name }).from(xeroApps).where(eq(xeroApps.id, appId)).limit(1));
  await recordAudit({ actor, action: "connection.consent_refused", target: { type: "app", id: appId, label: app?.name ?? null }, details: { reason } });
}

export type LastRefusal = { at: Date; who: string; reason: CapRefusal };

/** The newest consent refused at a cap for this app, through the dashboard or a connect session. */
export async function lastRefusedConsent(appId: string): Promise<LastRefusal | null> {
  // details is JSON text on both engines (db/pg-types.ts).
  const pg = databaseEngine() === "postgres";
  const reason = pg ? sql<string>`(${auditEvents.details}::jsonb ->> 'reason')` : sql<string>`json_extract(${auditEvents.details}, '$.reason')`;
  const customer = pg ? sql<string | null>`(${auditEvents.details}::jsonb ->> 'customer')` : sql<string | null>`json_extract(${auditEvents.details}, '$.customer')`;
  const row = await firstRow(
    getDb()
      .select({ at: auditEvents.at, actorEmail: auditEvents.actorEmail, customer, reason })
      .from(auditEvents)
      .where(and(inArray(auditEvents.action, ["connection.consent_refused", "connect_session.failed"]), eq(auditEvents.targetId, appId), inArray(reason, CAP_REASONS)))
      .orderBy(desc(auditEvents.at), desc(auditEvents.id))
      .limit(1),
  );
  if (!row) return null;
  return { at: row.at, who: row.customer ? `customer ${row.customer}` : (row.actorEmail ?? "someone"), reason: row.reason as CapRefusal };
}

/** "cap reached" / "organisation's uncertified-app slots full", for the app page's line. */
export const refusalReasonText: Record<CapRefusal, string> = { connection_limit: "cap reached", org_cap: "organisation's two uncertified-app slots full" };

import { getDb } from "@/db/index";
import { auditEvents } from "@/db/schema";
import { run, type Tx } from "@/db/steps";
import { realNow } from "@/lib/clock";

// Writing to the activity log. Callers are server code that has already authorised the action it records.

export type AuditActor = { id: string | null; email: string | null };
export type AuditInput = {
  actor: AuditActor;
  action: AuditAction;
  target?: { type: string; id?: string | null; label?: string | null };
  details?: Record<string, unknown>;
};

export const auditActions = {
  "auth.sign_in": "Signed in",
  "auth.sign_in_failed": "Sign-in failed",
  "auth.sign_in_locked": "Sign-in refused: locked",
  "auth.sign_out": "Signed out",
  "user.created": "User created",
  "user.role_changed": "Role changed",
  "user.deactivated": "User deactivated",
  "user.reactivated": "User reactivated",
  "app.created": "App registered",
  "app.updated": "App updated",
  "app.secret_replaced": "App secret replaced",
  "app.deleted": "App deleted",
  "connection.connected": "Organisations connected",
  "connection.connect_failed": "Connect failed",
  "connection.consent_refused": "Consent refused at a cap",
  "grant.imported": "Grant imported",
  "connection.observed": "Connections reported (observe-only)",
  "connection.disconnected": "Connection disconnected",
  "connection.disconnect_failed": "Disconnect failed",
  "sync.run": "Sync run",
  "xero.error": "Xero error",
  "settings.updated": "Settings updated",
  "job.run": "Background job started",
  "webhook.created": "Webhook added",
  "webhook.updated": "Webhook changed",
  "webhook.deleted": "Webhook removed",
  "webhook.tested": "Webhook test sent",
  "api_key.created": "API key created",
  "api_key.revoked": "API key revoked",
  "api_key.tokens_vended": "Access tokens vended (first today)",
  "connect_session.created": "Connect link created",
  "connect_session.completed": "Customer connected through a link",
  "connect_session.failed": "Connect link failed",
} as const;
export type AuditAction = keyof typeof auditActions;

const auditRow = (input: AuditInput, at: Date) => ({
  at,
  actorId: input.actor.id,
  actorEmail: input.actor.email,
  action: input.action,
  targetType: input.target?.type ?? null,
  targetId: input.target?.id ?? null,
  targetLabel: input.target?.label ?? null,
  details: input.details ?? null,
});

export async function recordAudit(input: AuditInput, at: Date = realNow()): Promise<void> {
  await getDb().insert(auditEvents).values(auditRow(input, at));
}

/** The audit entry as a step of a transaction (db/steps.ts): written with the change it records, or not at all. */
export function* auditStep(tx: Tx, input: AuditInput, at: Date = realNow()) {
  yield* run(tx.insert(auditEvents).values(auditRow(input, at)));
}

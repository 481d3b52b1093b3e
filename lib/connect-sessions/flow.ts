import "server-only";
import { and, eq, gt, inArray, lt } from "drizzle-orm";
import { getDb } from "@/db/index";
import { connectSessions, grants, oauthStates, xeroApps } from "@/db/schema";
import { emitAlert } from "@/lib/alerts/emit";
import { countedConnections } from "@/lib/apps/counts";
import { recordAudit } from "@/lib/audit/record";
import { realNow, xeroNow } from "@/lib/clock";
import { encrypt } from "@/lib/crypto";
import { endUserById, endUserLabel, endUserView } from "@/lib/end-users/store";
import { appCredentials } from "@/lib/grants/app-credentials";
import { effectiveCap } from "@/lib/limits/plans";
import { buildAuthorizeUrl } from "@/lib/xero/authorize";
import { XeroOAuthError } from "@/lib/xero/errors";
import { redeemConsent, storeConsent } from "@/lib/connections/connect";
import { hashSessionToken } from "./links";
import { failureFromCallback, type SessionFailure } from "./outcome";
import { returnUrlWith } from "./return-url";
import { CONNECT_STATE_TTL_MINUTES } from "@/lib/connections/connect-errors";

// The public side of a connect session: the end user (no dashboard account) opens the link, goes to
// Xero and comes back through the dashboard's callback. The OAuth state of a session is stored with
// owner "connect-session:<id>", which can never equal a dashboard user's id, so neither kind of callback
// can complete the other.

const STATE_TTL_MS = CONNECT_STATE_TTL_MINUTES * 60_000;
export const SESSION_STATE_OWNER = "connect-session:";

type SessionRow = typeof connectSessions.$inferSelect;
export type SessionPage =
  | { kind: "invalid" }
  | { kind: "ready"; appName: string; customer: string; reconnect: boolean }
  | { kind: "used"; appName: string }
  | { kind: "failed"; appName: string; reason: SessionFailure; returnTo: string };

const appOf = (appId: string) =>
  getDb().select({ name: xeroApps.name, plan: xeroApps.plan, capOverride: xeroApps.capOverride, count: countedConnections }).from(xeroApps).where(eq(xeroApps.id, appId)).get();
const byToken = (token: string) =>
  getDb()
    .select()
    .from(connectSessions)
    .where(eq(connectSessions.tokenHash, hashSessionToken(token)))
    .get();
const failedTo = (s: SessionRow, reason: string) => returnUrlWith(s.returnUrl, { session: s.id, status: "failed", error: reason });

/** The app has no free slot: a new consent could only end on Xero's limit screen. Reconnects add nothing. */
function atCap(s: SessionRow): { cap: number; used: number } | null {
  const app = appOf(s.appId);
  const cap = app ? effectiveCap(app) : null;
  if (s.reconnectGrantId || !app || cap === null || app.count < cap) return null;
  return { cap, used: app.count };
}

/** Ends a pending or opened session as failed, once: Activity, and the connect_session.failed webhook. */
export async function failSession(s: SessionRow, reason: SessionFailure, details: Record<string, unknown> = {}): Promise<void> {
  const db = getDb();
  const at = realNow();
  const changed = db
    .update(connectSessions)
    .set({ status: reason === "expired" ? "expired" : "failed", error: reason, finishedAt: at })
    .where(and(eq(connectSessions.id, s.id), inArray(connectSessions.status, ["pending", "opened"])))
    .run().changes;
  if (changed === 0) return;
  const app = appOf(s.appId);
  const endUser = endUserById(db, s.endUserId);
  const customer = endUser ? endUserLabel(endUser) : null;
  await recordAudit({
    actor: { id: `end-user:${s.endUserId}`, email: `Customer ${endUser?.externalId ?? "?"}` },
    action: "connect_session.failed",
    target: { type: "app", id: s.appId, label: app?.name ?? null },
    details: { session: s.id, reason, customer, ...details },
  });
  await emitAlert("connect_session.failed", {
    session: { id: s.id, reconnectGrantId: s.reconnectGrantId },
    app: { id: s.appId, name: app?.name ?? null },
    endUser: endUser ? endUserView(endUser) : null,
    reason,
    ...details,
    at: at.toISOString(),
  });
}

/** What the link's page shows. Opening it does not use it up: only continuing to Xero does (mail scanners open links too). */
export async function viewSession(token: string): Promise<SessionPage> {
  const s = byToken(token);
  if (!s) return { kind: "invalid" };
  const appName = appOf(s.appId)?.name ?? "this app";
  if (s.status === "pending" && s.expiresAt.getTime() < realNow().getTime()) await failSession(s, "expired");
  else if (s.status === "pending") {
    const full = atCap(s);
    if (full) await failSession(s, "connection_limit", full);
  }
  const now = getDb().select().from(connectSessions).where(eq(connectSessions.id, s.id)).get()!;
  if (now.status === "pending") {
    const endUser = endUserById(getDb(), now.endUserId);
    return { kind: "ready", appName, customer: endUser ? endUserLabel(endUser) : "you", reconnect: Boolean(now.reconnectGrantId) };
  }
  if ((now.status === "failed" || now.status === "expired") && now.error && !now.openedAt) return { kind: "failed", appName, reason: now.error as SessionFailure, returnTo: failedTo(now, now.error) };
  return { kind: "used", appName };
}

/** Uses the link up (once, atomically) and returns Xero's authorize URL, or null when it cannot be used. */
export async function startSession(token: string): Promise<string | null> {
  const s = byToken(token);
  if (!s || (await viewSession(token)).kind !== "ready") return null;
  const db = getDb();
  const opened = db
    .update(connectSessions)
    .set({ status: "opened", openedAt: realNow() })
    .where(and(eq(connectSessions.id, s.id), eq(connectSessions.status, "pending"), gt(connectSessions.expiresAt, realNow())))
    .run().changes;
  if (opened === 0) return null;
  const app = await appCredentials(s.appId);
  const auth = buildAuthorizeUrl({ endpoints: app.endpoints, clientId: app.clientId, redirectUri: app.redirectUri, scopes: app.scopes, pkce: !app.clientSecret });
  const at = xeroNow();
  db.delete(oauthStates).where(lt(oauthStates.expiresAt, at)).run();
  db.insert(oauthStates)
    .values({
      state: auth.state,
      appId: s.appId,
      userId: `${SESSION_STATE_OWNER}${s.id}`,
      codeVerifierEnc: encrypt(auth.codeVerifier ?? ""),
      createdAt: at,
      expiresAt: new Date(at.getTime() + STATE_TTL_MS),
    })
    .run();
  return auth.url;
}

/** Whether a callback's state belongs to a connect session (checked before the dashboard's sign-in). */
export function isSessionState(state: string | null): boolean {
  if (!state) return false;
  const row = getDb().select({ userId: oauthStates.userId }).from(oauthStates).where(eq(oauthStates.state, state)).get();
  return Boolean(row?.userId.startsWith(SESSION_STATE_OWNER));
}

/** Finishes a session from Xero's redirect; returns where to send the end user (the team's returnUrl). */
export async function completeSession(params: URLSearchParams): Promise<string | null> {
  const db = getDb();
  const state = params.get("state") ?? "";
  const pending = db.select().from(oauthStates).where(eq(oauthStates.state, state)).get();
  if (!pending?.userId.startsWith(SESSION_STATE_OWNER)) return null;
  db.delete(oauthStates).where(eq(oauthStates.state, state)).run();
  const s = db
    .select()
    .from(connectSessions)
    .where(eq(connectSessions.id, pending.userId.slice(SESSION_STATE_OWNER.length)))
    .get();
  if (!s) return null;
  if (s.status !== "opened") return returnUrlWith(s.returnUrl, { session: s.id, status: s.status, ...(s.error ? { error: s.error } : {}) });
  if (pending.expiresAt < xeroNow()) {
    await failSession(s, "expired");
    return failedTo(s, "expired");
  }
  const xeroError = params.get("error");
  if (xeroError) {
    const reason = failureFromCallback(xeroError, params.get("error_description"));
    await failSession(s, reason, { xeroError });
    return failedTo(s, reason);
  }
  try {
    const consent = await redeemConsent(s.appId, params, pending.codeVerifierEnc);
    if (s.reconnectGrantId) {
      const grant = db.select({ xeroUserId: grants.xeroUserId }).from(grants).where(eq(grants.id, s.reconnectGrantId)).get();
      if (grant && grant.xeroUserId !== consent.xeroUserId) {
        await failSession(s, "wrong_user", { xeroUser: consent.person.email });
        return failedTo(s, "wrong_user");
      }
    }
    const { grantId } = await storeConsent(s.appId, consent, { source: "connect_session", endUserId: s.endUserId });
    const connectionIds = consent.picked.map((c) => c.id);
    db.update(connectSessions).set({ status: "completed", connectionIds, finishedAt: realNow() }).where(eq(connectSessions.id, s.id)).run();
    const endUser = endUserById(db, s.endUserId);
    await recordAudit({
      actor: { id: `end-user:${s.endUserId}`, email: `Customer ${endUser?.externalId ?? "?"}` },
      action: "connect_session.completed",
      target: { type: "app", id: s.appId, label: consent.app.name },
      details: {
        session: s.id,
        grantId,
        reconnect: Boolean(s.reconnectGrantId),
        customer: endUser ? endUserLabel(endUser) : null,
        xeroUser: consent.person.email,
        organisations: consent.picked.map((c) => c.tenantName ?? c.tenantId),
      },
    });
    return returnUrlWith(s.returnUrl, { session: s.id, status: "completed", connections: connectionIds.join(",") });
  } catch (error) {
    const reason: SessionFailure = error instanceof XeroOAuthError && error.code === "access_denied" ? "access_denied" : "xero_error";
    await failSession(s, reason, { error: error instanceof Error ? error.message : String(error) });
    return failedTo(s, reason);
  }
}

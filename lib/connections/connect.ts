import "server-only";
import crypto from "node:crypto";
import { and, eq, inArray, lt } from "drizzle-orm";
import { getDb } from "@/db/index";
import { connections, grants, oauthStates } from "@/db/schema";
import { requirePermission, type SessionUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { decrypt, encrypt } from "@/lib/crypto";
import { realNow, xeroNow } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { appCredentials } from "@/lib/grants/app-credentials";
import { sealTokens } from "@/lib/grants/sealed-tokens";
import { appCallOptions } from "@/lib/grants/rate-limit-samples";
import { buildAuthorizeUrl } from "@/lib/xero/authorize";
import { exchangeCode } from "@/lib/xero/tokens";
import { listConnections } from "@/lib/xero/connections";
import { decodeAccessToken } from "@/lib/xero/access-token";
import { verifyIdToken } from "@/lib/xero/id-token";
import { XeroOAuthError } from "@/lib/xero/errors";
import { CONNECT_STATE_TTL_MINUTES, connectErrorCode, type ConnectErrorCode } from "./connect-errors";
import { recordRefusedConsent } from "./refused-consents";
import { applyXeroList, inTransaction } from "./store";
import { refreshStaleness } from "@/lib/staleness/apply";
import { afterConnectionsChanged } from "@/lib/jobs/after-sync";
import { queueConnectionsCreated } from "@/lib/alerts/connection-alerts";

// The authorization code flow (docs/architecture.md#connect). Every Xero call happens before the single
// transaction that writes the grant, organisations and connections, so a failure leaves nothing half-written.

const STATE_TTL_MS = CONNECT_STATE_TTL_MINUTES * 60 * 1000;
/** Which app a consent in flight belongs to, so even an unmatched return lands on that app's page. */
export const CONNECT_APP_COOKIE = "cd_connect_app";

/**
 * Starts a consent: remembers state and the PKCE verifier server-side, returns Xero's authorize URL. The
 * caller (a server action, through defineAction) has checked "connections:connect" for this user.
 */
export async function startConnect(appId: string, user: SessionUser): Promise<string> {
  const app = await appCredentials(appId);
  if (app.plan === "custom-connection") throw new AppError("bad_request", "A Custom Connection connects with client credentials: use Connect with client credentials.");
  const auth = buildAuthorizeUrl({ endpoints: app.endpoints, clientId: app.clientId, redirectUri: app.redirectUri, scopes: app.scopes, pkce: !app.clientSecret });
  // The state is the flow's CSRF token: it expires in security time, whatever the sandbox clock says.
  const at = realNow();
  const db = getDb();
  db.delete(oauthStates).where(lt(oauthStates.expiresAt, at)).run();
  db.insert(oauthStates)
    .values({ state: auth.state, appId, userId: user.id, codeVerifierEnc: encrypt(auth.codeVerifier ?? ""), createdAt: at, expiresAt: new Date(at.getTime() + STATE_TTL_MS) })
    .run();
  return auth.url;
}

export type ConnectOutcome = { appId: string | null } & ({ ok: true; authEventId: string; names: string[] } | { ok: false; code: ConnectErrorCode });

/** Takes (and consumes) the pending request for this state; usable only if it is this user's and still fresh. */
function takeState(state: string | null, user: SessionUser) {
  if (!state) return null;
  const db = getDb();
  const row = db.select().from(oauthStates).where(eq(oauthStates.state, state)).get();
  if (!row) return null;
  db.delete(oauthStates).where(eq(oauthStates.state, state)).run();
  return { ...row, usable: row.userId === user.id && row.expiresAt >= realNow() };
}

/** What one consent redeemed: the tokens, who authorised and the organisations Xero lists for them. */
export type RedeemedConsent = Awaited<ReturnType<typeof redeemConsent>>;

/**
 * Exchanges the callback's code and reads who consented and what they connected. Every Xero call of a
 * connect happens here, before anything is written. Shared by the dashboard's Connect and connect sessions.
 */
export async function redeemConsent(appId: string, params: URLSearchParams, codeVerifierEnc: string) {
  const xeroError = params.get("error");
  if (xeroError) throw new XeroOAuthError(xeroError, params.get("error_description") ?? undefined, undefined);
  const code = params.get("code");
  if (!code) throw new XeroOAuthError("invalid_request", "no code in the callback", undefined);
  const app = await appCredentials(appId);
  const verifier = decrypt(codeVerifierEnc) || undefined;
  const options = appCallOptions(appId);
  const tokens = await exchangeCode({ ...app, code, redirectUri: app.redirectUri, codeVerifier: verifier }, options);
  const claims = decodeAccessToken(tokens.accessToken);
  const identity = tokens.idToken ? await verifyIdToken(tokens.idToken, { endpoints: app.endpoints, clientId: app.clientId }) : null;
  const authEventId = claims.authentication_event_id ?? crypto.randomUUID();
  const picked = claims.authentication_event_id ? (await listConnections({ endpoints: app.endpoints, accessToken: tokens.accessToken, authEventId }, options)).connections : [];
  const all = (await listConnections({ endpoints: app.endpoints, accessToken: tokens.accessToken }, options)).connections;
  const xeroUserId = identity?.xero_userid ?? claims.xero_userid;
  if (!xeroUserId) throw new AppError("upstream", "Xero did not say which user authorised this consent.");
  const person = {
    email: (identity?.email ?? identity?.preferred_username ?? "").toLowerCase(),
    name: [identity?.given_name, identity?.family_name].filter(Boolean).join(" ") || identity?.email || "Unknown Xero user",
  };
  return { app, tokens, authEventId, hasAuthEvent: Boolean(claims.authentication_event_id), picked, all, xeroUserId, person };
}

export type ConsentAttribution = { source: "dashboard" | "connect_session"; endUserId: string | null };

/**
 * Writes a redeemed consent in one transaction: the grant (found by app and Xero user, so a reconnect
 * repairs the same grant in place), its organisations and connections, and the end user it came through.
 */
export async function storeConsent(appId: string, c: RedeemedConsent, attribution: ConsentAttribution = { source: "dashboard", endUserId: null }): Promise<{ grantId: string; added: string[] }> {
  const at = xeroNow();
  const result = inTransaction((tx) => {
    const existing = tx
      .select({ id: grants.id, authEventIds: grants.authEventIds })
      .from(grants)
      .where(and(eq(grants.appId, appId), eq(grants.xeroUserId, c.xeroUserId)))
      .get();
    const id = existing?.id ?? crypto.randomUUID();
    const authEventIds = [...new Set([...(existing?.authEventIds ?? []), c.authEventId])];
    const byProduct = attribution.source === "connect_session" ? { source: attribution.source, endUserId: attribution.endUserId } : {};
    const fields = {
      ...c.person,
      ...byProduct,
      authEventIds,
      tokenSetEnc: sealTokens(c.tokens),
      accessExpiresAt: c.tokens.expiresAt,
      refreshObtainedAt: at,
      lastRefreshOkAt: at,
      failureCount: 0,
      lastFailureReason: null,
      status: "active" as const,
      updatedAt: at,
    };
    if (existing) tx.update(grants).set(fields).where(eq(grants.id, id)).run();
    else
      tx.insert(grants)
        .values({ id, appId, xeroUserId: c.xeroUserId, createdAt: at, ...fields })
        .run();
    const plan = applyXeroList(tx, { id, appId }, c.all);
    // The organisations picked in this consent came through this end user; earlier ones keep theirs.
    const pickedIds = c.picked.map((p) => p.id);
    if (attribution.endUserId && pickedIds.length > 0)
      tx.update(connections)
        .set({ endUserId: attribution.endUserId })
        .where(and(eq(connections.grantId, id), inArray(connections.id, pickedIds)))
        .run();
    const added = plan.added.map((a) => a.id);
    queueConnectionsCreated(tx, id, added, attribution.endUserId);
    return { grantId: id, added };
  });
  await refreshStaleness([result.grantId]);
  afterConnectionsChanged();
  return result;
}

/** Completes a consent from Xero's redirect to /api/xero/callback. */
export async function completeConnect(params: URLSearchParams): Promise<ConnectOutcome> {
  const user = await requirePermission("connections:connect");
  const pending = takeState(params.get("state"), user);
  // An expired or someone else's request still names its app: the user lands on that app's page.
  if (!pending || !pending.usable) return { appId: pending?.appId ?? null, ok: false, code: "state" };
  const appId = pending.appId;
  try {
    const consent = await redeemConsent(appId, params, pending.codeVerifierEnc);
    const { grantId } = await storeConsent(appId, consent);
    const names = consent.picked.map((c) => c.tenantName ?? c.tenantId);
    await recordAudit({
      actor: user,
      action: "connection.connected",
      target: { type: "app", id: appId, label: consent.app.name },
      details: { grantId, xeroUser: consent.person.email, organisations: names, authEventId: consent.authEventId },
    });
    if (consent.hasAuthEvent && consent.picked.length === 0) return { appId, ok: false, code: "no_organisation" };
    return { appId, ok: true, authEventId: consent.authEventId, names };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = connectErrorCode(error);
    const refusal = code === "cap_reached" ? "connection_limit" : code === "org_cap" ? "org_cap" : null;
    if (refusal) await recordRefusedConsent(user, appId, refusal);
    else await recordAudit({ actor: user, action: "connection.connect_failed", target: { type: "app", id: appId }, details: { code, error: error instanceof Error ? error.message : String(error) } });
    return { appId, ok: false, code };
  }
}

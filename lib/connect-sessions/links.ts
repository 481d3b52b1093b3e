import "server-only";
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { connectSessions, grants, xeroApps } from "@/db/schema";
import { first, type Tx, type Work } from "@/db/steps";
import { realNow } from "@/lib/clock";
import { env } from "@/lib/env";

// System layer: writing connect sessions. The link carries a random token; only its SHA-256 is stored,
// so the database alone cannot be turned into working links. Callers have checked the permission. Both writers are
// steps of the caller's transaction (db/steps.ts); outside one, `await transact((tx) => …Step(tx, …))`.

export const SESSION_TTL_MS = 30 * 60 * 1000;
export const CONNECT_PATH = "/connect";

export const hashSessionToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");
export const connectUrl = (token: string) => `${env().appUrl}${CONNECT_PATH}/${token}`;

export type NewSession = { appId: string; endUserId: string; returnUrl: string; reconnectGrantId: string | null; createdBy: string };

export function* insertConnectSessionStep(tx: Tx, s: NewSession) {
  const token = crypto.randomBytes(32).toString("base64url");
  const at = realNow();
  const row: typeof connectSessions.$inferSelect | undefined = yield* first(
    tx
      .insert(connectSessions)
      .values({ id: crypto.randomUUID(), tokenHash: hashSessionToken(token), ...s, status: "pending", createdAt: at, expiresAt: new Date(at.getTime() + SESSION_TTL_MS) })
      .returning(),
  );
  return { id: row!.id, url: connectUrl(token), row: row! };
}

/**
 * A reconnect link for a grant that needs re-authorisation: the same end user, back to the app's first
 * allowed return URL. When there is no end user or no return URL, why not (for the message).
 */
export function* reconnectLinkForStep(tx: Tx, grantId: string, createdBy: string): Work<{ ok: true; url: string; sessionId: string; expiresAt: Date } | { ok: false; reason: string }> {
  const g = yield* first(
    tx
      .select({ endUserId: grants.endUserId, appId: grants.appId, returnUrls: xeroApps.allowedReturnUrls })
      .from(grants)
      .innerJoin(xeroApps, eq(xeroApps.id, grants.appId))
      .where(eq(grants.id, grantId))
      .limit(1),
  );
  if (!g) return { ok: false, reason: "The grant no longer exists." };
  if (!g.endUserId)
    return {
      ok: false,
      reason: "No reconnect link: this grant was not made through a connect session or import, so it has no end user to send one to. Reconnect it from the app's page in Connection Desk.",
    };
  const returnUrl = g.returnUrls[0];
  if (!returnUrl) return { ok: false, reason: "No reconnect link: the app has no allowed return URL. Add one on the app's Edit page in Connection Desk." };
  const made = yield* insertConnectSessionStep(tx, { appId: g.appId, endUserId: g.endUserId, returnUrl, reconnectGrantId: grantId, createdBy });
  return { ok: true, url: made.url, sessionId: made.id, expiresAt: made.row.expiresAt };
}

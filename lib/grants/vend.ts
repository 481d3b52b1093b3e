import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { getDb } from "@/db/index";
import { connections, grants, xeroApps } from "@/db/schema";
import { transact } from "@/db/steps";
import { ApiProblem } from "@/lib/api/errors";
import { recordTokenVend } from "@/lib/api-keys/usage";
import { currentApiKey, requirePermission } from "@/lib/auth/session";
import { reconnectLinkForStep } from "@/lib/connect-sessions/links";
import { notFound } from "@/lib/errors";
import { XeroOAuthError } from "@/lib/xero/errors";
import { validTokenSet } from "./token-store";

// Domain: the team's backend asks for a working access token instead of holding refresh tokens itself.
// Refreshes are shared (one per grant however many callers); a dead grant answers with a reconnect link.

export type VendedToken = { grantId: string; accessToken: string; tokenType: "Bearer"; expiresAt: string; xeroUserId: string; tenantIds: string[] };

async function needsReauth(grantId: string, label: string): Promise<ApiProblem> {
  const createdBy = currentApiKey() ? `api-key:${currentApiKey()!.keyId}` : "system:vend";
  const link = await transact((tx) => reconnectLinkForStep(tx, grantId, createdBy));
  const message = `${label} must re-authorise: Xero no longer accepts this grant's refresh token.`;
  return link.ok
    ? new ApiProblem(409, "needs_reauth", `${message} Send your customer to details.reconnectUrl (single use, valid 30 minutes).`, {
        grantId,
        reconnectUrl: link.url,
        reconnectSessionId: link.sessionId,
        reconnectExpiresAt: link.expiresAt.toISOString(),
      })
    : new ApiProblem(409, "needs_reauth", `${message} ${link.reason}`, { grantId, reconnectUrl: null });
}

export async function vendAccessToken(grantId: string, covers: (environment: string) => boolean = () => true): Promise<VendedToken> {
  await requirePermission("tokens:vend");
  const db = getDb();
  const [grant] = await db
    .select({
      id: grants.id,
      status: grants.status,
      source: grants.source,
      tokenSetEnc: grants.tokenSetEnc,
      xeroUserId: grants.xeroUserId,
      name: grants.name,
      email: grants.email,
      environment: xeroApps.environment,
    })
    .from(grants)
    .innerJoin(xeroApps, eq(xeroApps.id, grants.appId))
    .where(eq(grants.id, grantId))
    .limit(1);
  if (!grant || !covers(grant.environment)) throw notFound("That grant");
  const label = `${grant.name} (${grant.email || grant.xeroUserId})`;
  if (grant.source === "observed" || !grant.tokenSetEnc)
    throw new ApiProblem(
      409,
      "no_token_held",
      "Connection Desk holds no token for this grant: it is observed only (your product keeps the tokens). Import the grant to have Connection Desk vend tokens.",
      { grantId },
    );
  if (grant.status !== "active") throw await needsReauth(grantId, label);
  let tokens;
  try {
    tokens = await validTokenSet(grantId);
  } catch (error) {
    // The refresh marked the grant needs_reauth (and raised grant.needs_reauth); the caller gets the link.
    if (error instanceof XeroOAuthError && error.code === "invalid_grant") throw await needsReauth(grantId, label);
    throw new ApiProblem(502, "upstream_error", `Xero did not refresh the token: ${error instanceof Error ? error.message : String(error)}. Try again shortly.`, { grantId });
  }
  const tenantIds = (
    await db
      .select({ tenantId: connections.tenantId })
      .from(connections)
      .where(and(eq(connections.grantId, grantId), ne(connections.status, "disconnected")))
  ).map((c) => c.tenantId);
  const key = currentApiKey();
  if (key) await recordTokenVend(key, { id: grantId, label });
  return { grantId, accessToken: tokens.accessToken, tokenType: "Bearer", expiresAt: tokens.expiresAt.toISOString(), xeroUserId: grant.xeroUserId, tenantIds: [...new Set(tenantIds)] };
}

import "server-only";
import { requirePermission } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { xeroNow } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import type { EndUserInput } from "@/lib/end-users/store";
import { decodeAccessToken } from "@/lib/xero/access-token";
import { listConnections } from "@/lib/xero/connections";
import { isXeroError, XeroOAuthError } from "@/lib/xero/errors";
import { verifyIdToken } from "@/lib/xero/id-token";
import { refreshTokens } from "@/lib/xero/tokens";
import type { CallOptions, TokenSet } from "@/lib/xero/types";
import { appCredentials, type AppCredentials } from "./app-credentials";
import { storeIngestedGrant, type IngestResult } from "./ingest-store";
import { appCallOptions } from "./rate-limit-samples";

// Import of a grant the team's product already holds: redeem its refresh token, learn who it belongs to and
// what it reaches, then store it. Every Xero call comes first; nothing is written unless Xero accepted the
// token. Redeeming rotates the refresh token (docs/xero.md#refresh-tokens): the product's copy dies after
// Xero's grace period, which the API answer says plainly.

export const IMPORT_NOTICE =
  "Connection Desk redeemed this refresh token and now holds the grant. Xero rotated it: your copy stops working once Xero's grace period (30 minutes) ends. Stop refreshing it yourself and ask Connection Desk for access tokens (POST /api/v1/grants/{id}/access-token).";

export type ImportInput = { appId: string; refreshToken: string; endUser?: EndUserInput };

/** Refused by Xero: the token is not this app's, or expired, rotated away or revoked. Nothing is stored. */
function refusal(error: XeroOAuthError): AppError {
  if (error.code === "invalid_client" || error.code === "unauthorized_client")
    return new AppError(
      "conflict",
      "Xero refused this app's credentials for that refresh token (invalid_client). Check that the token was issued to this app and that its client secret is current. Nothing was stored.",
    );
  return new AppError(
    "conflict",
    "Xero refused the refresh token (invalid_grant): it belongs to another app, or it expired, was already rotated or was revoked. Nothing was stored; your copy is unchanged.",
  );
}

/** Redeems the refresh token: Xero's refusal means nothing happened, on either side. */
async function redeem(app: AppCredentials, refreshToken: string, options: CallOptions): Promise<TokenSet> {
  try {
    return await refreshTokens({ ...app, refreshToken }, options);
  } catch (error) {
    if (error instanceof XeroOAuthError) throw refusal(error);
    if (isXeroError(error)) throw new AppError("upstream", error.userMessage);
    throw error;
  }
}

/** Who authorised the grant and what it reaches. Xero has rotated the token by now, so a failure says how to retry. */
async function learn(app: AppCredentials, tokens: TokenSet, options: CallOptions) {
  try {
    const claims = decodeAccessToken(tokens.accessToken);
    const identity = tokens.idToken ? await verifyIdToken(tokens.idToken, { endpoints: app.endpoints, clientId: app.clientId }) : null;
    const xeroUserId = identity?.xero_userid ?? claims.xero_userid;
    if (!xeroUserId) throw new AppError("upstream", "Xero did not say which user authorised this grant.");
    const { connections: listed } = await listConnections({ endpoints: app.endpoints, accessToken: tokens.accessToken }, options);
    // Tokens issued before May 2020 carry no auth event: the connections they list name theirs.
    const authEventIds = claims.authentication_event_id ? [claims.authentication_event_id] : [...new Set(listed.map((c) => c.authEventId).filter((e): e is string => !!e))];
    const person = identity
      ? {
          email: (identity.email ?? identity.preferred_username ?? "").toLowerCase(),
          name: [identity.given_name, identity.family_name].filter(Boolean).join(" ") || identity.email || "Unknown Xero user",
        }
      : null;
    return { xeroUserId, listed, authEventIds, person };
  } catch (error) {
    const what = error instanceof AppError ? error.message : isXeroError(error) ? error.userMessage : "Reading who authorised the grant failed.";
    if (!(error instanceof AppError) && !isXeroError(error)) throw error;
    throw new AppError(
      "upstream",
      `${what} Xero had already rotated the refresh token, but nothing was stored: your copy keeps working for Xero's 30-minute grace period, so retry the import within it.`,
    );
  }
}

export async function importGrant(input: ImportInput, checkApp?: (environment: string) => void): Promise<IngestResult> {
  const user = await requirePermission("connections:connect");
  const app = await appCredentials(input.appId);
  checkApp?.(app.environment);
  if (app.plan === "custom-connection") throw new AppError("conflict", "A Custom Connection has no refresh tokens to import: it connects with client credentials.");
  const options = appCallOptions(app.appId);
  const tokens = await redeem(app, input.refreshToken, options);
  const { xeroUserId, listed, authEventIds, person } = await learn(app, tokens, options);
  const result = await storeIngestedGrant({ appId: app.appId, xeroUserId, person, authEventIds, tokens, endUser: input.endUser, listed, at: xeroNow() });
  await recordAudit({
    actor: user,
    action: "grant.imported",
    target: { type: "app", id: app.appId, label: app.name },
    details: { grantId: result.grantId, created: result.created, xeroUserId, endUser: input.endUser?.id ?? null, organisations: listed.map((c) => c.tenantName ?? c.tenantId) },
  });
  return result;
}

import "server-only";
import { requirePermission } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { xeroNow } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import type { EndUserInput } from "@/lib/end-users/store";
import { verifyAccessToken } from "@/lib/xero/access-token";
import { listConnections } from "@/lib/xero/connections";
import { isXeroError, XeroApiError, XeroIdTokenError } from "@/lib/xero/errors";
import { appCredentials } from "./app-credentials";
import { storeIngestedGrant, type IngestResult } from "./ingest-store";
import { appCallOptions } from "./rate-limit-samples";

// Observe-only: the team's product keeps its tokens and shows us one access token. We verify it is this
// app's (signature, issuer, audience, client_id), call /connections once, record what Xero lists as
// observed connections and keep no token.

export type ObserveInput = { appId: string; accessToken: string; endUser?: EndUserInput };

function refusal(error: XeroIdTokenError): AppError {
  if (error.reason === "discovery") return new AppError("upstream", "Could not load Xero's signing keys to check the access token. Try again in a moment.");
  if (error.reason === "expired") return new AppError("conflict", "The access token has expired (Xero's last 30 minutes). Send a current one. Nothing was recorded.");
  if (error.reason === "audience") return new AppError("conflict", "The access token was issued to another app (its client_id is not this app's). Nothing was recorded.");
  return new AppError("conflict", "The access token could not be verified as one Xero issued (signature, issuer or audience). Nothing was recorded.");
}

export async function reportObservation(input: ObserveInput, checkApp?: (environment: string) => void): Promise<IngestResult & { observedAt: Date }> {
  const user = await requirePermission("connections:connect");
  const app = await appCredentials(input.appId);
  checkApp?.(app.environment);
  try {
    const claims = await verifyAccessToken(input.accessToken, { endpoints: app.endpoints, clientId: app.clientId });
    if (!claims.xero_userid) throw new AppError("conflict", "The access token names no Xero user (a Custom Connection's token?): only a user's token can be observed.");
    const { connections: listed } = await listConnections({ endpoints: app.endpoints, accessToken: input.accessToken }, appCallOptions(app.appId));
    // The product holds every sign-in's tokens: no listed connection is "from a sign-in nobody holds".
    const authEventIds = [...new Set([claims.authentication_event_id, ...listed.map((c) => c.authEventId)].filter((e): e is string => !!e))];
    const observedAt = xeroNow();
    const result = await storeIngestedGrant({ appId: app.appId, xeroUserId: claims.xero_userid, person: null, authEventIds, tokens: null, endUser: input.endUser, listed, at: observedAt });
    await recordAudit({
      actor: user,
      action: "connection.observed",
      target: { type: "app", id: app.appId, label: app.name },
      details: { grantId: result.grantId, xeroUserId: claims.xero_userid, endUser: input.endUser?.id ?? null, organisations: listed.map((c) => c.tenantName ?? c.tenantId) },
    });
    return { ...result, observedAt };
  } catch (error) {
    if (error instanceof XeroIdTokenError) throw refusal(error);
    if (error instanceof XeroApiError && error.status === 401) throw new AppError("conflict", "Xero refused the access token (expired or revoked). Send a current one. Nothing was recorded.");
    if (isXeroError(error)) throw new AppError("upstream", error.userMessage);
    throw error;
  }
}

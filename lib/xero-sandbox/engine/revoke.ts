import { xeroNowMs } from "@/lib/clock";
import { sandboxTransaction } from "@/lib/xero-sandbox/db";
import { getAppByClientId, secretMatches } from "@/lib/xero-sandbox/store/apps";
import { deleteUserConnections } from "@/lib/xero-sandbox/store/connections";
import { deleteGrant, findRefreshToken, revokeUserTokens } from "@/lib/xero-sandbox/store/tokens";
import type { ClientAuth, TokenResult } from "@/lib/xero-sandbox/engine/token-grants";

// Revocation (docs/xero.md#revocation): the refresh token dies and so do all of that user's connections to
// the app. Unknown tokens still answer 200, as RFC 7009 servers do, so a client cannot probe for tokens.

export function revokeRefreshToken(auth: ClientAuth, token: string): TokenResult {
  const app = auth.clientId ? getAppByClientId(auth.clientId) : undefined;
  if (!app || (auth.secret !== null && !secretMatches(app, auth.secret))) return { status: 400, body: { error: "invalid_client" } };
  const row = token ? findRefreshToken(token) : undefined;
  if (row && row.appId === app.id) {
    if (auth.secret === null && !row.publicClient) return { status: 400, body: { error: "invalid_client" } };
    sandboxTransaction(() => {
      revokeUserTokens(app.id, row.userId, xeroNowMs());
      deleteUserConnections(app.id, row.userId);
      deleteGrant(app.id, row.userId);
    });
  }
  return { status: 200, body: {} };
}

import { xeroNowMs } from "@/lib/clock";
import { getAppByClientId, secretMatches, type SandboxApp } from "@/lib/xero-sandbox/store/apps";
import { getXeroUser } from "@/lib/xero-sandbox/store/directory";
import { findUserConnection } from "@/lib/xero-sandbox/store/connections";
import { consumeCode, findCode, findRefreshToken, issueRefreshToken, rotateRefreshToken } from "@/lib/xero-sandbox/store/tokens";
import { ACCESS_TOKEN_SECONDS, codeProblem, refreshProblem } from "@/lib/xero-sandbox/rules/lifetimes";
import { pkceMatches } from "@/lib/xero-sandbox/rules/pkce";
import { grantCustomScopes, parseScopeList } from "@/lib/xero-sandbox/rules/scopes";
import { hex32 } from "@/lib/xero-sandbox/ids";
import { signAccessToken, signIdToken, type TokenContext } from "@/lib/xero-sandbox/engine/jwt";

// The token endpoint's grants (docs/xero.md#token-requests, docs/xero.md#token-errors). Every failure is 400
// {"error": "..."} as Xero answers.

export type ClientAuth = { clientId: string | null; secret: string | null };
export type TokenResult = { status: number; body: Record<string, unknown> };

const oauthError = (error: string): TokenResult => ({ status: 400, body: { error } });

/** Finds the app and checks its secret when one is sent; a public (PKCE) client sends none. */
function authenticate(auth: ClientAuth): SandboxApp | TokenResult {
  if (!auth.clientId) return oauthError("invalid_client");
  const app = getAppByClientId(auth.clientId);
  if (!app) return oauthError("invalid_client");
  if (auth.secret !== null && !secretMatches(app, auth.secret)) return oauthError("invalid_client");
  return app;
}

async function tokenResponse(c: TokenContext, refreshToken: string | null): Promise<TokenResult> {
  const access = await signAccessToken(c);
  const body: Record<string, unknown> = {};
  if (c.scopes.includes("openid")) body.id_token = await signIdToken(c, access);
  Object.assign(body, { access_token: access, expires_in: ACCESS_TOKEN_SECONDS, token_type: "Bearer" });
  if (refreshToken) body.refresh_token = refreshToken;
  body.scope = c.scopes.join(" ");
  return { status: 200, body };
}

export async function authorizationCodeGrant(issuer: string, auth: ClientAuth, form: URLSearchParams): Promise<TokenResult> {
  const app = authenticate(auth);
  if ("status" in app) return app;
  if (app.authType === "custom") return oauthError("unauthorized_client");
  const code = form.get("code") ?? "";
  const row = code ? findCode(code) : undefined;
  const at = xeroNowMs();
  if (!row || row.appId !== app.id || codeProblem(row, at) !== null) return oauthError("invalid_grant");
  if (form.get("redirect_uri") !== row.redirectUri) return oauthError("invalid_grant");
  if (row.codeChallenge !== null && !pkceMatches(row.codeChallenge, form.get("code_verifier"))) return oauthError("invalid_grant");
  const publicClient = auth.secret === null;
  if (publicClient && row.codeChallenge === null) return oauthError("invalid_client");
  if (!consumeCode(code, at)) return oauthError("invalid_grant");
  const user = getXeroUser(row.userId);
  if (!user) return oauthError("invalid_grant");
  const scopes = row.scopes.split(" ").filter(Boolean);
  const context = { issuer, clientId: app.clientId, user, scopes, authEventId: row.authEventId, globalSessionId: row.globalSessionId, authTime: row.authTime, nonce: row.nonce };
  const refresh = scopes.includes("offline_access")
    ? issueRefreshToken({ appId: app.id, userId: user.id, scopes: row.scopes, authEventId: row.authEventId, globalSessionId: row.globalSessionId, authTime: row.authTime, publicClient, issuedAt: at })
    : null;
  return tokenResponse(context, refresh);
}

export async function refreshTokenGrant(issuer: string, auth: ClientAuth, form: URLSearchParams): Promise<TokenResult> {
  const app = authenticate(auth);
  if ("status" in app) return app;
  const token = form.get("refresh_token") ?? "";
  const row = token ? findRefreshToken(token) : undefined;
  if (!row || row.appId !== app.id) return oauthError("invalid_grant");
  if (auth.secret === null && !row.publicClient) return oauthError("invalid_client");
  const at = xeroNowMs();
  if (refreshProblem(row, at) !== null) return oauthError("invalid_grant");
  const user = getXeroUser(row.userId);
  if (!user) return oauthError("invalid_grant");
  const next = rotateRefreshToken(row, at);
  const scopes = row.scopes.split(" ").filter(Boolean);
  return tokenResponse({ issuer, clientId: app.clientId, user, scopes, authEventId: row.authEventId, globalSessionId: row.globalSessionId, authTime: row.authTime }, next);
}

/** Custom Connections only; no refresh token and no id_token (docs/xero.md#custom-connections). */
export async function clientCredentialsGrant(issuer: string, auth: ClientAuth, form: URLSearchParams): Promise<TokenResult> {
  const app = authenticate(auth);
  if ("status" in app) return app;
  if (auth.secret === null) return oauthError("invalid_client");
  if (app.authType !== "custom" || !app.customOrgId || !app.customUserId) return oauthError("unauthorized_client");
  const user = getXeroUser(app.customUserId);
  // Disconnecting the organisation deactivates the Custom Connection until it is authorised again.
  const connection = findUserConnection(app.id, app.customUserId, app.customOrgId);
  if (!user || !connection) return oauthError("invalid_grant");
  // OAuth clients send `scope`; xero-node sends `scopes`, comma-joined (docs/xero.md#token-requests).
  const granted = grantCustomScopes(parseScopeList(`${form.get("scope") ?? ""} ${form.get("scopes") ?? ""}`), app.scopes);
  if (!granted.ok) return oauthError(granted.error);
  const at = xeroNowMs();
  const context = { issuer, clientId: app.clientId, user, scopes: granted.scopes, authEventId: connection.authEventId, globalSessionId: hex32(), authTime: at };
  return tokenResponse(context, null);
}

import { xeroNowMs } from "@/lib/clock";
import { decodeJwt } from "jose";
import { xeroUrls } from "./config";
import { parseBody } from "./error-mapping";
import { xeroRequest } from "./http";
import { tokenResponseSchema } from "./schemas";
import { refreshOnce } from "./single-flight";
import type { CallOptions, ClientAuth, TokenSet } from "./types";

// The token and revocation endpoints. A secret goes in a Basic header (as Xero's SDKs send it); apps
// without one (PKCE) identify themselves with client_id in the form body.

function clientAuth(auth: ClientAuth, form: URLSearchParams): Record<string, string> {
  if (auth.clientSecret) {
    return { authorization: `Basic ${Buffer.from(`${auth.clientId}:${auth.clientSecret}`).toString("base64")}` };
  }
  form.set("client_id", auth.clientId);
  return {};
}

async function tokenCall(auth: ClientAuth, form: URLSearchParams, options?: CallOptions): Promise<TokenSet> {
  const url = xeroUrls.token(auth.endpoints);
  const headers = clientAuth(auth, form);
  // Measured before sending, so expiresAt errs early rather than late.
  const sentAt = xeroNowMs();
  const res = await xeroRequest({ operation: "token", method: "POST", url, headers, body: form, errorStyle: "oauth" }, options);
  const body = parseBody(tokenResponseSchema, res.text, url, res.status);
  return {
    accessToken: body.access_token,
    ...(body.refresh_token ? { refreshToken: body.refresh_token } : {}),
    ...(body.id_token ? { idToken: body.id_token } : {}),
    expiresAt: new Date(sentAt + body.expires_in * 1000),
    scope: scopeOf(body.scope, body.access_token),
  };
}

function scopeOf(scope: string | string[] | undefined, accessToken: string): string[] {
  if (Array.isArray(scope)) return scope;
  if (typeof scope === "string") return scope.split(" ").filter(Boolean);
  // Some responses omit `scope`; the access token itself lists what was granted.
  try {
    const claim = decodeJwt(accessToken).scope;
    if (Array.isArray(claim)) return claim.filter((s): s is string => typeof s === "string");
    if (typeof claim === "string") return claim.split(" ").filter(Boolean);
  } catch {
    // Not a JWT: nothing more to learn.
  }
  return [];
}

export type ExchangeCodeInput = ClientAuth & { code: string; redirectUri: string; codeVerifier?: string };

export function exchangeCode(input: ExchangeCodeInput, options?: CallOptions): Promise<TokenSet> {
  const form = new URLSearchParams({ grant_type: "authorization_code", code: input.code, redirect_uri: input.redirectUri });
  if (input.codeVerifier) form.set("code_verifier", input.codeVerifier);
  return tokenCall(input, form, options);
}

export type RefreshInput = ClientAuth & { refreshToken: string };

export function refreshTokens(input: RefreshInput, options?: CallOptions): Promise<TokenSet> {
  return tokenCall(input, new URLSearchParams({ grant_type: "refresh_token", refresh_token: input.refreshToken }), options);
}

/**
 * Refresh through the per-grant single flight: concurrent callers with the same `grantKey` share one
 * token call and all receive the same new token set.
 */
export function refreshGrantOnce(grantKey: string, input: RefreshInput, options?: CallOptions): Promise<TokenSet> {
  return refreshOnce(`xero-refresh:${grantKey}`, () => refreshTokens(input, options));
}

export type ClientCredentialsInput = ClientAuth & { clientSecret: string; scopes?: string[] };

/** Custom Connections only: Xero answers unauthorized_client for any other app. No refresh token comes back. */
export function clientCredentials(input: ClientCredentialsInput, options?: CallOptions): Promise<TokenSet> {
  const form = new URLSearchParams({ grant_type: "client_credentials" });
  if (input.scopes?.length) form.set("scope", input.scopes.join(" "));
  return tokenCall(input, form, options);
}

export type RevokeInput = ClientAuth & { token: string };

/** Revokes a refresh token; Xero also removes all of that user's connections to the app. */
export async function revokeToken(input: RevokeInput, options?: CallOptions): Promise<void> {
  const form = new URLSearchParams({ token: input.token });
  const headers = clientAuth(input, form);
  await xeroRequest({ operation: "revocation", method: "POST", url: xeroUrls.revocation(input.endpoints), headers, body: form, errorStyle: "oauth" }, options);
}

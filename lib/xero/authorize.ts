import { xeroUrls, type XeroEndpoints } from "./config";
import { XeroOAuthError } from "./errors";
import { codeChallengeS256, createCodeVerifier, createState } from "./pkce";

export type AuthorizeRequest = {
  endpoints: XeroEndpoints;
  clientId: string;
  redirectUri: string;
  scopes: string[];
  /** Generated when omitted. */
  state?: string;
  /** PKCE is on by default (harmless for apps with a secret); pass false to leave it out, or a verifier to use. */
  pkce?: boolean | { codeVerifier: string };
  /** OIDC nonce; when sent, pass the same value to verifyIdToken. */
  nonce?: string;
};

export type AuthorizeUrl = {
  url: string;
  state: string;
  /** Keep server-side and send with the code exchange. Absent when PKCE is off. */
  codeVerifier?: string;
};

export function buildAuthorizeUrl(request: AuthorizeRequest): AuthorizeUrl {
  const state = request.state ?? createState();
  const url = new URL(xeroUrls.authorize(request.endpoints));
  url.searchParams.set("response_type", "code");
  url.searchParams.set("client_id", request.clientId);
  url.searchParams.set("redirect_uri", request.redirectUri);
  url.searchParams.set("scope", request.scopes.join(" "));
  url.searchParams.set("state", state);
  if (request.nonce) url.searchParams.set("nonce", request.nonce);
  if (request.pkce === false) return { url: url.toString(), state };
  const codeVerifier = typeof request.pkce === "object" ? request.pkce.codeVerifier : createCodeVerifier();
  url.searchParams.set("code_challenge", codeChallengeS256(codeVerifier));
  url.searchParams.set("code_challenge_method", "S256");
  return { url: url.toString(), state, codeVerifier };
}

export type AuthorizeCallback = { code: string; state: string | undefined; scope?: string[] };

/**
 * Reads the query Xero sends to the redirect URI. Throws XeroOAuthError for `error=` (access_denied when
 * the user cancels) and when `state` does not match the one we issued.
 */
export function parseAuthorizeCallback(query: URLSearchParams | string, expectedState?: string): AuthorizeCallback {
  const params = typeof query === "string" ? new URLSearchParams(query.includes("?") ? query.slice(query.indexOf("?") + 1) : query) : query;
  const error = params.get("error");
  if (error) throw new XeroOAuthError(error, params.get("error_description") ?? undefined, undefined);
  const state = params.get("state") ?? undefined;
  if (expectedState !== undefined && state !== expectedState) throw new XeroOAuthError("invalid_state", "The state returned by Xero does not match the one this sign-in started with", undefined);
  const code = params.get("code");
  if (!code) throw new XeroOAuthError("invalid_request", "Xero's callback carried neither a code nor an error", undefined);
  const scope = params.get("scope");
  return { code, state, ...(scope ? { scope: scope.split(" ").filter(Boolean) } : {}) };
}

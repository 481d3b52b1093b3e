import { jwks } from "@/lib/xero-sandbox/engine/keys";
import { authorizationCodeGrant, clientCredentialsGrant, refreshTokenGrant, type ClientAuth } from "@/lib/xero-sandbox/engine/token-grants";
import { revokeRefreshToken } from "@/lib/xero-sandbox/engine/revoke";
import { applyFault } from "@/lib/xero-sandbox/http/faults";
import { json, readForm } from "@/lib/xero-sandbox/http/respond";
import type { SandboxUrls } from "@/lib/xero-sandbox/http/urls";

// identity.xero.com: discovery, JWKS, token and revocation.

export function discovery(urls: SandboxUrls): Response {
  return json({
    issuer: urls.issuer,
    authorization_endpoint: `${urls.login}/identity/connect/authorize`,
    token_endpoint: `${urls.issuer}/connect/token`,
    jwks_uri: `${urls.issuer}/.well-known/openid-configuration/jwks`,
    revocation_endpoint: `${urls.issuer}/connect/revocation`,
    userinfo_endpoint: `${urls.issuer}/connect/userinfo`,
    scopes_supported: ["openid", "profile", "email", "offline_access", "accounting.settings", "accounting.transactions", "accounting.contacts"],
    claims_supported: ["sub", "xero_userid", "email", "given_name", "family_name", "preferred_username", "global_session_id", "sid", "auth_time"],
    grant_types_supported: ["authorization_code", "client_credentials", "refresh_token"],
    response_types_supported: ["code"],
    response_modes_supported: ["query"],
    subject_types_supported: ["public"],
    id_token_signing_alg_values_supported: ["RS256"],
    token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
    code_challenge_methods_supported: ["S256"],
    request_parameter_supported: false,
  });
}

export async function jwksResponse(): Promise<Response> {
  return json(await jwks());
}

/** Client credentials from the Basic header (preferred) or the form body (docs/xero.md#client-authentication). */
export function clientAuth(request: Request, form: URLSearchParams): ClientAuth {
  const header = request.headers.get("authorization");
  if (header?.toLowerCase().startsWith("basic ")) {
    const decoded = Buffer.from(header.slice(6).trim(), "base64").toString("utf8");
    const i = decoded.indexOf(":");
    if (i > 0) return { clientId: safeDecode(decoded.slice(0, i)), secret: safeDecode(decoded.slice(i + 1)) };
  }
  return { clientId: form.get("client_id"), secret: form.get("client_secret") };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export async function tokenEndpoint(request: Request, urls: SandboxUrls): Promise<Response> {
  const form = await readForm(request);
  const auth = clientAuth(request, form);
  const fault = await applyFault("token", auth.clientId);
  if (fault) return fault;
  const grant = form.get("grant_type");
  const result =
    grant === "authorization_code"
      ? await authorizationCodeGrant(urls.issuer, auth, form)
      : grant === "refresh_token"
        ? await refreshTokenGrant(urls.issuer, auth, form)
        : grant === "client_credentials"
          ? await clientCredentialsGrant(urls.issuer, auth, form)
          : { status: 400, body: { error: "unsupported_grant_type" } };
  return json(result.body, result.status, { "Content-Type": "application/json; charset=UTF-8", Pragma: "no-cache" });
}

export async function revocationEndpoint(request: Request): Promise<Response> {
  const form = await readForm(request);
  const result = revokeRefreshToken(clientAuth(request, form), form.get("token") ?? "");
  if (result.status === 200) return new Response(null, { status: 200, headers: { "Cache-Control": "no-store" } });
  return json(result.body, result.status);
}

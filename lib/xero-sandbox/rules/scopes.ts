// Scopes: what each tenant-scoped endpoint needs, and what a Custom Connection's client_credentials
// request may get. Pure rules; the HTTP layer answers with Xero's errors.

/** Scope names Xero knows, broad and granular (docs/xero.md#scopes). */
export const KNOWN_SCOPE =
  /^(openid|profile|email|offline_access|paymentservices|bankfeeds|(accounting|payroll|finance|practicemanager|app|marketplace)\.[a-z0-9.]+|(files|assets|projects)(\.read)?)$/;

/** OpenID Connect scopes name a person and a sign-in; they carry no API access. */
export const IDENTITY_SCOPES: ReadonlySet<string> = new Set(["openid", "profile", "email", "offline_access"]);

/**
 * The one table of tenant-scoped endpoints and the scopes they accept: a token needs at least one of
 * them, else Xero answers 401 "AuthorizationUnsuccessful" (docs/xero.md#scopes-per-endpoint). `/connections` is tenantless and
 * needs no API scope.
 */
export const ENDPOINT_SCOPES = {
  "GET /api.xro/2.0/Organisation": ["accounting.settings", "accounting.settings.read"],
} as const satisfies Record<string, readonly string[]>;

export type ScopedEndpoint = keyof typeof ENDPOINT_SCOPES;

export function tokenMayCall(endpoint: ScopedEndpoint, granted: readonly string[]): boolean {
  const accepted: readonly string[] = ENDPOINT_SCOPES[endpoint];
  return granted.some((s) => accepted.includes(s));
}

/** Scope lists as clients send them: OAuth's spaces, or xero-node's commas (its `scopes` field, docs/xero.md#token-requests). */
export function parseScopeList(value: string | null | undefined): string[] {
  return [...new Set((value ?? "").split(/[\s,]+/).filter(Boolean))];
}

/** What a Custom Connection made before scopes could be configured may use: the broad pre-2026 scopes. */
export const DEFAULT_CUSTOM_SCOPES = [
  "accounting.settings",
  "accounting.settings.read",
  "accounting.contacts",
  "accounting.contacts.read",
  "accounting.transactions",
  "accounting.transactions.read",
] as const;

/** Checks the scopes configured for a Custom Connection in the portal; returns a message or null. */
export function customScopesProblem(scopes: readonly string[]): string | null {
  if (scopes.length === 0) return "Choose at least one scope for the Custom Connection.";
  const unknown = scopes.find((s) => !KNOWN_SCOPE.test(s));
  if (unknown) return `Unknown scope: ${unknown}`;
  const identity = scopes.find((s) => IDENTITY_SCOPES.has(s));
  if (identity) return `A Custom Connection has no signed-in user: ${identity} does not apply.`;
  return null;
}

export type ScopeGrant = { ok: true; scopes: string[] } | { ok: false; error: "invalid_scope" };

/**
 * client_credentials: the API scopes asked for, each of which the app must have been configured with;
 * asking for none grants all of them. OpenID scopes are dropped rather than refused: clients that share
 * one scope setting across grant types send them, and such a token names no user anyway.
 */
export function grantCustomScopes(requested: readonly string[], configured: readonly string[]): ScopeGrant {
  const asked = requested.filter((s) => !IDENTITY_SCOPES.has(s));
  if (asked.length === 0) return { ok: true, scopes: [...configured] };
  if (asked.some((s) => !configured.includes(s))) return { ok: false, error: "invalid_scope" };
  return { ok: true, scopes: asked };
}

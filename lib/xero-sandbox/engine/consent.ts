import { xeroNowMs } from "@/lib/clock";
import { sandboxTransaction } from "@/lib/xero-sandbox/db";
import { hex32, randomUuid } from "@/lib/xero-sandbox/ids";
import { KNOWN_SCOPE } from "@/lib/xero-sandbox/rules/scopes";
import { orgAtUncertifiedCap, wouldExceedAppCap } from "@/lib/xero-sandbox/rules/caps";
import { ORG_CAP_MESSAGE } from "@/lib/xero-sandbox/plans";
import { getAppByClientId, type SandboxApp } from "@/lib/xero-sandbox/store/apps";
import { organisationsOf, type Organisation } from "@/lib/xero-sandbox/store/directory";
import { appPairs, appsOnOrganisations, listUserConnections, upsertConnections } from "@/lib/xero-sandbox/store/connections";
import { issueCode, recordGrant } from "@/lib/xero-sandbox/store/tokens";
import type { LoginSession } from "@/lib/xero-sandbox/engine/login-ticket";

// The authorize flow's rules: parameter checks, the organisation picker and the consent itself.

export type AuthorizeRequest = { app: SandboxApp; redirectUri: string; scopes: string[]; state: string | null; codeChallenge: string | null; nonce: string | null };

const OPENID_SCOPES = new Set(["openid", "profile", "email", "offline_access"]);

/** Bad parameters show an error screen inside "Xero" and never redirect (docs/xero.md#authorize). */
export function parseAuthorizeRequest(q: URLSearchParams): { ok: true; request: AuthorizeRequest } | { ok: false; message: string } {
  const app = getAppByClientId(q.get("client_id") ?? "");
  if (!app) return { ok: false, message: "Unknown client_id." };
  if (app.authType === "custom") return { ok: false, message: "Custom Connections are authorised from the developer portal, not through a redirect." };
  const redirectUri = q.get("redirect_uri") ?? "";
  if (!app.redirectUris.includes(redirectUri)) return { ok: false, message: "The redirect_uri does not match any redirect URI registered for this app." };
  if (q.get("response_type") !== "code") return { ok: false, message: "response_type must be code." };
  const scopes = (q.get("scope") ?? "").split(/\s+/).filter(Boolean);
  if (scopes.length === 0) return { ok: false, message: "No scope was requested." };
  const bad = scopes.find((s) => !KNOWN_SCOPE.test(s));
  if (bad) return { ok: false, message: `Invalid scope: ${bad}` };
  const codeChallenge = q.get("code_challenge");
  const method = q.get("code_challenge_method");
  if ((codeChallenge || method) && (method !== "S256" || !codeChallenge)) return { ok: false, message: "PKCE needs code_challenge with code_challenge_method=S256." };
  if (app.authType === "pkce" && !codeChallenge) return { ok: false, message: "This app uses PKCE: code_challenge is required." };
  return { ok: true, request: { app, redirectUri, scopes, state: q.get("state"), codeChallenge, nonce: q.get("nonce") } };
}

/** Signing in with only OpenID scopes connects no organisation, so no picker is shown. */
export const needsOrganisations = (scopes: string[]) => scopes.some((s) => !OPENID_SCOPES.has(s));

export type PickerOption = { org: Organisation; connected: boolean; disabledReason: string | null };

export function pickerOptions(app: SandboxApp, userId: string): PickerOption[] {
  const orgs = organisationsOf(userId);
  const mine = new Set(listUserConnections(app.id, userId).map((c) => c.orgId));
  const onOrgs = appsOnOrganisations(orgs.map((o) => o.id));
  return orgs.map((org) => ({
    org,
    connected: mine.has(org.id),
    disabledReason: orgAtUncertifiedCap(app, onOrgs.get(org.id) ?? []) ? ORG_CAP_MESSAGE : null,
  }));
}

export type ConsentOutcome = { kind: "redirect"; location: string } | { kind: "limit" } | { kind: "invalid"; message: string };

export function grantConsent(req: AuthorizeRequest, session: LoginSession, orgIds: string[]): ConsentOutcome {
  const options = new Map(pickerOptions(req.app, session.userId).map((o) => [o.org.id, o]));
  const picked = [...new Set(orgIds)].map((id) => options.get(id));
  if (picked.some((o) => !o || o.disabledReason)) return { kind: "invalid", message: "One of the selected organisations cannot be connected." };
  if (needsOrganisations(req.scopes) && picked.length === 0) return { kind: "invalid", message: "Select at least one organisation." };
  const orgs = picked.map((o) => o!.org);
  if (wouldExceedAppCap(req.app, appPairs(req.app.id), session.userId, orgs)) return { kind: "limit" };
  const at = xeroNowMs();
  const authEventId = randomUuid();
  const code = sandboxTransaction(() => {
    upsertConnections(
      req.app.id,
      session.userId,
      orgs.map((o) => o.id),
      authEventId,
      at,
    );
    const scopes = recordGrant(req.app.id, session.userId, req.scopes, at);
    return issueCode({
      appId: req.app.id,
      userId: session.userId,
      redirectUri: req.redirectUri,
      scopes: scopes.join(" "),
      codeChallenge: req.codeChallenge,
      nonce: req.nonce,
      authEventId,
      globalSessionId: session.globalSessionId,
      authTime: session.authTime,
      issuedAt: at,
    });
  });
  const params: Record<string, string> = { code, scope: req.scopes.join(" ") };
  if (req.state !== null) params.state = req.state;
  params.session_state = hex32();
  return { kind: "redirect", location: withQuery(req.redirectUri, params) };
}

/** Cancel: back to the app with error=access_denied and no code (docs/xero.md#authorize). */
export function deniedLocation(req: AuthorizeRequest): string {
  return withQuery(req.redirectUri, req.state !== null ? { error: "access_denied", state: req.state } : { error: "access_denied" });
}

/**
 * Back from the limit screen: access_denied with the screen's words as error_description, so the app
 * can tell a cap from a Cancel (docs/xero.md#limit-screens).
 */
export function refusedLocation(redirectUri: string, state: string | null, message: string): string {
  return withQuery(redirectUri, { error: "access_denied", error_description: message, ...(state !== null ? { state } : {}) });
}

function withQuery(base: string, params: Record<string, string>): string {
  const url = new URL(base);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.toString();
}

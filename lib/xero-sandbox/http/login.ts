import { xeroNowMs } from "@/lib/clock";
import { hex32 } from "@/lib/xero-sandbox/ids";
import { limitScreenMessage } from "@/lib/xero-sandbox/plans";
import { deniedLocation, grantConsent, refusedLocation, needsOrganisations, parseAuthorizeRequest, pickerOptions, type AuthorizeRequest } from "@/lib/xero-sandbox/engine/consent";
import { readTicket, signTicket, type LoginSession } from "@/lib/xero-sandbox/engine/login-ticket";
import { getAppByClientId } from "@/lib/xero-sandbox/store/apps";
import { getXeroUser, getXeroUserByEmail, listXeroUsers } from "@/lib/xero-sandbox/store/directory";
import { consentPage, errorPage, limitPage, SANDBOX_PASSWORD, signInPage } from "@/lib/xero-sandbox/pages/login-pages";
import { html, readForm, redirect } from "@/lib/xero-sandbox/http/respond";
import type { SandboxUrls } from "@/lib/xero-sandbox/http/urls";

// login.xero.com: GET shows sign-in; the forms post back to the same URL (query string intact) with a
// step field, so the flow needs no cookies.

export async function authorize(request: Request, urls: SandboxUrls): Promise<Response> {
  const url = new URL(request.url);
  const parsed = parseAuthorizeRequest(url.searchParams);
  if (!parsed.ok) return html(errorPage(parsed.message), 400);
  const req = parsed.request;
  const action = `${urls.login}/identity/connect/authorize${url.search}`;
  if (request.method === "GET") return html(signInPage(action, req.app.name, listXeroUsers(), null));
  const form = await readForm(request);
  if (form.get("step") === "consent") return consentStep(req, form, action, urls);
  const email = form.get("email") ?? "";
  const user = getXeroUserByEmail(email);
  if (!user || form.get("password") !== SANDBOX_PASSWORD) {
    return html(signInPage(action, req.app.name, listXeroUsers(), "Your email or password is incorrect.", email), 401);
  }
  const session: LoginSession = { userId: user.id, globalSessionId: hex32(), authTime: xeroNowMs() };
  return html(renderConsent(req, session, action, null));
}

function renderConsent(req: AuthorizeRequest, session: LoginSession, action: string, error: string | null): string {
  const user = getXeroUser(session.userId)!;
  const options = needsOrganisations(req.scopes) ? pickerOptions(req.app, user.id) : null;
  return consentPage({ action, ticket: signTicket(session), appName: req.app.name, user, scopes: req.scopes, options, error });
}

function consentStep(req: AuthorizeRequest, form: URLSearchParams, action: string, urls: SandboxUrls): Response {
  const session = readTicket(form.get("ticket"));
  if (!session || !getXeroUser(session.userId)) return html(signInPage(action, req.app.name, listXeroUsers(), "Your session has ended. Log in again."), 401);
  if (form.get("decision") !== "allow") return redirect(deniedLocation(req));
  const outcome = grantConsent(req, session, form.getAll("tenant"));
  if (outcome.kind === "redirect") return redirect(outcome.location);
  // Like Xero, a consent past the cap does not reach the app's redirect URI by itself (docs/xero.md#limit-screens);
  // the screen offers the way back, so it needs the request's redirect URI and state.
  if (outcome.kind === "limit") return redirect(`${urls.login}/connectionLimit?${limitQuery(req)}`);
  return html(renderConsent(req, session, action, outcome.message), 400);
}

function limitQuery(req: AuthorizeRequest): string {
  const q = new URLSearchParams({ client_id: req.app.clientId, redirect_uri: req.redirectUri });
  if (req.state !== null) q.set("state", req.state);
  return q.toString();
}

export function connectionLimit(request: Request): Response {
  const q = new URL(request.url).searchParams;
  const app = getAppByClientId(q.get("client_id") ?? "");
  const message = app ? limitScreenMessage(app) : "This app has reached its Xero connection limit.";
  // Back only to a redirect URI registered for the app, never to an address the link names.
  const redirectUri = q.get("redirect_uri");
  const back = app && redirectUri && app.redirectUris.includes(redirectUri) ? refusedLocation(redirectUri, q.get("state"), message) : null;
  return html(limitPage(message, back && app ? { href: back, appName: app.name } : null));
}

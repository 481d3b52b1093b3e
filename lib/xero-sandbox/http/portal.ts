import { advanceClock, clockOffsetMs, DAY_MS, xeroNowMs } from "@/lib/clock";
import { appSummaries, createAppFromForm } from "@/lib/xero-sandbox/engine/portal-actions";
import { appPage, appsPage, secretPage } from "@/lib/xero-sandbox/pages/portal-apps";
import { connectedAppsPage, organisationsPage } from "@/lib/xero-sandbox/pages/portal-orgs";
import { clockPage, faultsPage, usersPage } from "@/lib/xero-sandbox/pages/portal-tools";
import { getApp, listApps, regenerateSecret } from "@/lib/xero-sandbox/store/apps";
import { connectedAppsOf, countConnectionsByOrg, deleteConnectionById, getConnection } from "@/lib/xero-sandbox/store/connections";
import { getOrganisation, getXeroUser, listOrganisations, listXeroUsers, organisationsOf } from "@/lib/xero-sandbox/store/directory";
import { clearFaults, FAULT_KINDS, listFaults, queueFault, type Fault } from "@/lib/xero-sandbox/store/faults";
import { html, json, notFound, readForm, redirect } from "@/lib/xero-sandbox/http/respond";
import type { SandboxUrls } from "@/lib/xero-sandbox/http/urls";

// The developer-facing pages under /portal. Forms post and redirect back (POST-redirect-GET), except
// the two that show a client secret once.

const TARGETS: Fault["target"][] = ["any", "token", "connections", "organisation"];

export async function handlePortal(request: Request, path: string, urls: SandboxUrls): Promise<Response> {
  const base = urls.portal;
  const post = request.method === "POST";
  const sub = path === "/" ? "" : path.slice("/portal".length);
  const formCtx = () => ({ orgs: listOrganisations(), users: listXeroUsers() });
  if (!post && sub === "") return html(appsPage(base, appSummaries(), formCtx()));
  if (post && sub === "/apps") {
    const result = createAppFromForm(await readForm(request));
    if (!result.ok) return html(appsPage(base, appSummaries(), formCtx(), result.error), 400);
    return html(secretPage(base, result.app, result.secret, true));
  }
  // Tooling API for the dashboard's "Create in sandbox": the portal's own form fields in, JSON out.
  if (post && sub === "/api/apps") {
    const result = createAppFromForm(await readForm(request));
    if (!result.ok) return json({ error: result.error }, 400);
    return json({ id: result.app.id, name: result.app.name, plan: result.app.plan, clientId: result.app.clientId, clientSecret: result.secret }, 201);
  }
  const appMatch = /^\/apps\/([0-9a-f-]{36})(\/secret)?$/.exec(sub);
  if (appMatch) {
    const app = getApp(appMatch[1]!);
    if (!app) return notFound();
    if (post && appMatch[2] && app.authType !== "pkce") return html(secretPage(base, app, regenerateSecret(app.id), false));
    if (post) return notFound();
    const summary = appSummaries().find((s) => s.app.id === app.id)!;
    const org = app.customOrgId ? getOrganisation(app.customOrgId) : undefined;
    const user = app.customUserId ? getXeroUser(app.customUserId) : undefined;
    return html(appPage(base, summary, org && user ? { org: org.name, user: user.email } : null));
  }
  if (!post && sub === "/organisations") return html(organisationsPage(base, listOrganisations(), countConnectionsByOrg()));
  const orgMatch = /^\/organisations\/([0-9a-f-]{36})(\/disconnect)?$/.exec(sub);
  if (orgMatch) {
    const org = getOrganisation(orgMatch[1]!);
    if (!org) return notFound();
    if (post && orgMatch[2]) {
      const connection = getConnection((await readForm(request)).get("connectionId") ?? "");
      if (connection?.orgId === org.id) deleteConnectionById(connection.id);
      return redirect(`${base}/organisations/${org.id}`);
    }
    if (post) return notFound();
    return html(connectedAppsPage(base, org, connectedAppsOf(org.id)));
  }
  if (!post && sub === "/users")
    return html(
      usersPage(
        base,
        listXeroUsers().map((user) => ({ user, orgCount: organisationsOf(user.id).length })),
      ),
    );
  if (sub === "/clock") {
    if (!post) return html(clockPage(base, xeroNowMs(), clockOffsetMs()));
    const days = Number((await readForm(request)).get("days"));
    if (Number.isFinite(days) && days > 0 && days <= 3650) advanceClock(days * DAY_MS);
    return redirect(`${base}/clock`);
  }
  if (sub === "/faults") {
    if (!post) return html(faultsPage(base, listFaults(), listApps()));
    const form = await readForm(request);
    const kind = FAULT_KINDS.find((f) => f.kind === form.get("kind"))?.kind;
    const target = TARGETS.find((t) => t === form.get("target"));
    if (kind && target) queueFault({ kind, target, clientId: form.get("clientId") || null });
    return redirect(`${base}/faults`);
  }
  if (post && sub === "/faults/clear") {
    clearFaults();
    return redirect(`${base}/faults`);
  }
  return notFound();
}

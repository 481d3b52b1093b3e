import { capFor, PLAN_RULES, PLANS } from "@/lib/xero-sandbox/plans";
import { h, raw, type Safe } from "@/lib/xero-sandbox/pages/html";
import { portalPage } from "@/lib/xero-sandbox/pages/portal-layout";
import { DEFAULT_CUSTOM_SCOPES } from "@/lib/xero-sandbox/rules/scopes";
import type { SandboxApp } from "@/lib/xero-sandbox/store/apps";
import type { Organisation, XeroUser } from "@/lib/xero-sandbox/store/directory";

// Developer portal: the app list, the create form, an app's page, and the once-only secret screen.

export type AppSummary = { app: SandboxApp; counted: number };
export type FormContext = { orgs: Organisation[]; users: XeroUser[] };

export function appsPage(base: string, apps: AppSummary[], ctx: FormContext, error: string | null = null): string {
  return portalPage(
    "My apps",
    base,
    h`<section class="card" aria-labelledby="apps-title"><h1 id="apps-title">My apps</h1>
<table><thead><tr><th scope="col">App</th><th scope="col">Plan</th><th scope="col">Certified</th><th scope="col">Client id</th><th scope="col">Connections</th></tr></thead><tbody>
${apps.map(({ app, counted }) => {
  const cap = capFor(app.plan);
  return h`<tr><td><a href="${base}/apps/${app.id}">${app.name}</a></td><td>${PLAN_RULES[app.plan as keyof typeof PLAN_RULES]?.label ?? app.plan}</td>
<td>${app.certified ? "Yes" : "No"}</td><td><code>${app.clientId}</code></td><td>${counted}${cap === null ? "" : ` of ${cap}`}</td></tr>`;
})}
</tbody></table></section>${createForm(base, ctx, error)}`,
  );
}

function createForm(base: string, ctx: FormContext, error: string | null): Safe {
  return h`<section class="card" aria-labelledby="new-app"><h2 id="new-app">Create an app</h2>
${error ? h`<p class="error" role="alert" aria-label="Create app error">${error}</p>` : raw("")}
<form method="post" action="${base}/apps">
<label for="name">App name</label><input id="name" name="name" type="text" required maxlength="100">
<label for="plan">Plan</label><select id="plan" name="plan">${PLANS.map((p) => h`<option value="${p}"${raw(p === "starter" ? " selected" : "")}>${PLAN_RULES[p].label}</option>`)}</select>
<label for="authType">Integration type</label><select id="authType" name="authType"><option value="web">Web app (client secret)</option><option value="pkce">Auth code with PKCE (no secret)</option></select>
<p><input type="checkbox" id="certified" name="certified" value="yes"> <label for="certified" style="display:inline">Certified</label></p>
<label for="redirectUris">Redirect URIs (one per line)</label><textarea id="redirectUris" name="redirectUris" rows="3"></textarea>
<label for="customOrgId">Organisation (Custom Connection only)</label><select id="customOrgId" name="customOrgId"><option value="">—</option>${ctx.orgs.map((o) => h`<option value="${o.id}">${o.name}</option>`)}</select>
<label for="customUserId">Authorising user (Custom Connection only)</label><select id="customUserId" name="customUserId"><option value="">—</option>${ctx.users.map((u) => h`<option value="${u.id}">${u.givenName} ${u.familyName} (${u.email})</option>`)}</select>
<label for="scopes">Scopes (Custom Connection only; space- or comma-separated)</label><input id="scopes" name="scopes" type="text" value="${DEFAULT_CUSTOM_SCOPES.join(" ")}">
<div class="actions"><button type="submit">Create app</button></div></form></section>`;
}

export function secretPage(base: string, app: SandboxApp, secret: string | null, fresh: boolean): string {
  return portalPage(
    app.name,
    base,
    h`<section class="card" aria-labelledby="creds"><h1 id="creds">${fresh ? "App created" : "New client secret"}: ${app.name}</h1>
<dl><dt>Client id</dt><dd><code data-testid="client-id">${app.clientId}</code></dd>
${secret ? h`<dt>Client secret</dt><dd><code data-testid="client-secret">${secret}</code></dd>` : h`<dt>Client secret</dt><dd>None: this app uses PKCE.</dd>`}</dl>
${secret ? h`<p class="notice" role="status" aria-label="Secret shown once">Copy the secret now: it is shown only once.</p>` : raw("")}
<p><a href="${base}/apps/${app.id}">Go to the app</a></p></section>`,
  );
}

export function appPage(base: string, { app, counted }: AppSummary, custom: { org: string; user: string } | null): string {
  const cap = capFor(app.plan);
  return portalPage(
    app.name,
    base,
    h`<section class="card" aria-labelledby="app-title"><h1 id="app-title">${app.name}</h1>
<dl><dt>Plan</dt><dd>${PLAN_RULES[app.plan as keyof typeof PLAN_RULES]?.label ?? app.plan}${app.certified ? " (certified)" : ""}</dd>
<dt>Client id</dt><dd><code>${app.clientId}</code></dd>
<dt>Connections counted toward the cap</dt><dd>${counted}${cap === null ? " (no cap)" : ` of ${cap}`}</dd>
${custom ? h`<dt>Bound organisation</dt><dd>${custom.org}, authorised by ${custom.user}</dd><dt>Scopes</dt><dd><code>${app.scopes.join(" ")}</code></dd>` : h`<dt>Redirect URIs</dt><dd><ul>${app.redirectUris.map((u) => h`<li><code>${u}</code></li>`)}</ul></dd>`}</dl>
${app.authType === "pkce" ? raw("") : h`<form method="post" action="${base}/apps/${app.id}/secret"><button type="submit" class="secondary">Regenerate secret</button></form>`}
</section>`,
  );
}

import { h } from "@/lib/xero-sandbox/pages/html";
import { formatTime, portalPage } from "@/lib/xero-sandbox/pages/portal-layout";
import type { Organisation } from "@/lib/xero-sandbox/store/directory";

// Organisations and each one's "Connected apps" list, as Xero shows it: the app once per authorising
// user, with no user named, and a Disconnect button (docs/xero.md#connected-apps-screen).

export function organisationsPage(base: string, orgs: Organisation[], counts: Map<string, number>): string {
  return portalPage(
    "Organisations",
    base,
    h`<section class="card" aria-labelledby="orgs-title"><h1 id="orgs-title">Organisations</h1>
<table><thead><tr><th scope="col">Organisation</th><th scope="col">Type</th><th scope="col">Tenant id</th><th scope="col">Connected apps</th></tr></thead><tbody>
${orgs.map(
  (o) => h`<tr><td><a href="${base}/organisations/${o.id}">${o.name}</a>${o.isDemo ? h`<span class="tag">Demo company</span>` : ""}</td>
<td>${o.type}</td><td><code>${o.id}</code></td><td>${counts.get(o.id) ?? 0}</td></tr>`,
)}
</tbody></table></section>`,
  );
}

export function connectedAppsPage(base: string, org: Organisation, entries: { connectionId: string; appName: string; createdAt: number }[]): string {
  return portalPage(
    org.name,
    base,
    h`<section class="card" aria-labelledby="org-title"><h1 id="org-title">${org.name}</h1>
<p class="muted">Settings › Connected apps</p>
<h2>Connected apps</h2>
${
  entries.length === 0
    ? h`<p>No apps are connected.</p>`
    : h`<table><thead><tr><th scope="col">App</th><th scope="col">Connected</th><th scope="col"><span class="muted">Action</span></th></tr></thead><tbody>
${entries.map(
  (e) => h`<tr><td>${e.appName}</td><td>${formatTime(e.createdAt)}</td><td>
<form method="post" action="${base}/organisations/${org.id}/disconnect"><input type="hidden" name="connectionId" value="${e.connectionId}">
<button type="submit" class="danger" aria-label="Disconnect ${e.appName}">Disconnect</button></form></td></tr>`,
)}
</tbody></table>`
}</section>`,
  );
}

import { h, raw } from "@/lib/xero-sandbox/pages/html";
import { formatTime, portalPage } from "@/lib/xero-sandbox/pages/portal-layout";
import { SANDBOX_PASSWORD } from "@/lib/xero-sandbox/pages/login-pages";
import { FAULT_KINDS, type Fault } from "@/lib/xero-sandbox/store/faults";
import type { SandboxApp } from "@/lib/xero-sandbox/store/apps";
import type { XeroUser } from "@/lib/xero-sandbox/store/directory";

// Xero users, the clock control and the fault queue.

export function usersPage(base: string, users: { user: XeroUser; orgCount: number }[]): string {
  return portalPage(
    "Xero users",
    base,
    h`<section class="card" aria-labelledby="users-title"><h1 id="users-title">Xero users</h1>
<p>Every sandbox user signs in with the password <code>${SANDBOX_PASSWORD}</code>.</p>
<table><thead><tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Xero user id</th><th scope="col">Organisations</th></tr></thead><tbody>
${users.map(({ user, orgCount }) => h`<tr><td>${user.givenName} ${user.familyName}</td><td><code>${user.email}</code></td><td><code>${user.id}</code></td><td>${orgCount}</td></tr>`)}
</tbody></table></section>`,
  );
}

export function clockPage(base: string, nowMs: number, offsetMs: number): string {
  const days = (offsetMs / 86_400_000).toFixed(2);
  return portalPage(
    "Clock",
    base,
    h`<section class="card narrow" aria-labelledby="clock-title"><h1 id="clock-title">Clock</h1>
<p role="status" aria-label="Sandbox time">Sandbox time: <strong>${formatTime(nowMs)}</strong> (${days} days ahead of real time)</p>
<p class="muted">Time moves for the whole process, dashboard and sandbox alike. It only moves forward.</p>
<p role="note" aria-label="Background jobs and jumps">Background jobs (keep-alive, scheduled sync) do not run inside a jump: one jump of 61 days skips every refresh in between, so tokens expire. To see keep-alive work, advance in steps shorter than the keep-alive interval.</p>
<form method="post" action="${base}/clock"><label for="days">Days to advance</label><input id="days" name="days" type="number" min="0.001" step="any" required value="1">
<div class="actions"><button type="submit">Advance clock</button></div></form></section>`,
  );
}

export function faultsPage(base: string, faults: Fault[], apps: SandboxApp[]): string {
  const label = (k: string) => FAULT_KINDS.find((f) => f.kind === k)?.label ?? k;
  const appName = (clientId: string | null) => (clientId ? (apps.find((a) => a.clientId === clientId)?.name ?? clientId) : "Any app");
  return portalPage(
    "Faults",
    base,
    h`<section class="card" aria-labelledby="faults-title"><h1 id="faults-title">Queued faults</h1>
<p class="muted">Each fault answers the next matching call once, then is gone.</p>
${
  faults.length === 0
    ? h`<p>No faults are queued.</p>`
    : h`<table><thead><tr><th scope="col">Fault</th><th scope="col">Endpoint</th><th scope="col">App</th><th scope="col">Queued</th></tr></thead><tbody>
${faults.map((f) => h`<tr><td>${label(f.kind)}</td><td>${f.target}</td><td>${appName(f.clientId)}</td><td>${formatTime(f.createdAt)}</td></tr>`)}</tbody></table>
<form method="post" action="${base}/faults/clear"><button type="submit" class="secondary">Clear all faults</button></form>`
}</section>
<section class="card narrow" aria-labelledby="queue-title"><h2 id="queue-title">Queue a fault</h2>
<form method="post" action="${base}/faults">
<label for="kind">Fault</label><select id="kind" name="kind">${FAULT_KINDS.map((f) => h`<option value="${f.kind}">${f.label}</option>`)}</select>
<label for="target">Endpoint</label><select id="target" name="target"><option value="any">Any matching call</option><option value="token">Token endpoint</option>
<option value="connections">/connections</option><option value="organisation">Organisation (tenant calls)</option></select>
<label for="clientId">App</label><select id="clientId" name="clientId"><option value="">Any app</option>${apps.map((a) => h`<option value="${a.clientId}">${a.name}</option>`)}</select>
<div class="actions"><button type="submit">Queue fault</button></div></form></section>${raw("")}`,
  );
}

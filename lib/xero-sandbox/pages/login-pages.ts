import { h, layout, raw, type Safe } from "@/lib/xero-sandbox/pages/html";
import type { PickerOption } from "@/lib/xero-sandbox/engine/consent";
import type { XeroUser } from "@/lib/xero-sandbox/store/directory";

// login.xero.com's pages: sign in, the consent screen with its organisation picker, the limit screen.

export const SANDBOX_PASSWORD = "sandbox-password";

export function signInPage(action: string, appName: string, users: XeroUser[], error: string | null, email = ""): string {
  return layout(
    "Log in to Xero",
    h`<section class="card narrow" aria-labelledby="login-title">
<h1 id="login-title">Log in to Xero</h1>
<p class="muted">${appName} wants to connect to your Xero account.</p>
${error ? h`<p class="error" role="alert" aria-label="Sign-in error">${error}</p>` : raw("")}
<form method="post" action="${action}">
<input type="hidden" name="step" value="signin">
<label for="email">Email address</label><input id="email" name="email" type="email" autocomplete="username" required value="${email}">
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<div class="actions"><button type="submit">Log in</button></div>
</form></section>
<section class="card narrow" aria-labelledby="demo-users">
<h2 id="demo-users">Sandbox Xero users</h2>
<p>Every sandbox user's password is <code>${SANDBOX_PASSWORD}</code>.</p>
<table><thead><tr><th scope="col">Name</th><th scope="col">Email</th></tr></thead><tbody>
${users.map((u) => h`<tr><td>${u.givenName} ${u.familyName}</td><td><code>${u.email}</code></td></tr>`)}
</tbody></table></section>`,
  );
}

type ConsentPageInput = { action: string; ticket: string; appName: string; user: XeroUser; scopes: string[]; options: PickerOption[] | null; error: string | null };

export function consentPage(p: ConsentPageInput): string {
  const picker: Safe = p.options
    ? h`<fieldset><legend><h2>Select the organisations to connect</h2></legend>
${p.options.length === 0 ? h`<p>You have no organisations.</p>` : raw("")}
${p.options.map((o) => orgRow(o))}
</fieldset>`
    : raw("");
  return layout(
    "Allow access",
    h`<section class="card narrow" aria-labelledby="consent-title">
<h1 id="consent-title">${p.appName} wants access to your Xero account</h1>
<p class="muted">Signed in as ${p.user.givenName} ${p.user.familyName} (${p.user.email})</p>
<p>It is asking for: ${p.scopes.join(", ")}</p>
${p.error ? h`<p class="error" role="alert" aria-label="Consent error">${p.error}</p>` : raw("")}
<form method="post" action="${p.action}">
<input type="hidden" name="step" value="consent"><input type="hidden" name="ticket" value="${p.ticket}">
${picker}
<div class="actions"><button type="submit" name="decision" value="allow">Allow access</button>
<button type="submit" name="decision" value="cancel" class="secondary" formnovalidate>Cancel</button></div>
</form></section>`,
  );
}

function orgRow(o: PickerOption): Safe {
  const id = `org-${o.org.id}`;
  const why = `${id}-why`;
  return h`<div class="org${o.disabledReason ? " disabled" : ""}">
<input type="checkbox" id="${id}" name="tenant" value="${o.org.id}"${raw(o.disabledReason ? ` disabled aria-describedby="${why}"` : "")}>
<div><label for="${id}">${o.org.name}</label>${o.connected ? h`<span class="tag">Already connected</span>` : raw("")}
${o.org.isDemo ? h`<span class="tag">Demo company</span>` : raw("")}
${o.disabledReason ? h`<div class="why" id="${why}">${o.disabledReason}</div>` : raw("")}</div></div>`;
}

export function limitPage(message: string, back: { href: string; appName: string } | null): string {
  return layout(
    "Connection limit reached",
    h`<section class="card narrow" aria-labelledby="limit-title">
<h1 id="limit-title">Connection limit reached</h1>
<p role="status" aria-label="Connection limit">${message}</p>
${back ? h`<p><a href="${back.href}">Return to ${back.appName}</a></p><p class="muted">Nothing was connected. ${back.appName} is told the consent was refused at its limit.</p>` : raw("")}</section>`,
  );
}

export function errorPage(message: string): string {
  return layout(
    "Something went wrong",
    h`<section class="card narrow" aria-labelledby="err-title">
<h1 id="err-title">Sorry, something went wrong</h1><p>${message}</p>
<p class="muted">Nothing was sent back to the app. Check the client_id, redirect_uri and scope.</p></section>`,
  );
}

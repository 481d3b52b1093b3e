import { CUSTOMERS, type Customer } from "./customers";

// Server-rendered HTML, no script at all (the page's CSP allows none).

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
export const PRODUCT_NAME = "Tidy Invoices";

function layout(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)} · ${PRODUCT_NAME}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1f2937}header{display:flex;justify-content:space-between;align-items:center;border-bottom:1px solid #e5e7eb;margin-bottom:1.5rem}
button{font:inherit;padding:.4rem .9rem;border-radius:.4rem;border:1px solid #1d4ed8;background:#1d4ed8;color:#fff;cursor:pointer}button.quiet{background:#fff;color:#1d4ed8}
label{display:block;margin:.5rem 0}input{font:inherit;padding:.3rem;width:100%;max-width:20rem}table{border-collapse:collapse}td,th{padding:.2rem .8rem .2rem 0;text-align:left}
[role=alert]{border:1px solid #b91c1c;color:#b91c1c;padding:.5rem;border-radius:.4rem}[role=status]{border:1px solid #15803d;color:#15803d;padding:.5rem;border-radius:.4rem}</style></head>
<body><header><p><strong>${PRODUCT_NAME}</strong>: a demo of your customers' product, using Connection Desk's API</p></header><main>${body}</main></body></html>`;
}

export function signInPage(error?: string): string {
  const rows = CUSTOMERS.map((c) => `<tr><td>${escape(c.name)} (${escape(c.account.name)})</td><td>${escape(c.email)}</td><td><code>${escape(c.password)}</code></td></tr>`).join("");
  return layout(
    "Sign in",
    `<h1>Sign in to ${PRODUCT_NAME}</h1>${error ? `<p role="alert">${escape(error)}</p>` : ""}
<form method="post" action="/sign-in" aria-label="Sign in"><label>Email <input name="email" type="email" autocomplete="username" required></label><label>Password <input name="password" type="password" autocomplete="current-password" required></label><button>Sign in</button></form>
<h2>Demo customers</h2><table aria-label="Demo customers"><thead><tr><th>Customer</th><th>Email</th><th>Password</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
}

export type XeroView = { kind: "none" } | { kind: "connected"; organisations: string[] } | { kind: "reconnect"; url: string | null; message: string } | { kind: "unavailable"; message: string };

const CONNECT_ERRORS: Record<string, string> = {
  connection_limit: "Our Xero app has reached its connection limit, so Xero refused a new connection. We have been told; please try again later.",
  org_cap: "That organisation already has two uncertified apps connected. Disconnect one in Xero, or pick another organisation.",
  access_denied: "You cancelled on Xero's page. Nothing was connected.",
  expired: "The connection link expired. Press Connect Xero again.",
};

export function homePage(customer: Customer, xero: XeroView, notice: { connected?: boolean; error?: string }): string {
  const flash = notice.error
    ? `<p role="alert">${escape(CONNECT_ERRORS[notice.error] ?? `Connecting Xero failed (${notice.error}).`)}</p>`
    : notice.connected
      ? `<p role="status">Xero is connected.</p>`
      : "";
  const connectButton = (label: string) => `<form method="post" action="/connect"><button>${label}</button></form>`;
  const section =
    xero.kind === "connected"
      ? `<p>Connected to Xero. Your organisation${xero.organisations.length === 1 ? "" : "s"}, read from Xero just now:</p><ul aria-label="Your Xero organisations">${xero.organisations.map((o) => `<li>${escape(o)}</li>`).join("")}</ul>${connectButton("Connect another organisation")}`
      : xero.kind === "reconnect"
        ? `<p role="alert">${escape(xero.message)}</p>${xero.url ? `<p><a href="${escape(xero.url)}">Reconnect Xero</a></p>` : connectButton("Connect Xero")}`
        : xero.kind === "unavailable"
          ? `<p role="alert">${escape(xero.message)}</p>`
          : `<p>Connect your Xero organisation so ${PRODUCT_NAME} can read it.</p>${connectButton("Connect Xero")}`;
  return layout(
    "Your account",
    `<h1>Hello, ${escape(customer.name)}</h1><p>${escape(customer.account.name)} · ${escape(customer.email)}</p>${flash}<h2>Xero</h2>${section}
<form method="post" action="/sign-out"><button class="quiet">Sign out</button></form>`,
  );
}

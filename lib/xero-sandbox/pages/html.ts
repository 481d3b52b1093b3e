import { cspHash } from "@/lib/security/headers";

// Tiny HTML helpers for the sandbox's own pages. Every interpolated value goes through esc().

export function esc(value: unknown): string {
  return String(value ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** A trusted HTML fragment: the only way to skip escaping in html``. */
export type Safe = { __html: string };
export const raw = (s: string): Safe => ({ __html: s });

/** Tagged template that escapes interpolations unless they are Safe (or arrays of Safe). */
export function h(strings: TemplateStringsArray, ...values: unknown[]): Safe {
  let out = strings[0] ?? "";
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? "");
  });
  return raw(out);
}

function render(v: unknown): string {
  if (Array.isArray(v)) return v.map(render).join("");
  if (v && typeof v === "object" && "__html" in v) return (v as Safe).__html;
  if (v === null || v === undefined || v === false) return "";
  return esc(v);
}

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1e2a38;background:#f4f6f8}
header.bar{background:#13b5ea;color:#fff;padding:.75rem 1.5rem;display:flex;gap:1.5rem;align-items:center}
header.bar a{color:#fff;text-decoration:none;font-weight:600}header.bar .brand{font-size:1.1rem}
main{max-width:64rem;margin:1.5rem auto;padding:0 1rem}.card{background:#fff;border-radius:8px;padding:1.5rem;box-shadow:0 1px 3px #0002;margin-bottom:1rem}
.narrow{max-width:30rem;margin-left:auto;margin-right:auto}
label{display:block;font-weight:600;margin:.75rem 0 .25rem}input[type=text],input[type=email],input[type=password],input[type=number],select,textarea{width:100%;padding:.5rem;border:1px solid #9aa7b4;border-radius:4px;font:inherit}
button,.button{display:inline-block;padding:.5rem 1rem;border-radius:4px;border:1px solid #0b7fab;background:#0b7fab;color:#fff;font:inherit;font-weight:600;cursor:pointer;text-decoration:none}
button.secondary{background:#fff;color:#0b7fab}button.danger{background:#c0392b;border-color:#c0392b}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid #dde3e8;vertical-align:top}
.muted{color:#5b6b7b}.error{color:#a61b1b;font-weight:600}.notice{background:#e8f7fd;border-left:4px solid #13b5ea;padding:.75rem}
.org{display:flex;gap:.75rem;align-items:flex-start;padding:.5rem 0;border-bottom:1px solid #eef1f4}.org label{margin:0;font-weight:500}
.org.disabled{opacity:.55}.org .why{font-size:.85rem;color:#7a4b00}.tag{font-size:.8rem;background:#e6eef5;border-radius:3px;padding:0 .35rem;margin-left:.4rem}
code,.mono{font-family:ui-monospace,Menlo,Consolas,monospace;word-break:break-all}.actions{display:flex;gap:.75rem;margin-top:1rem}
`;

/** The CSP hash of the one inline stylesheet, so the pages need no 'unsafe-inline'. */
export const STYLE_HASH = cspHash(STYLE);

export function layout(title: string, body: Safe, nav: Safe = raw("")): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><style>${STYLE}</style></head><body>
<header class="bar"><span class="brand">Xero (sandbox)</span>${nav.__html}</header>
<main>${body.__html}</main></body></html>`;
}

/** A short page that says why a request was refused and, when it helps, where to go next. */
export function messagePage(title: string, detail: string, link: { href: string; label: string } | null): string {
  return layout(
    title,
    h`<section class="card narrow" aria-labelledby="message-title">
<h1 id="message-title">${title}</h1><p>${detail}</p>
${link ? h`<p><a class="button" href="${link.href}">${link.label}</a></p>` : raw("")}</section>`,
  );
}

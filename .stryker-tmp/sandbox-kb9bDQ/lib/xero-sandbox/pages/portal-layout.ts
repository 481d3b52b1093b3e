// @ts-nocheck
import { h, layout, type Safe } from "@/lib/xero-sandbox/pages/html";

// The developer-facing pages share one navigation bar.

export function portalPage(title: string, portalBase: string, body: Safe): string {
  const nav = h`<nav aria-label="Sandbox portal" style="display:flex;gap:1.25rem">
<a href="${portalBase}">Apps</a><a href="${portalBase}/organisations">Organisations</a><a href="${portalBase}/users">Xero users</a>
<a href="${portalBase}/clock">Clock</a><a href="${portalBase}/faults">Faults</a></nav>`;
  return layout(`${title} · Xero sandbox`, body, nav);
}

export const formatTime = (ms: number) => new Date(ms).toISOString().replace("T", " ").slice(0, 19) + " UTC";

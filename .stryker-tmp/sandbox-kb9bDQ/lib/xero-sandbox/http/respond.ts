// @ts-nocheck
import { randomUuid } from "@/lib/xero-sandbox/ids";

// Response shapes Xero uses: JSON with a correlation id, PascalCase problem details, HTML for people.

const noStore = { "Cache-Control": "max-age=0, no-cache, no-store" };

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Xero-Correlation-Id": randomUuid(), ...noStore, ...headers },
  });
}

/** API errors (FACTS B9.3): {"Type":null,"Title":...,"Status":...,"Detail":...,"Instance":<uuid>,"Extensions":{}}. */
export function problem(status: number, title: string, detail: string, headers: Record<string, string> = {}): Response {
  return json({ Type: null, Title: title, Status: status, Detail: detail, Instance: randomUuid(), Extensions: {} }, status, headers);
}

export const forbidden = () => problem(403, "Forbidden", "AuthenticationUnsuccessful");
export const unauthorized = (detail = "AuthenticationUnsuccessful") => problem(401, "Unauthorized", detail);

export function html(body: string, status = 200): Response {
  return new Response(body, { status, headers: { "Content-Type": "text/html; charset=utf-8", ...noStore } });
}

export function redirect(location: string, status = 303): Response {
  return new Response(null, { status, headers: { Location: location, ...noStore } });
}

export const notFound = () => new Response("Not Found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** Xero's connection dates: 7 fractional digits and no zone, e.g. 2019-12-07T18:46:19.5165400 (FACTS B7.1). */
export function xeroDate(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, ".$10000");
}

/** The "token expired at" stamp in TokenExpired details: MM/DD/YYYY HH:mm:ss, UTC. */
export function expiryStamp(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

export async function readForm(request: Request): Promise<URLSearchParams> {
  return new URLSearchParams(await request.text());
}

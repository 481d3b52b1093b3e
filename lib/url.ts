/** A query string from params, leaving out empty values ("" when there are none). */
export function toQueryString(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : "";
}

/**
 * Whether a state-changing request comes from a page of this origin (CSRF): the Origin header when the
 * browser sends one (every modern browser does on POST), else Sec-Fetch-Site. A page with a no-referrer
 * policy makes the browser send "Origin: null", so that case is judged by Sec-Fetch-Site too.
 */
export function isSameOriginRequest(headers: Headers, appUrl: string): boolean {
  const origin = headers.get("origin");
  if (origin && origin !== "null") return origin === new URL(appUrl).origin;
  return headers.get("sec-fetch-site") === "same-origin";
}

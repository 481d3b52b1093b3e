/** A query string from params, leaving out empty values ("" when there are none). */
export function toQueryString(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : "";
}

// Browsers drop tabs and newlines from a URL before following it (so "/\t/evil.example" becomes
// "//evil.example"), and a raw control character in a Location header is a 500. Nothing legitimate in a
// return path contains control characters or whitespace (a real space arrives encoded as %20 or +).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_OR_SPACE = /[\u0000-\u001f\u007f-\u009f\s\u200b-\u200f\u2060\ufeff]/g;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const PLACEHOLDER_ORIGIN = "http://connection-desk.invalid";

/**
 * The path (with query and hash) that `value` leads to when resolved the way a browser would against
 * `origin`, if it stays on that origin; otherwise null. Use it for every redirect target a user supplies.
 */
export function sameOriginPath(value: unknown, origin: string = PLACEHOLDER_ORIGIN): string | null {
  if (typeof value !== "string") return null;
  const cleaned = value.replace(CONTROL_OR_SPACE, "");
  // Only a path, or an absolute URL on our own origin; "apps" or "evil.example" are not return paths.
  if (!cleaned.startsWith("/") && !SCHEME.test(cleaned)) return null;
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(cleaned, base);
  } catch {
    return null;
  }
  if (url.origin !== base.origin || url.username || url.password) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil.example" normalises to "//evil.example": a path, yet protocol-relative once sent back.
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return null;
  return path;
}

// Cross-site request forgery defence for form posts without tokens: browsers say where a request came
// from (Sec-Fetch-Site, and Origin on every POST), so a request from another site can be refused.
// Servers (curl, openid-client, the dashboard calling its own sandbox) send neither header; they carry
// no ambient browser credentials to abuse, so they pass here and are judged by their own credentials.

/** The host the request was addressed to: a reverse proxy's X-Forwarded-Host, else Host, else the URL's. */
function requestHost(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return (forwarded || request.headers.get("host") || new URL(request.url).host).toLowerCase();
}

export function isCrossSiteRequest(request: Request): boolean {
  // The browser's own verdict, which no page can forge; it also holds behind a proxy that rewrites Host.
  // "none" is a navigation the user started (address bar, bookmark).
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite) return fetchSite !== "same-origin" && fetchSite !== "none";
  // Older browsers send only Origin.
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  // Sandboxed iframes and some redirects send the literal "null": no page of ours does.
  if (origin === "null") return true;
  try {
    return new URL(origin).host.toLowerCase() !== requestHost(request);
  } catch {
    return true;
  }
}

// Where a connect session may send the end user back to. The team lists allowed return URLs on the app;
// a session's returnUrl must have the same origin and sit under one of their paths, so a stolen API
// call cannot turn Connection Desk into an open redirect. Pure: URL parsing only.

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

export type UrlCheck = { ok: true; url: URL } | { ok: false; reason: string };

/** A URL that may be used as (or under) a return URL: http(s), no userinfo, https in live mode except on this machine. */
export function checkReturnUrlShape(raw: string, live: boolean): UrlCheck {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, reason: `“${raw}” is not a full URL (e.g. https://app.example.com/xero/done).` };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, reason: `“${raw}” must start with https:// or http://.` };
  if (url.username || url.password) return { ok: false, reason: `“${raw}” must not contain a user name or password.` };
  if (url.hash) return { ok: false, reason: `“${raw}” must not contain a #fragment.` };
  if (live && url.protocol !== "https:" && !LOCAL_HOSTS.has(url.hostname)) return { ok: false, reason: `“${raw}” must use https (only localhost may use http).` };
  return { ok: true, url };
}

/** Parses the app form's text area (one URL per line) into normalised allowed return URLs, or the problems. */
export function parseAllowedReturnUrls(text: string, live: boolean): { ok: true; urls: string[] } | { ok: false; problems: string[] } {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const problems: string[] = [];
  const urls: string[] = [];
  for (const line of lines) {
    const check = checkReturnUrlShape(line, live);
    if (!check.ok) problems.push(check.reason);
    else if (check.url.search) problems.push(`“${line}” must not contain a query: list the path only.`);
    else urls.push(check.url.toString());
  }
  if (urls.length > 20) problems.push("List at most 20 return URLs.");
  return problems.length > 0 ? { ok: false, problems } : { ok: true, urls: [...new Set(urls)] };
}

/** Whether `path` is `prefix` itself or below it, segment by segment ("/cb" allows "/cb/x", not "/cbx"). */
function underPath(path: string, prefix: string): boolean {
  if (prefix.endsWith("/")) return path.startsWith(prefix);
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** The allowed return URL `raw` falls under (same origin, path prefix), or why it is refused. */
export function matchReturnUrl(raw: string, allowed: readonly string[], live: boolean): UrlCheck {
  const check = checkReturnUrlShape(raw, live);
  if (!check.ok) return check;
  if (allowed.length === 0) return { ok: false, reason: "This app has no allowed return URLs yet: add them on the app's Edit page in Connection Desk." };
  const fits = allowed.some((entry) => {
    const base = new URL(entry);
    return base.origin === check.url.origin && underPath(check.url.pathname, base.pathname);
  });
  return fits ? check : { ok: false, reason: `returnUrl must start with one of the app's allowed return URLs: ${allowed.join(", ")}.` };
}

/** The return URL with the session's outcome appended (existing query parameters are kept). */
export function returnUrlWith(returnUrl: string, params: Record<string, string>): string {
  const url = new URL(returnUrl);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.toString();
}

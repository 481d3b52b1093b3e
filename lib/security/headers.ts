import crypto from "node:crypto";

// The security headers every HTML page gets: the dashboard's through proxy.ts (with a per-request
// script nonce that Next puts on its own scripts), the sandbox's pages from the sandbox itself.

/** A fresh, unguessable nonce for one response's scripts and styles. */
export function newNonce(): string {
  return crypto.randomBytes(16).toString("base64");
}

type CspOptions = {
  /** Scripts and styles carrying this nonce may run: the dashboard's. */
  nonce?: string;
  /** Inline <style> blocks allowed by hash: the sandbox's pages, which have no scripts. */
  styleHashes?: string[];
  /**
   * Any inline style: the dashboard's UI library (Radix's scroll lock) injects <style> elements without
   * a nonce. Styles cannot run code; scripts stay nonce-only.
   */
  inlineStyles?: boolean;
  /** Where forms may submit; omitted where a form's redirect legitimately leaves the site (OAuth consent). */
  formAction?: string[];
  /** next dev evaluates modules with eval(); production never gets 'unsafe-eval'. */
  dev?: boolean;
  https?: boolean;
};

export function contentSecurityPolicy(options: CspOptions): string {
  const nonce = options.nonce ? [`'nonce-${options.nonce}'`] : [];
  const hashes = (options.styleHashes ?? []).map((h) => `'${h}'`);
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': scripts Next's nonced scripts load are trusted; nothing else runs.
    `script-src ${options.nonce ? [...nonce, "'strict-dynamic'", ...(options.dev ? ["'unsafe-eval'"] : [])].join(" ") : "'none'"}`,
    options.inlineStyles ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' ${[...nonce, ...hashes].join(" ")}`.trim(),
    // React writes style="width: 40%" on meters; a style attribute cannot run code.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    ...(options.formAction ? [`form-action ${options.formAction.join(" ")}`] : []),
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** sha256 source expression for an inline <style> or <script> body. */
export function cspHash(content: string): string {
  return `sha256-${crypto.createHash("sha256").update(content, "utf8").digest("base64")}`;
}

/** Everything but the CSP: the same for every response. HSTS only when the public address is https. */
export function baseSecurityHeaders(https: boolean): Record<string, string> {
  return {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(https ? { "Strict-Transport-Security": "max-age=31536000" } : {}),
  };
}

/** Whether the dashboard is served over https: APP_URL says so, or the reverse proxy in front does. */
export function isHttps(appUrl: string, forwardedProto?: string | null): boolean {
  return appUrl.startsWith("https://") || forwardedProto?.split(",")[0]?.trim() === "https";
}

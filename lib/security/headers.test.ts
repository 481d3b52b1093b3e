import { describe, expect, it } from "vitest";
import { baseSecurityHeaders, contentSecurityPolicy, cspHash, isHttps, newNonce } from "@/lib/security/headers";

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `));

describe("contentSecurityPolicy", () => {
  it("lets only nonced scripts run, with no eval in production, and forbids framing", () => {
    const csp = contentSecurityPolicy({ nonce: "abc", formAction: ["'self'"] });
    expect(directive(csp, "script-src")).toBe("script-src 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
    expect(directive(csp, "form-action")).toBe("form-action 'self'");
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("allows inline styles only when asked, and then without a nonce (which would switch them off)", () => {
    expect(directive(contentSecurityPolicy({ nonce: "n" }), "style-src")).toBe("style-src 'self' 'nonce-n'");
    expect(directive(contentSecurityPolicy({ nonce: "n", inlineStyles: true }), "style-src")).toBe("style-src 'self' 'unsafe-inline'");
  });

  it("allows eval only for next dev, and upgrades requests on https", () => {
    expect(directive(contentSecurityPolicy({ nonce: "n", dev: true }), "script-src")).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: "n", https: true })).toContain("upgrade-insecure-requests");
  });

  it("runs no script at all on pages without a nonce, and allows their stylesheet by hash", () => {
    const csp = contentSecurityPolicy({ styleHashes: [cspHash("body{}")] });
    expect(directive(csp, "script-src")).toBe("script-src 'none'");
    expect(directive(csp, "style-src")).toBe(`style-src 'self' '${cspHash("body{}")}'`);
    expect(directive(csp, "form-action")).toBeUndefined();
  });
});

describe("baseSecurityHeaders", () => {
  it("sends HSTS only over https", () => {
    expect(baseSecurityHeaders(false)).not.toHaveProperty("Strict-Transport-Security");
    expect(baseSecurityHeaders(true)["Strict-Transport-Security"]).toMatch(/^max-age=\d{8}/);
    expect(baseSecurityHeaders(false)).toMatchObject({ "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "strict-origin-when-cross-origin" });
  });

  it("treats an https APP_URL or an https proxy as https", () => {
    expect(isHttps("https://desk.example.com")).toBe(true);
    expect(isHttps("http://localhost:3000", "https")).toBe(true);
    expect(isHttps("http://localhost:3000", null)).toBe(false);
  });
});

it("makes a new nonce every time", () => {
  expect(newNonce()).not.toBe(newNonce());
  expect(newNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
});

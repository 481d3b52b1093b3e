import { describe, expect, it } from "vitest";
import { safeCallbackUrl, signInSchema } from "@/lib/auth/schemas";
import { REDIRECT_BYPASSES } from "@/lib/auth/redirect-bypasses";
import { sameOriginPath } from "@/lib/url";

const ORIGIN = "http://desk.test:3000";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths with their query and hash", () => {
    expect(safeCallbackUrl("/connections?status=active")).toBe("/connections?status=active");
    expect(safeCallbackUrl("/apps/1#secret")).toBe("/apps/1#secret");
  });

  it.each([
    ["an absolute URL", "https://evil.example/phish"],
    ["a protocol-relative URL", "//evil.example"],
    ["a backslash trick", "/\\evil.example"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a relative path", "apps"],
    ["the sign-in page (a loop)", "/sign-in?callbackUrl=/"],
    ["an API route", "/api/auth/signout"],
    ["nothing", ""],
  ])("sends %s to the overview", (_what, value) => {
    expect(safeCallbackUrl(value)).toBe("/");
  });

  it.each(REDIRECT_BYPASSES.map((value) => [JSON.stringify(value), value]))("keeps the bypass form %s on our origin", (_shown, value) => {
    const target = safeCallbackUrl(value, ORIGIN);
    expect(target).toMatch(/^\/(?![/\\])/);
    expect([...target].every((c) => c > " " && c !== "\u007f")).toBe(true);
    expect(new URL(target, ORIGIN).origin).toBe(ORIGIN);
    expect(target.toLowerCase()).not.toMatch(/^\/*evil\.example/);
  });

  it.each([
    ["a tab between the slashes", "/\t/evil.example/phish"],
    ["a newline between the slashes", "/\n/evil.example/phish"],
    ["a carriage return", "/\r/evil.example/phish"],
    ["a NUL", "/\0/evil.example/phish"],
    ["a dot segment that collapses into //", "/.//evil.example/phish"],
    ["userinfo on another host", "https://user:pass@evil.example/phish"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
  ])("sends %s to the overview", (_what, value) => {
    expect(safeCallbackUrl(value, ORIGIN)).toBe("/");
  });

  it("accepts an absolute URL on our own origin as its path, and not on another port", () => {
    expect(safeCallbackUrl(`${ORIGIN}/apps?x=1`, ORIGIN)).toBe("/apps?x=1");
    expect(safeCallbackUrl("http://desk.test:4000/apps", ORIGIN)).toBe("/");
  });

  it("handles missing values", () => {
    expect(safeCallbackUrl(undefined)).toBe("/");
    expect(safeCallbackUrl(null)).toBe("/");
  });
});

describe("sameOriginPath", () => {
  it("answers null for anything that leaves the origin, and the normalised path otherwise", () => {
    expect(sameOriginPath("/a/../b?q=1#h", ORIGIN)).toBe("/b?q=1#h");
    expect(sameOriginPath("//evil.example", ORIGIN)).toBeNull();
    expect(sameOriginPath(42, ORIGIN)).toBeNull();
  });
});

describe("signInSchema", () => {
  it("trims the email and requires both fields", () => {
    expect(signInSchema.parse({ email: " a@b.test ", password: "x" }).email).toBe("a@b.test");
    expect(signInSchema.safeParse({ email: "", password: "" }).success).toBe(false);
  });
});

// @ts-nocheck
import { describe, expect, it } from "vitest";
import { safeCallbackUrl, signInSchema } from "@/lib/auth/schemas";

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

  it("handles missing values", () => {
    expect(safeCallbackUrl(undefined)).toBe("/");
    expect(safeCallbackUrl(null)).toBe("/");
  });
});

describe("signInSchema", () => {
  it("trims the email and requires both fields", () => {
    expect(signInSchema.parse({ email: " a@b.test ", password: "x" }).email).toBe("a@b.test");
    expect(signInSchema.safeParse({ email: "", password: "" }).success).toBe(false);
  });
});

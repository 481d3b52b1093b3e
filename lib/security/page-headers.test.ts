import { afterEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { dashboardHeaders } from "@/lib/security/page-headers";

// HSTS follows the dashboard's public address (APP_URL), not only a proxy's X-Forwarded-Proto.

const original = process.env.APP_URL;
afterEach(() => {
  if (original === undefined) delete process.env.APP_URL;
  else process.env.APP_URL = original;
  resetEnvForTests();
});

function withAppUrl(url: string) {
  process.env.APP_URL = url;
  resetEnvForTests();
}

describe("dashboardHeaders", () => {
  it("sends HSTS and upgrades requests when APP_URL is https", () => {
    withAppUrl("https://desk.example.com");
    const headers = dashboardHeaders("n0nce", null);
    expect(headers["Strict-Transport-Security"]).toBe("max-age=31536000");
    expect(headers["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
    expect(headers["Content-Security-Policy"]).toContain("script-src 'nonce-n0nce' 'strict-dynamic'");
  });

  it("sends HSTS behind an https proxy, and none on plain http", () => {
    withAppUrl("http://localhost:3000");
    expect(dashboardHeaders("n", "https")).toHaveProperty("Strict-Transport-Security");
    expect(dashboardHeaders("n", null)).not.toHaveProperty("Strict-Transport-Security");
    expect(dashboardHeaders("n", null)["Content-Security-Policy"]).not.toContain("upgrade-insecure-requests");
  });
});

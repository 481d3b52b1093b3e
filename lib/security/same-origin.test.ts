import { describe, expect, it } from "vitest";
import { isCrossSiteRequest } from "@/lib/security/same-origin";

const post = (headers: Record<string, string>, url = "http://127.0.0.1:3000/sandbox/xero/portal/clock") => new Request(url, { method: "POST", headers });

describe("isCrossSiteRequest", () => {
  it("lets a same-origin form post through", () => {
    expect(isCrossSiteRequest(post({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000", "sec-fetch-site": "same-origin" }))).toBe(false);
  });

  it("lets a server-to-server call through (no Origin, no Sec-Fetch-Site)", () => {
    expect(isCrossSiteRequest(post({ host: "127.0.0.1:3000" }))).toBe(false);
  });

  it("refuses another site, another port and a sibling subdomain", () => {
    expect(isCrossSiteRequest(post({ host: "127.0.0.1:3000", origin: "http://evil.example", "sec-fetch-site": "cross-site" }))).toBe(true);
    expect(isCrossSiteRequest(post({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:4000" }))).toBe(true);
    expect(isCrossSiteRequest(post({ host: "desk.example.com", origin: "https://desk.example.com", "sec-fetch-site": "same-site" }))).toBe(true);
  });

  it("refuses an opaque origin and a malformed one", () => {
    expect(isCrossSiteRequest(post({ host: "127.0.0.1:3000", origin: "null" }))).toBe(true);
    expect(isCrossSiteRequest(post({ host: "127.0.0.1:3000", origin: "not a url" }))).toBe(true);
  });

  it("trusts the browser's Sec-Fetch-Site behind a proxy that rewrote Host", () => {
    expect(isCrossSiteRequest(post({ host: "127.0.0.1:3000", origin: "https://desk.example.com", "sec-fetch-site": "same-origin" }))).toBe(false);
  });

  it("compares with the host a reverse proxy forwarded", () => {
    const behindProxy = { host: "127.0.0.1:3000", "x-forwarded-host": "desk.example.com", origin: "https://desk.example.com" };
    expect(isCrossSiteRequest(post(behindProxy))).toBe(false);
  });
});

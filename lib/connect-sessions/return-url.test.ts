import { describe, expect, it } from "vitest";
import { matchReturnUrl, parseAllowedReturnUrls, returnUrlWith } from "./return-url";
import { failureFromCallback } from "./outcome";

const allowed = ["https://app.example.com/xero/done", "https://app.example.com/settings/"];

describe("matchReturnUrl", () => {
  it("accepts the same origin at or under an allowed path", () => {
    expect(matchReturnUrl("https://app.example.com/xero/done", allowed, true).ok).toBe(true);
    expect(matchReturnUrl("https://app.example.com/xero/done/step?x=1", allowed, true).ok).toBe(true);
    expect(matchReturnUrl("https://app.example.com/settings/xero", allowed, true).ok).toBe(true);
  });

  it("refuses other origins, sibling paths, traversal, userinfo and fragments", () => {
    for (const bad of [
      "https://evil.example.com/xero/done",
      "https://app.example.com.evil.com/xero/done",
      "http://app.example.com/xero/done",
      "https://app.example.com:8443/xero/done",
      "https://app.example.com/xero/donex",
      "https://app.example.com/xero/done/../../admin",
      "https://user:pw@app.example.com/xero/done",
      "https://app.example.com@evil.com/xero/done",
      "https://app.example.com/xero/done#frag",
      "javascript:alert(1)",
      "/xero/done",
    ]) {
      expect(matchReturnUrl(bad, allowed, true), bad).toMatchObject({ ok: false });
    }
  });

  it("needs https in live mode except on this machine", () => {
    expect(matchReturnUrl("http://localhost:4000/done", ["http://localhost:4000/done"], true).ok).toBe(true);
    expect(matchReturnUrl("http://app.test/done", ["http://app.test/done"], true)).toMatchObject({ ok: false, reason: expect.stringMatching(/https/) });
    expect(matchReturnUrl("http://app.test/done", ["http://app.test/done"], false).ok).toBe(true);
  });

  it("says so when the app lists none", () => {
    expect(matchReturnUrl("https://app.example.com/x", [], true)).toMatchObject({ ok: false, reason: expect.stringMatching(/no allowed return URLs/) });
  });
});

describe("parseAllowedReturnUrls", () => {
  it("normalises one URL per line and reports each bad line", () => {
    expect(parseAllowedReturnUrls(" https://A.example.com/done \n\nhttps://a.example.com/done\n", true)).toEqual({ ok: true, urls: ["https://a.example.com/done"] });
    const bad = parseAllowedReturnUrls("nope\nhttps://a.example.com/x?y=1\nhttp://a.example.com/", true);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems).toHaveLength(3);
  });
});

it("returnUrlWith keeps the product's own query", () => {
  expect(returnUrlWith("https://a.example.com/done?tab=xero", { status: "completed", session: "s1" })).toBe("https://a.example.com/done?tab=xero&status=completed&session=s1");
});

it("failureFromCallback maps Xero's callback errors to session failures", () => {
  expect(failureFromCallback("access_denied", null)).toBe("access_denied");
  expect(failureFromCallback("access_denied", "This organisation already has two uncertified apps connected")).toBe("org_cap");
  expect(failureFromCallback("access_denied", "Acme needs to complete certification before they can connect to more Xero organisations")).toBe("connection_limit");
  expect(failureFromCallback("server_error", null)).toBe("xero_error");
});

// @ts-nocheck
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateSigningSecret, signBody, verifySignature } from "./signature";

describe("webhook signature", () => {
  it("is sha256= and the hex HMAC-SHA256 of the raw body with the secret", () => {
    const body = JSON.stringify({ event: "webhook.test", data: { hello: "world" } });
    const expected = crypto.createHmac("sha256", "s3cret").update(body).digest("hex");
    expect(signBody(body, "s3cret")).toBe(`sha256=${expected}`);
    // A known vector, so a receiver in another language can check their implementation.
    expect(signBody("{}", "key")).toBe("sha256=a777724d943eb48dc69bca8a4a6d57a04db3f9ec7e1de4e581e860265bdf3032");
  });

  it("verifies only the exact body and secret", () => {
    const body = '{"a":1}';
    const header = signBody(body, "secret-one");
    expect(verifySignature(body, "secret-one", header)).toBe(true);
    expect(verifySignature('{"a": 1}', "secret-one", header)).toBe(false);
    expect(verifySignature(body, "secret-two", header)).toBe(false);
    expect(verifySignature(body, "secret-one", null)).toBe(false);
    expect(verifySignature(body, "secret-one", "sha256=00")).toBe(false);
  });

  it("generates distinct, recognisable secrets", () => {
    const a = generateSigningSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(generateSigningSecret()).not.toBe(a);
  });
});

import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { decodeProtectedHeader, importX509, jwtVerify } from "jose";
import { prepareSandbox } from "@/lib/xero-sandbox/prepare";
import { orgId } from "@/lib/xero-sandbox/seed-data";
import { call, connect, makeApp } from "@/lib/xero-sandbox/testing/harness";

// Xero's tokens carry kid and x5t, and its JWKS x5t and x5c (docs/xero.md#token-claims): the sandbox's do too.

beforeAll(async () => {
  await prepareSandbox();
});

type Jwk = { kid: string; n: string; x5t: string; x5c: string[] };

describe("signing certificate", () => {
  it("JWKS carries a self-signed certificate for the key, and both tokens name its SHA-1 thumbprint", async () => {
    const { keys } = (await (await call("/identity/.well-known/openid-configuration/jwks")).json()) as { keys: Jwk[] };
    const [jwk] = keys;
    expect(jwk!.x5c).toHaveLength(1);
    const der = Buffer.from(jwk!.x5c[0]!, "base64");
    const cert = new crypto.X509Certificate(der);
    expect(cert.verify(cert.publicKey)).toBe(true);
    expect(cert.publicKey.export({ format: "jwk" }).n).toBe(jwk!.n);
    expect(jwk!.x5t).toBe(crypto.createHash("sha1").update(der).digest("base64url"));
    expect(new Date(cert.validTo).getTime()).toBeGreaterThan(Date.now());

    const { app, clientSecret } = makeApp();
    const tokens = await connect(app, clientSecret!, "ben.hogan@example.com", [orgId(7)]);
    for (const token of [tokens.access_token, tokens.id_token]) {
      expect(decodeProtectedHeader(token)).toEqual({ alg: "RS256", typ: "JWT", kid: jwk!.kid, x5t: jwk!.x5t });
    }
    // A client that trusts the certificate (not the JWK) verifies the token too.
    const pem = `-----BEGIN CERTIFICATE-----\n${jwk!.x5c[0]!.match(/.{1,64}/g)!.join("\n")}\n-----END CERTIFICATE-----`;
    await expect(jwtVerify(tokens.access_token, await importX509(pem, "RS256"), { clockTolerance: "100y" })).resolves.toBeTruthy();
  });
});

// @ts-nocheck
import crypto from "node:crypto";

// RFC 7636 with S256, the only method Xero accepts. The verifier stays server-side until the code exchange.

const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;

/** 32 random bytes → 43 base64url characters, the shortest verifier allowed. */
export function createCodeVerifier(bytes = 32): string {
  return crypto.randomBytes(bytes).toString("base64url");
}

export function isValidCodeVerifier(verifier: string): boolean {
  return VERIFIER.test(verifier);
}

export function codeChallengeS256(verifier: string): string {
  if (!isValidCodeVerifier(verifier)) throw new Error("A PKCE code verifier is 43–128 characters of A–Z a–z 0–9 - . _ ~");
  return crypto.createHash("sha256").update(verifier, "ascii").digest("base64url");
}

export function createState(): string {
  return crypto.randomBytes(24).toString("base64url");
}

import crypto from "node:crypto";

// PKCE with S256 only (docs/xero.md#pkce): verifier 43–128 characters of [A-Za-z0-9-._~].

const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;

export const s256 = (verifier: string): string => crypto.createHash("sha256").update(verifier).digest("base64url");

export function pkceMatches(challenge: string, verifier: string | null | undefined): boolean {
  if (!verifier || !VERIFIER.test(verifier)) return false;
  const a = Buffer.from(s256(verifier));
  const b = Buffer.from(challenge);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

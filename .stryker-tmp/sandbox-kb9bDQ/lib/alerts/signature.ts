// @ts-nocheck
import crypto from "node:crypto";

// What receivers verify: HMAC-SHA256 of the exact request body with the webhook's signing secret.

export const SIGNATURE_HEADER = "X-ConnectionDesk-Signature";
export const EVENT_HEADER = "X-ConnectionDesk-Event";
export const DELIVERY_HEADER = "X-ConnectionDesk-Delivery";

export function signBody(body: string, secret: string): string {
  return `sha256=${crypto.createHmac("sha256", secret).update(body, "utf8").digest("hex")}`;
}

/** Constant-time check, as a receiver should do it (used by our tests, and documented for receivers). */
export function verifySignature(body: string, secret: string, header: string | null | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(signBody(body, secret));
  const given = Buffer.from(header);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

/** A new signing secret: 32 random bytes, prefixed so it is recognisable in a receiver's config. */
export function generateSigningSecret(): string {
  return `whsec_${crypto.randomBytes(32).toString("base64url")}`;
}

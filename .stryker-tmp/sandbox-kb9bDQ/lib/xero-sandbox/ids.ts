// @ts-nocheck
import crypto from "node:crypto";

// Identifier shapes Xero issues (FACTS A10, B13).

/** A UUID derived from a name, so the seed produces the same ids on every machine (UUID v5 layout). */
export function seededUuid(name: string): string {
  const h = crypto.createHash("sha1").update(`connection-desk-sandbox/${name}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

export const randomUuid = (): string => crypto.randomUUID();

/** 32 lower-case hex: sub, jti, global_session_id. */
export const hex32 = (): string => crypto.randomBytes(16).toString("hex");

/** The JWT `sub` is stable per user: 32 lower-case hex derived from the Xero user id. */
export const subjectFor = (userId: string): string => crypto.createHash("sha256").update(`sub/${userId}`).digest("hex").slice(0, 32);

export const newClientId = (): string => crypto.randomBytes(16).toString("hex").toUpperCase();

/** 48 characters of base64url. */
export const newClientSecret = (): string => crypto.randomBytes(36).toString("base64url");

const CODE_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789-_";

/** 43 characters of lower-case letters, digits, '-' and '_', like observed Xero codes (FACTS B2). */
export function newAuthCode(): string {
  const bytes = crypto.randomBytes(43);
  let out = "";
  for (const b of bytes) out += CODE_ALPHABET[b % CODE_ALPHABET.length];
  return out;
}

export const newRefreshToken = (): string => crypto.randomBytes(32).toString("hex");

export const sha256Hex = (value: string): string => crypto.createHash("sha256").update(value).digest("hex");

/** Constant-time comparison of two hex digests. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

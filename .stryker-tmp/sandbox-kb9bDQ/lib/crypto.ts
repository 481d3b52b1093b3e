// @ts-nocheck
import crypto from "node:crypto";
import { env } from "@/lib/env";

// AES-256-GCM for secrets at rest (client secrets, tokens). The key id travels with the ciphertext so
// keys can rotate: new writes use the current key, old rows still decrypt with a previous one.
// Format: enc:v1:<keyId>:<iv>:<tag>:<ciphertext>, each part base64url.

const PREFIX = "enc:v1";

export function encrypt(plaintext: string): string {
  const { current, keys } = env().encryptionKeys;
  const key = keys.get(current)!;
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [PREFIX, current, iv.toString("base64url"), tag.toString("base64url"), body.toString("base64url")].join(":");
}

export function decrypt(sealed: string): string {
  const parts = sealed.split(":");
  if (parts.length !== 6 || `${parts[0]}:${parts[1]}` !== PREFIX) throw new Error("Not an encrypted value");
  const [, , keyId, iv, tag, body] = parts as [string, string, string, string, string, string];
  const key = env().encryptionKeys.keys.get(keyId);
  if (!key) throw new Error(`No encryption key with id "${keyId}" is configured`);
  const decipher = crypto.createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}

/** The id of the key a value was sealed with (to find rows that still need re-encryption). */
export function keyIdOf(sealed: string): string | undefined {
  return sealed.startsWith(`${PREFIX}:`) ? sealed.split(":")[2] : undefined;
}

/** HMAC-SHA256 over a value with a key derived from AUTH_SECRET for one purpose. */
export function hmac(purpose: string, value: string): string {
  const key = crypto.createHmac("sha256", env().authSecret).update(purpose).digest();
  return crypto.createHmac("sha256", key).update(value).digest("base64url");
}

export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}

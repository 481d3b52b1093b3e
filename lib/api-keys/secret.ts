import crypto from "node:crypto";

// API key secrets: "cdk_" + 8 characters shown on screen as the key's prefix + 32 random bytes. Keys are
// high-entropy, so a plain SHA-256 is the right hash (as GitHub and Stripe do): lookup by hash is an
// index hit, and no slow hash is needed to resist guessing.

export const KEY_PREFIX = "cdk_";
const KEY_PATTERN = /^cdk_[A-Za-z0-9_-]{8}_[A-Za-z0-9_-]{43}$/;

export function generateApiKey(): { secret: string; prefix: string; hash: string } {
  const prefix = `${KEY_PREFIX}${crypto.randomBytes(6).toString("base64url")}`;
  const secret = `${prefix}_${crypto.randomBytes(32).toString("base64url")}`;
  return { secret, prefix, hash: hashApiKey(secret) };
}

export function hashApiKey(secret: string): string {
  return crypto.createHash("sha256").update(secret).digest("hex");
}

/** A cheap shape check before any database work: most junk never reaches a query. */
export function looksLikeApiKey(value: string): boolean {
  return KEY_PATTERN.test(value);
}

// @ts-nocheck
import { decrypt, encrypt } from "@/lib/crypto";
import type { TokenSet } from "@/lib/xero/types";

// A grant's token set at rest: one AES-GCM sealed JSON document (lib/crypto), never stored in clear.

type StoredTokens = { accessToken: string; refreshToken?: string; idToken?: string; expiresAt: string; scope: string[] };

export function sealTokens(tokens: TokenSet): string {
  const stored: StoredTokens = { ...tokens, expiresAt: tokens.expiresAt.toISOString() };
  return encrypt(JSON.stringify(stored));
}

export function openTokens(sealed: string): TokenSet {
  const stored = JSON.parse(decrypt(sealed)) as StoredTokens;
  return { ...stored, expiresAt: new Date(stored.expiresAt) };
}

// @ts-nocheck
import crypto from "node:crypto";
import { exportJWK, generateKeyPair, importJWK, type JWK } from "jose";
import { sandboxDb, sandboxDbFile } from "@/lib/xero-sandbox/db";
import { signingKeys } from "@/lib/xero-sandbox/schema";
import { xeroNowMs } from "@/lib/clock";

// The RS256 signing key: generated once, kept in the sandbox database so tokens survive restarts.
// kid is 40 upper-case hex like Xero's (FACTS B4).

type Loaded = { kid: string; privateKey: CryptoKey; publicKey: CryptoKey; publicJwk: JWK };
const g = globalThis as unknown as { __xeroSandboxKeys?: Map<string, Promise<Loaded>> };

export function signingKey(): Promise<Loaded> {
  g.__xeroSandboxKeys ??= new Map();
  const file = sandboxDbFile();
  let p = g.__xeroSandboxKeys.get(file);
  if (!p) {
    p = load().catch((e: unknown) => {
      g.__xeroSandboxKeys?.delete(file);
      throw e;
    });
    g.__xeroSandboxKeys.set(file, p);
  }
  return p;
}

async function load(): Promise<Loaded> {
  const db = sandboxDb();
  let row = db.select().from(signingKeys).limit(1).get();
  if (!row) {
    const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true, modulusLength: 2048 });
    const publicJwk = await exportJWK(publicKey);
    const kid = crypto.createHash("sha1").update(publicJwk.n ?? "").digest("hex").toUpperCase();
    const privateJwk = await exportJWK(privateKey);
    // Another process may have created one meanwhile; the first row wins for everyone.
    db.insert(signingKeys)
      .values({ kid, privateJwk: JSON.stringify(privateJwk), publicJwk: JSON.stringify(publicJwk), createdAt: xeroNowMs() })
      .onConflictDoNothing()
      .run();
    row = db.select().from(signingKeys).limit(1).get()!;
  }
  const publicJwk = { ...(JSON.parse(row.publicJwk) as JWK), kid: row.kid, alg: "RS256", use: "sig" };
  const privateKey = (await importJWK(JSON.parse(row.privateJwk) as JWK, "RS256")) as CryptoKey;
  const publicKey = (await importJWK(publicJwk, "RS256")) as CryptoKey;
  return { kid: row.kid, privateKey, publicKey, publicJwk };
}

export async function jwks(): Promise<{ keys: JWK[] }> {
  const { publicJwk } = await signingKey();
  return { keys: [publicJwk] };
}

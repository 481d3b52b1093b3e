import crypto from "node:crypto";
import { exportJWK, generateKeyPair, importJWK, type JWK } from "jose";
import { sandboxDb, sandboxDbFile } from "@/lib/xero-sandbox/db";
import { signingKeys } from "@/lib/xero-sandbox/schema";
import { xeroNowMs } from "@/lib/clock";
import { selfSignedCertificate } from "@/lib/xero-sandbox/engine/certificate";

// The RS256 signing key: generated once, kept in the sandbox database so tokens survive restarts.
// kid is 40 upper-case hex like Xero's; x5t is the SHA-1 thumbprint of its self-signed certificate
// (docs/xero.md#token-claims).

type Loaded = { kid: string; x5t: string; privateKey: CryptoKey; publicKey: CryptoKey; publicJwk: JWK };
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
    const kid = crypto
      .createHash("sha1")
      .update(publicJwk.n ?? "")
      .digest("hex")
      .toUpperCase();
    const privateJwk = await exportJWK(privateKey);
    // Another process may have created one meanwhile; the first row wins for everyone.
    db.insert(signingKeys)
      .values({ kid, privateJwk: JSON.stringify(privateJwk), publicJwk: JSON.stringify(publicJwk), createdAt: xeroNowMs() })
      .onConflictDoNothing()
      .run();
    row = db.select().from(signingKeys).limit(1).get()!;
  }
  const privateJwk = JSON.parse(row.privateJwk) as JWK;
  const storedPublic = JSON.parse(row.publicJwk) as JWK;
  // Keys made before certificates existed get theirs here, from the same key pair and creation time.
  const cert = selfSignedCertificate(
    crypto.createPrivateKey({ key: privateJwk as crypto.JsonWebKey, format: "jwk" }),
    crypto.createPublicKey({ key: storedPublic as crypto.JsonWebKey, format: "jwk" }),
    `Xero sandbox token signing ${row.kid}`,
    row.createdAt,
  );
  const publicJwk = { ...storedPublic, kid: row.kid, alg: "RS256", use: "sig", x5t: cert.x5t, x5c: [cert.x5c] };
  const privateKey = (await importJWK(privateJwk, "RS256")) as CryptoKey;
  const publicKey = (await importJWK(storedPublic, "RS256")) as CryptoKey;
  return { kid: row.kid, x5t: cert.x5t, privateKey, publicKey, publicJwk };
}

export async function jwks(): Promise<{ keys: JWK[] }> {
  const { publicJwk } = await signingKey();
  return { keys: [publicJwk] };
}

import crypto from "node:crypto";

// A self-signed X.509 certificate for the sandbox's signing key, so tokens and JWKS carry x5t and x5c as
// Xero's do (docs/xero.md#token-claims). Node can read certificates but not make them, and this is the only one we need,
// so the DER is written here. PKCS#1 v1.5 signatures are deterministic: the same key, subject and dates
// always give the same certificate, so it is derived on load rather than stored.

const tlv = (tag: number, content: Buffer): Buffer => Buffer.concat([Buffer.from([tag]), derLength(content.length), content]);

function derLength(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v >>= 8) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

const seq = (...items: Buffer[]) => tlv(0x30, Buffer.concat(items));
const set = (...items: Buffer[]) => tlv(0x31, Buffer.concat(items));
const explicit = (n: number, inner: Buffer) => tlv(0xa0 + n, inner);
const utf8 = (s: string) => tlv(0x0c, Buffer.from(s, "utf8"));
const nul = () => Buffer.from([0x05, 0x00]);

/** A positive INTEGER from big-endian bytes (a leading 0x00 keeps the top bit from reading as a sign). */
function integer(bytes: Buffer): Buffer {
  let b = bytes;
  while (b.length > 1 && b[0] === 0 && (b[1]! & 0x80) === 0) b = b.subarray(1);
  return tlv(0x02, (b[0]! & 0x80) !== 0 ? Buffer.concat([Buffer.from([0]), b]) : b);
}

function oid(dotted: string): Buffer {
  const [a, b, ...rest] = dotted.split(".").map(Number);
  const out = [a! * 40 + b!];
  for (const part of rest) {
    const chunk: number[] = [part & 0x7f];
    for (let v = part >> 7; v > 0; v >>= 7) chunk.unshift((v & 0x7f) | 0x80);
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
}

/** UTCTime until 2049, GeneralizedTime from 2050 (RFC 5280 4.1.2.5). */
function time(ms: number): Buffer {
  const iso = new Date(ms).toISOString();
  const digits = iso.slice(0, 19).replace(/[-:T]/g, "");
  const year = Number(iso.slice(0, 4));
  return year < 2050 ? tlv(0x17, Buffer.from(`${digits.slice(2)}Z`)) : tlv(0x18, Buffer.from(`${digits}Z`));
}

const SHA256_WITH_RSA = seq(oid("1.2.840.113549.1.1.11"), nul());
const COMMON_NAME = "2.5.4.3";
const VALID_YEARS = 20;

export type SelfSigned = { der: Buffer; x5t: string; x5c: string };

/** The certificate for an RSA key pair, named `commonName`, valid from `notBeforeMs` for 20 years. */
export function selfSignedCertificate(privateKey: crypto.KeyObject, publicKey: crypto.KeyObject, commonName: string, notBeforeMs: number): SelfSigned {
  const name = seq(set(seq(oid(COMMON_NAME), utf8(commonName))));
  const serial = crypto.createHash("sha256").update(commonName).digest().subarray(0, 16);
  const notAfter = new Date(notBeforeMs);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + VALID_YEARS);
  const tbs = seq(
    explicit(0, integer(Buffer.from([2]))), // v3
    integer(serial),
    SHA256_WITH_RSA,
    name,
    seq(time(notBeforeMs), time(notAfter.getTime())),
    name,
    publicKey.export({ type: "spki", format: "der" }),
  );
  const signature = crypto.sign("sha256", tbs, privateKey);
  const der = seq(tbs, SHA256_WITH_RSA, tlv(0x03, Buffer.concat([Buffer.from([0]), signature])));
  return { der, x5t: crypto.createHash("sha1").update(der).digest("base64url"), x5c: der.toString("base64") };
}

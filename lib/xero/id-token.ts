import { xeroNowMs } from "@/lib/clock";
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from "jose";
import { xeroUrls, type XeroEndpoints } from "./config";
import { parseBody } from "./error-mapping";
import { XeroError, XeroIdTokenError, type IdTokenFailure } from "./errors";
import { xeroRequest } from "./http";
import { discoverySchema, idTokenClaimsSchema, type XeroDiscovery, type XeroIdTokenClaims } from "./schemas";
import type { CallOptions } from "./types";

// Who authorised a connection comes from the id_token, so it is only trusted after checking the
// signature against the keys discovery points to, the issuer, the audience (our client id) and expiry
// against lib/clock time (the sandbox may have moved time forward).

export type { XeroIdTokenClaims };

const DISCOVERY_TTL_MS = 60 * 60 * 1000;
const discoveryCache = new Map<string, { doc: XeroDiscovery; until: number }>();
const jwksCache = new Map<string, JWTVerifyGetKey>();

export async function discover(endpoints: XeroEndpoints, options?: CallOptions): Promise<XeroDiscovery> {
  const url = xeroUrls.discovery(endpoints);
  const cached = discoveryCache.get(url);
  if (cached && cached.until > xeroNowMs()) return cached.doc;
  const res = await xeroRequest({ operation: "discovery", method: "GET", url, errorStyle: "api" }, options);
  const doc = parseBody(discoverySchema, res.text, url, res.status);
  discoveryCache.set(url, { doc, until: xeroNowMs() + DISCOVERY_TTL_MS });
  return doc;
}

/** The issuer's key set (id_tokens here; access tokens in access-token.ts), cached per URI. */
export function jwksFor(uri: string): JWTVerifyGetKey {
  let jwks = jwksCache.get(uri);
  if (!jwks) {
    // jose caches the key set and refetches (rate-limited) when a token names a kid it has not seen.
    jwks = createRemoteJWKSet(new URL(uri), { timeoutDuration: 15_000 });
    jwksCache.set(uri, jwks);
  }
  return jwks;
}

export type VerifyIdTokenOptions = CallOptions & {
  endpoints: XeroEndpoints;
  clientId: string;
  /** Seconds of clock difference tolerated on exp/nbf. Default 30. */
  clockToleranceSeconds?: number;
  /** The nonce sent with the authorize request, if any; the token must echo it. */
  nonce?: string;
};

export async function verifyIdToken(idToken: string, opts: VerifyIdTokenOptions): Promise<XeroIdTokenClaims> {
  const issuer = xeroUrls.issuer(opts.endpoints);
  let doc: XeroDiscovery;
  try {
    doc = await discover(opts.endpoints, opts);
  } catch (error) {
    if (error instanceof XeroError) throw new XeroIdTokenError("discovery", error.message, { cause: error });
    throw error;
  }
  if (doc.issuer.replace(/\/$/, "") !== issuer) {
    throw new XeroIdTokenError("issuer", `discovery names issuer ${doc.issuer}, expected ${issuer}`);
  }
  try {
    const { payload } = await jwtVerify(idToken, jwksFor(doc.jwks_uri), {
      issuer: doc.issuer,
      audience: opts.clientId,
      algorithms: ["RS256"],
      currentDate: new Date(xeroNowMs()),
      clockTolerance: opts.clockToleranceSeconds ?? 30,
      requiredClaims: ["exp", "sub"],
    });
    if (opts.nonce !== undefined && payload.nonce !== opts.nonce) throw new XeroIdTokenError("malformed", "nonce does not match the sign-in request");
    const claims = idTokenClaimsSchema.safeParse(payload);
    if (!claims.success) throw new XeroIdTokenError("malformed", claims.error.issues[0]?.message ?? "unexpected claims");
    return claims.data;
  } catch (error) {
    if (error instanceof XeroIdTokenError) throw error;
    throw new XeroIdTokenError(failureOf(error), error instanceof Error ? error.message : String(error), { cause: error });
  }
}

export function failureOf(error: unknown): IdTokenFailure {
  if (error instanceof joseErrors.JWTExpired) return "expired";
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === "iss") return "issuer";
    if (error.claim === "aud") return "audience";
    if (error.claim === "nbf" || error.claim === "iat") return "not_yet_valid";
    return "malformed";
  }
  if (
    error instanceof joseErrors.JWSSignatureVerificationFailed ||
    error instanceof joseErrors.JWKSNoMatchingKey ||
    error instanceof joseErrors.JWKSMultipleMatchingKeys ||
    error instanceof joseErrors.JOSEAlgNotAllowed
  )
    return "signature";
  if (error instanceof joseErrors.JWSInvalid || error instanceof joseErrors.JWTInvalid || error instanceof joseErrors.JOSENotSupported) return "malformed";
  // Anything else came from fetching the key set (timeout, bad JSON, unreachable).
  return "discovery";
}

/** Drops cached discovery documents and key sets (tests; or after Xero rotates keys unexpectedly). */
export function clearIdTokenCaches(): void {
  discoveryCache.clear();
  jwksCache.clear();
}

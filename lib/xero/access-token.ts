import { decodeJwt, jwtVerify } from "jose";
import { xeroNowMs } from "@/lib/clock";
import { accessTokenAudience, type XeroEndpoints } from "./config";
import { XeroError, XeroIdTokenError, XeroProtocolError } from "./errors";
import { discover, failureOf, jwksFor } from "./id-token";
import type { CallOptions } from "./types";
import { accessTokenClaimsSchema, type XeroAccessTokenClaims } from "./schemas";

// Access tokens are meant for Xero's APIs, not for us; we read them (without verifying the signature)
// only for routing facts: authentication_event_id selects the just-authorised tenants, xero_userid
// ties the grant to a person. A token handed to us from outside is verified first (verifyAccessToken).

export type { XeroAccessTokenClaims };

export function decodeAccessToken(accessToken: string): XeroAccessTokenClaims {
  let payload: unknown;
  try {
    payload = decodeJwt(accessToken);
  } catch {
    throw new XeroProtocolError("access_token", 200, "the access token is not a JWT");
  }
  const claims = accessTokenClaimsSchema.safeParse(payload);
  if (!claims.success) throw new XeroProtocolError("access_token", 200, claims.error.issues[0]?.message ?? "unexpected claims");
  return claims.data;
}

export type VerifyAccessTokenOptions = CallOptions & { endpoints: XeroEndpoints; clientId: string; clockToleranceSeconds?: number };

/**
 * For an access token someone else hands us (observe-only reports): the signature against the issuer's
 * JWKS, issuer, Xero's resources audience and expiry (lib/clock time), and that it was issued to this
 * app's client id, so a token for another app is refused.
 */
export async function verifyAccessToken(accessToken: string, opts: VerifyAccessTokenOptions): Promise<XeroAccessTokenClaims> {
  let doc;
  try {
    doc = await discover(opts.endpoints, opts);
  } catch (error) {
    if (error instanceof XeroError) throw new XeroIdTokenError("discovery", error.message, { cause: error });
    throw error;
  }
  let payload: unknown;
  try {
    ({ payload } = await jwtVerify(accessToken, jwksFor(doc.jwks_uri), {
      issuer: doc.issuer,
      audience: accessTokenAudience(opts.endpoints),
      algorithms: ["RS256"],
      currentDate: new Date(xeroNowMs()),
      clockTolerance: opts.clockToleranceSeconds ?? 30,
      requiredClaims: ["exp"],
    }));
  } catch (error) {
    throw new XeroIdTokenError(failureOf(error), error instanceof Error ? error.message : String(error), { cause: error });
  }
  const claims = accessTokenClaimsSchema.safeParse(payload);
  if (!claims.success) throw new XeroIdTokenError("malformed", claims.error.issues[0]?.message ?? "unexpected claims");
  if (claims.data.client_id !== opts.clientId) throw new XeroIdTokenError("audience", `issued to client ${claims.data.client_id}, not this app`);
  return claims.data;
}

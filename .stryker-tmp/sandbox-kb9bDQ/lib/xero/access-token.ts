// @ts-nocheck
import { decodeJwt } from "jose";
import { XeroProtocolError } from "./errors";
import { accessTokenClaimsSchema, type XeroAccessTokenClaims } from "./schemas";

// Access tokens are meant for Xero's APIs, not for us; we read them (without verifying the signature)
// only for routing facts: authentication_event_id selects the just-authorised tenants, xero_userid
// ties the grant to a person.

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

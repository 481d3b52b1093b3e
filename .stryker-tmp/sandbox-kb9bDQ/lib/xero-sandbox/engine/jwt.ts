// @ts-nocheck
import crypto from "node:crypto";
import { decodeJwt, errors, jwtVerify, SignJWT } from "jose";
import { xeroNow, xeroNowMs } from "@/lib/clock";
import { hex32, subjectFor } from "@/lib/xero-sandbox/ids";
import { ACCESS_TOKEN_SECONDS, ID_TOKEN_SECONDS } from "@/lib/xero-sandbox/rules/lifetimes";
import { signingKey } from "@/lib/xero-sandbox/engine/keys";
import type { XeroUser } from "@/lib/xero-sandbox/store/directory";

// Access and id tokens with exactly the claims, audiences and lifetimes of real Xero tokens (FACTS B4).

export type TokenContext = {
  issuer: string;
  clientId: string;
  user: XeroUser;
  scopes: string[];
  authEventId: string;
  globalSessionId: string;
  authTime: number;
  nonce?: string | null;
};

const seconds = (ms: number) => Math.floor(ms / 1000);

async function sign(payload: Record<string, unknown>): Promise<string> {
  const { kid, privateKey } = await signingKey();
  return new SignJWT(payload).setProtectedHeader({ alg: "RS256", typ: "JWT", kid }).sign(privateKey);
}

export async function signAccessToken(c: TokenContext): Promise<string> {
  const nbf = seconds(xeroNowMs());
  return sign({
    nbf,
    exp: nbf + ACCESS_TOKEN_SECONDS,
    iss: c.issuer,
    aud: `${c.issuer}/resources`,
    client_id: c.clientId,
    sub: subjectFor(c.user.id),
    auth_time: seconds(c.authTime),
    xero_userid: c.user.id,
    global_session_id: c.globalSessionId,
    jti: hex32(),
    authentication_event_id: c.authEventId,
    scope: c.scopes,
  });
}

/** id_token: aud is the client id, sid equals global_session_id, and no authentication_event_id. */
export async function signIdToken(c: TokenContext, accessToken: string): Promise<string> {
  const nbf = seconds(xeroNowMs());
  const digest = crypto.createHash("sha256").update(accessToken).digest();
  const claims: Record<string, unknown> = {
    nbf,
    exp: nbf + ID_TOKEN_SECONDS,
    iss: c.issuer,
    aud: c.clientId,
    iat: nbf,
    at_hash: digest.subarray(0, 16).toString("base64url"),
    sid: c.globalSessionId,
    sub: subjectFor(c.user.id),
    auth_time: seconds(c.authTime),
    xero_userid: c.user.id,
    global_session_id: c.globalSessionId,
  };
  if (c.nonce) claims.nonce = c.nonce;
  if (c.scopes.includes("email")) Object.assign(claims, { preferred_username: c.user.email, email: c.user.email });
  if (c.scopes.includes("profile")) Object.assign(claims, { given_name: c.user.givenName, family_name: c.user.familyName });
  return sign(claims);
}

export type AccessClaims = { client_id: string; xero_userid: string; authentication_event_id: string; scope: string[]; exp: number; iss: string };
export type VerifyResult = { ok: true; claims: AccessClaims } | { ok: false; reason: "expired"; expiredAt: number } | { ok: false; reason: "invalid" };

export async function verifyAccessToken(token: string): Promise<VerifyResult> {
  const { publicKey } = await signingKey();
  try {
    const { payload } = await jwtVerify(token, publicKey, { algorithms: ["RS256"], currentDate: xeroNow() });
    if (typeof payload.iss !== "string" || payload.aud !== `${payload.iss}/resources`) return { ok: false, reason: "invalid" };
    return { ok: true, claims: payload as unknown as AccessClaims };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { ok: false, reason: "expired", expiredAt: Number(decodeJwt(token).exp) * 1000 };
    return { ok: false, reason: "invalid" };
  }
}

// @ts-nocheck
import { subjectFor } from "@/lib/xero-sandbox/ids";
import { verifyAccessToken } from "@/lib/xero-sandbox/engine/jwt";
import { getXeroUser } from "@/lib/xero-sandbox/store/directory";
import { json } from "@/lib/xero-sandbox/http/respond";

// OIDC UserInfo. Xero's docs do not confirm it (FACTS B1); it is here for generic OIDC clients.

export async function userinfo(request: Request): Promise<Response> {
  const header = request.headers.get("authorization") ?? "";
  const result = /^bearer /i.test(header) ? await verifyAccessToken(header.slice(7).trim()) : null;
  const user = result?.ok ? getXeroUser(result.claims.xero_userid) : undefined;
  if (!result?.ok || !user) return json({ error: "invalid_token" }, 401, { "WWW-Authenticate": 'Bearer error="invalid_token"' });
  const scopes = result.claims.scope;
  const body: Record<string, unknown> = { sub: subjectFor(user.id), xero_userid: user.id };
  if (scopes.includes("email")) Object.assign(body, { email: user.email, preferred_username: user.email });
  if (scopes.includes("profile")) Object.assign(body, { given_name: user.givenName, family_name: user.familyName });
  return json(body);
}

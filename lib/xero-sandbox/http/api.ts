import { xeroNowMs } from "@/lib/clock";
import { verifyAccessToken, type AccessClaims } from "@/lib/xero-sandbox/engine/jwt";
import { admitAppCall, admitTenantCall, releaseTenantCall, type LimitOutcome } from "@/lib/xero-sandbox/engine/limiter";
import { PLAN_RULES, isPlan } from "@/lib/xero-sandbox/plans";
import { getAppByClientId, type SandboxApp } from "@/lib/xero-sandbox/store/apps";
import { getOrganisation } from "@/lib/xero-sandbox/store/directory";
import { deleteConnectionById, findUserConnection, getConnection, isTenantOrAuthEventOf, listUserConnections } from "@/lib/xero-sandbox/store/connections";
import { applyFault } from "@/lib/xero-sandbox/http/faults";
import { takeFault } from "@/lib/xero-sandbox/store/faults";
import { expiryStamp, forbidden, json, problem, unauthorized, xeroDate } from "@/lib/xero-sandbox/http/respond";
import { organisationBody } from "@/lib/xero-sandbox/http/organisation-body";
import { tokenMayCall } from "@/lib/xero-sandbox/rules/scopes";

// api.xero.com: /connections (tenantless) and one tenant-scoped call, GET /api.xro/2.0/Organisation.

type Caller = { claims: AccessClaims; app: SandboxApp };

async function authenticate(request: Request): Promise<Caller | Response> {
  const header = request.headers.get("authorization") ?? "";
  if (!/^bearer /i.test(header)) return unauthorized();
  const result = await verifyAccessToken(header.slice(7).trim());
  if (!result.ok) return result.reason === "expired" ? unauthorized(`TokenExpired: token expired at ${expiryStamp(result.expiredAt)}`) : unauthorized();
  const app = getAppByClientId(result.claims.client_id);
  if (!app) return unauthorized();
  return { claims: result.claims, app };
}

function tooMany(outcome: LimitOutcome): Response {
  return json({ Title: "Too Many Requests", Status: 429, Detail: `Rate limit exceeded: ${outcome.problem}` }, 429, {
    ...outcome.headers,
    "Retry-After": String(outcome.retryAfterSeconds ?? 1),
    "X-Rate-Limit-Problem": outcome.problem ?? "minute",
  });
}

/** What every /connections call goes through: the bearer token, the app-wide minute budget, a queued fault. */
async function admitConnectionsCall(request: Request): Promise<{ caller: Caller; limit: LimitOutcome } | Response> {
  const caller = await authenticate(request);
  if (caller instanceof Response) return caller;
  const limit = admitAppCall(caller.app.id, xeroNowMs());
  if (!limit.ok) return tooMany(limit);
  return (await applyFault("connections", caller.app.clientId)) ?? { caller, limit };
}

export async function listConnections(request: Request): Promise<Response> {
  const admitted = await admitConnectionsCall(request);
  if (admitted instanceof Response) return admitted;
  const { caller, limit } = admitted;
  const authEventId = new URL(request.url).searchParams.get("authEventId") ?? undefined;
  const body = listUserConnections(caller.app.id, caller.claims.xero_userid, authEventId).map((c) => ({
    id: c.id,
    authEventId: c.authEventId,
    tenantId: c.orgId,
    tenantType: c.tenantType,
    tenantName: c.tenantName,
    createdDateUtc: xeroDate(c.createdAt),
    updatedDateUtc: xeroDate(c.updatedAt),
  }));
  return json(body, 200, limit.headers);
}

/** 204 for the caller's own connection, 403 for a tenant or auth-event id, else 404 (docs/xero.md#disconnect). */
export async function deleteConnection(request: Request, id: string): Promise<Response> {
  const admitted = await admitConnectionsCall(request);
  if (admitted instanceof Response) return admitted;
  const { caller, limit } = admitted;
  const connection = getConnection(id);
  if (connection && connection.appId === caller.app.id && connection.userId === caller.claims.xero_userid) {
    // A DELETE Xero acknowledges but does not carry out (eventual consistency, a lost write).
    if (!takeFault("connections", caller.app.clientId, ["delete-ignored"])) deleteConnectionById(id);
    return new Response(null, { status: 204, headers: limit.headers });
  }
  if (isTenantOrAuthEventOf(caller.app.id, caller.claims.xero_userid, id)) return forbidden();
  return problem(404, "NotFound", "The resource you're looking for cannot be found", limit.headers);
}

export async function getOrganisationCall(request: Request): Promise<Response> {
  const caller = await authenticate(request);
  if (caller instanceof Response) return caller;
  // Scope before tenant: a token without the scope learns nothing about which tenants it reaches.
  if (!tokenMayCall("GET /api.xro/2.0/Organisation", caller.claims.scope)) return unauthorized("AuthorizationUnsuccessful");
  const custom = caller.app.authType === "custom";
  // Custom Connections need no tenant header: the token is bound to one organisation
  // (docs/xero.md#custom-connections).
  const tenantId = request.headers.get("xero-tenant-id")?.trim() || (custom ? caller.app.customOrgId : null);
  if (!tenantId) return forbidden();
  const connection = findUserConnection(caller.app.id, caller.claims.xero_userid, tenantId);
  const org = connection ? getOrganisation(tenantId) : undefined;
  if (!connection || !org) return forbidden();
  const dayLimit = isPlan(caller.app.plan) ? PLAN_RULES[caller.app.plan].dayLimit : 5000;
  const limit = admitTenantCall(caller.app.id, tenantId, dayLimit, xeroNowMs());
  if (!limit.ok) return tooMany(limit);
  try {
    const fault = await applyFault("organisation", caller.app.clientId);
    if (fault) return withHeaders(fault, limit.headers);
    return json(organisationBody(org, caller.app.name), 200, limit.headers);
  } finally {
    releaseTenantCall(limit);
  }
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [k, v] of Object.entries(headers)) if (!response.headers.has(k)) response.headers.set(k, v);
  return response;
}

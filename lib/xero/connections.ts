import { xeroUrls, type XeroEndpoints } from "./config";
import { parseBody } from "./error-mapping";
import { xeroRequest } from "./http";
import { connectionsSchema, type XeroConnection } from "./schemas";
import type { CallOptions, WithRateLimit } from "./types";

// GET /connections lists the calling user's connections for the app, never everyone's. It is
// tenantless: no tenant header and no per-tenant concurrency slot.

export type { XeroConnection };

export type ListConnectionsInput = { endpoints: XeroEndpoints; accessToken: string; authEventId?: string };

export async function listConnections(input: ListConnectionsInput, options?: CallOptions): Promise<WithRateLimit<{ connections: XeroConnection[] }>> {
  const url = new URL(xeroUrls.connections(input.endpoints));
  if (input.authEventId) url.searchParams.set("authEventId", input.authEventId);
  const res = await xeroRequest(
    {
      operation: "listConnections",
      method: "GET",
      url: url.toString(),
      headers: { authorization: `Bearer ${input.accessToken}` },
      errorStyle: "api",
    },
    options,
  );
  return { connections: parseBody(connectionsSchema, res.text, url.toString(), res.status), rateLimit: res.rateLimit };
}

export type DeleteConnectionInput = { endpoints: XeroEndpoints; accessToken: string; connectionId: string };

/** DELETE /connections/{id}: the connection id, not the tenant id (Xero answers 403 for a tenant id). */
export async function deleteConnection(input: DeleteConnectionInput, options?: CallOptions): Promise<WithRateLimit<object>> {
  const res = await xeroRequest(
    {
      operation: "deleteConnection",
      method: "DELETE",
      url: xeroUrls.connection(input.endpoints, input.connectionId),
      headers: { authorization: `Bearer ${input.accessToken}` },
      errorStyle: "api",
    },
    options,
  );
  return { rateLimit: res.rateLimit };
}

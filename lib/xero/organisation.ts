import { decodeJwt } from "jose";
import { xeroUrls, type XeroEndpoints } from "./config";
import { parseBody } from "./error-mapping";
import { xeroRequest } from "./http";
import { organisationResponseSchema, type XeroOrganisation } from "./schemas";
import type { CallOptions, WithRateLimit } from "./types";

// The one tenant-scoped call: proves a connection still works (403 AuthenticationUnsuccessful once it is gone).

export type { XeroOrganisation };

export type GetOrganisationInput = {
  endpoints: XeroEndpoints;
  accessToken: string;
  /** Omit for a Custom Connection token, which is bound to one organisation. */
  tenantId?: string;
};

export async function getOrganisation(input: GetOrganisationInput, options?: CallOptions): Promise<WithRateLimit<{ organisation: XeroOrganisation }>> {
  const url = xeroUrls.organisation(input.endpoints);
  const res = await xeroRequest(
    {
      operation: "getOrganisation",
      method: "GET",
      url,
      headers: {
        authorization: `Bearer ${input.accessToken}`,
        ...(input.tenantId ? { "xero-tenant-id": input.tenantId } : {}),
      },
      errorStyle: "api",
      ...(input.tenantId ? { tenantId: input.tenantId } : {}),
      concurrencyKey: concurrencyKey(input),
    },
    options,
  );
  const body = parseBody(organisationResponseSchema, res.text, url, res.status);
  return { organisation: body.Organisations[0]!, rateLimit: res.rateLimit };
}

function concurrencyKey(input: GetOrganisationInput): string {
  if (input.tenantId) return `tenant:${input.tenantId.toLowerCase()}`;
  // A Custom Connection app reaches exactly one organisation, so the app stands in for the tenant.
  try {
    const clientId = decodeJwt(input.accessToken).client_id;
    if (typeof clientId === "string") return `app:${clientId}`;
  } catch {
    // Not a JWT: share one queue rather than none.
  }
  return "tenant:unknown";
}

// Xero's published contract for the tenantless connections endpoints, restated here so the contract test
// needs nothing outside this repository. Written from Xero's OpenAPI description of its identity service
// (xero-identity.yaml, MIT licence, version 16.1.0):
// https://github.com/XeroAPI/Xero-OpenAPI/blob/master/xero-identity.yaml
// Keep it as loose as Xero's description: Xero marks no field required and allows extra fields, so a
// stricter schema here would test our opinion rather than Xero's contract. See docs/xero.md#connections-api.

/** JSON Schema (draft-07 subset, as used by OpenAPI 3.0) of one connection object (Xero's "Connection"). */
export const connectionSchema = {
  type: "object",
  properties: {
    /** The connection's own id: DELETE /connections/{id} takes this one. */
    id: { type: "string", format: "uuid" },
    /** The organisation (tenant); tenant-scoped calls send it as the xero-tenant-id header. */
    tenantId: { type: "string", format: "uuid" },
    /** Shared by every connection authorised in the same consent. */
    authEventId: { type: "string", format: "uuid" },
    /** e.g. ORGANISATION or PRACTICE. */
    tenantType: { type: "string" },
    tenantName: { type: "string" },
    /** When the user first connected this tenant to the app. */
    createdDateUtc: { type: "string", format: "date-time" },
    /** When the user most recently connected it; differs from createdDateUtc after a reconnect. */
    updatedDateUtc: { type: "string", format: "date-time" },
  },
} as const;

/** GET /connections (optionally ?authEventId=<uuid>): 200 with an array of 0 to n connections. */
export const listConnectionsResponseSchema = {
  type: "array",
  items: connectionSchema,
} as const;

/** The status codes Xero's description gives each operation. */
export const identityOperations = {
  listConnections: { method: "GET", path: "/connections", query: { authEventId: "uuid (optional)" }, responses: { 200: "array of Connection" } },
  deleteConnection: { method: "DELETE", path: "/connections/{id}", params: { id: "uuid" }, responses: { 204: "deleted, no body", 404: "not found" } },
} as const;

/** The base URL Xero's description gives these paths; it writes them as /Connections (path case is not significant). */
export const IDENTITY_API_BASE = "https://api.xero.com";

import { z } from "zod";
import { defineEndpoint } from "../endpoint";
import { connectionSchema } from "./connections";
import { endUserSchema, idParams, isoDate, nullableDate, uuid } from "./shared";

export { endUserSchema };

// The team's own customers ("end users") and the four ways their Xero connections come in: connect
// sessions, access-token vending, import of existing grants and observe-only reports.

const text = (max: number) => z.string().trim().min(1).max(max);

export const endUserInputSchema = z
  .object({
    id: text(200).describe("Your product's id for this user (stable; imports and sessions match on it)"),
    email: z.email().max(320).optional(),
    displayName: text(200).optional(),
    account: z
      .object({ id: text(200).describe("Your product's id for the customer account"), name: text(200).optional() })
      .optional()
      .describe("The customer account (your customer's company) this user belongs to. Not a Xero organisation."),
    tags: z.array(text(64)).max(20).optional().describe("Free-form labels to filter by, e.g. plan or region"),
  })
  .describe("Your customer, as your product knows them");

export const connectSessionStatus = z.enum(["pending", "opened", "completed", "failed", "expired"]);
export const connectSessionErrors = z.enum(["connection_limit", "org_cap", "access_denied", "expired", "xero_error", "wrong_user"]);

export const connectSessionSchema = z.object({
  id: uuid,
  appId: uuid,
  status: connectSessionStatus,
  error: connectSessionErrors.nullable().describe("Why a failed session failed"),
  endUser: endUserSchema,
  reconnectGrantId: uuid.nullable(),
  connectionIds: z.array(uuid).describe("Connections made by a completed session"),
  returnUrl: z.url(),
  createdAt: isoDate,
  expiresAt: isoDate,
  finishedAt: nullableDate,
});

export const createConnectSessionEndpoint = defineEndpoint({
  method: "POST",
  path: "/connect-sessions",
  operationId: "createConnectSession",
  summary: "Start a connect session for one of your customers",
  description:
    "Returns a single-use URL, valid for 30 minutes, to send your customer to. They see a page naming your app, then Xero's consent, then come back to `returnUrl` with `session`, `status` and `connections` (comma-separated ids) — or `error` (connection_limit, org_cap, access_denied, expired, …). `returnUrl` must start with one of the app's allowed return URLs. Pass `reconnectGrantId` to repair a grant that needs re-authorisation, keeping its history.",
  tag: "Connect sessions",
  scope: "write",
  body: z.object({
    appId: uuid,
    endUser: endUserInputSchema,
    returnUrl: z.url().max(2000),
    reconnectGrantId: uuid.optional(),
  }),
  response: connectSessionSchema.extend({ url: z.url().describe("Send your customer here. Single use; expires at expiresAt.") }),
  status: 201,
  errors: [404, 409],
});

export const getConnectSessionEndpoint = defineEndpoint({
  method: "GET",
  path: "/connect-sessions/{id}",
  operationId: "getConnectSession",
  summary: "A connect session's status",
  tag: "Connect sessions",
  scope: "read",
  params: idParams,
  response: connectSessionSchema,
  errors: [404],
});

export const vendAccessTokenEndpoint = defineEndpoint({
  method: "POST",
  path: "/grants/{id}/access-token",
  operationId: "vendAccessToken",
  summary: "A valid access token for a grant",
  description:
    "Returns an access token with at least a minute of life, refreshing it first when it is near expiry (one refresh however many callers ask at once). A grant that needs re-authorisation answers 409 `needs_reauth` with `details.reconnectUrl`: a fresh connect session for the same customer.",
  tag: "Grants",
  scope: "tokens",
  params: idParams,
  response: z.object({
    grantId: uuid,
    accessToken: z.string(),
    tokenType: z.literal("Bearer"),
    expiresAt: isoDate,
    xeroUserId: z.string(),
    tenantIds: z.array(uuid).describe("The organisations this grant's connections reach (send one as xero-tenant-id)"),
  }),
  errors: [404, 409, 502],
});

export const grantSchema = z.object({
  id: uuid,
  appId: uuid,
  source: z.enum(["dashboard", "connect_session", "import", "observed"]).describe("observed: your product holds the tokens; Connection Desk keeps none"),
  status: z.enum(["active", "needs_reauth", "revoked"]),
  xeroUser: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  endUser: endUserSchema.nullable(),
  lastRefreshOkAt: nullableDate,
  lastObservedAt: nullableDate,
  createdAt: isoDate,
});

export const importGrantEndpoint = defineEndpoint({
  method: "POST",
  path: "/grants/import",
  operationId: "importGrant",
  summary: "Hand over an existing grant (refresh token)",
  description:
    "Connection Desk redeems the refresh token with Xero, reads who authorised it and their connections, and stores the grant. **The refresh token rotates**: your copy stops working once Xero's grace period ends, so stop using it and ask Connection Desk for access tokens instead. Importing the same Xero user for the same app again updates the grant; it never duplicates. A refresh token Xero refuses (another app's, expired, already rotated or revoked) answers 409 and nothing is stored.",
  tag: "Grants",
  scope: "write",
  body: z.object({ appId: uuid, refreshToken: z.string().min(10).max(4000), endUser: endUserInputSchema.optional() }),
  response: z.object({ grant: grantSchema, created: z.boolean().describe("false when an existing grant was updated"), connections: z.array(connectionSchema), notice: z.string() }),
  errors: [404, 409, 502],
});

export const observeEndpoint = defineEndpoint({
  method: "POST",
  path: "/observations",
  operationId: "reportObservation",
  summary: "Report a user's connections without handing over tokens",
  description:
    "Connection Desk calls Xero's /connections once with the access token you send, records what it sees as observed connections (attributed to the token's Xero user and your customer) and keeps no token. Observed connections count toward caps and become stale when not observed again for the configured number of days (Settings → Background jobs, 14 by default). The token must be one Xero issued to this app (signature, issuer, audience and client_id are checked): another app's, an expired or a forged token answers 409 and nothing is recorded.",
  tag: "Observations",
  scope: "write",
  body: z.object({ appId: uuid, accessToken: z.string().min(10).max(8000), endUser: endUserInputSchema.optional() }),
  response: z.object({ grant: grantSchema, connections: z.array(connectionSchema), observedAt: isoDate }),
  status: 201,
  errors: [404, 409, 502],
});

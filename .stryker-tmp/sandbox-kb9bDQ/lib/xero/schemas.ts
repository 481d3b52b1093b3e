// @ts-nocheck
import { z } from "zod";
import { parseXeroDate } from "./xero-date";

// Response bodies as Xero sends them. Lenient where Xero is inconsistent (ids are not checked as
// strict UUIDs, optional fields may be null), strict where our logic depends on a field.

const xeroDate = z.string().transform((text, ctx) => {
  const date = parseXeroDate(text);
  if (!date) {
    ctx.addIssue({ code: "custom", message: `not a Xero date: ${text.slice(0, 40)}` });
    return z.NEVER;
  }
  return date;
});

export const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.coerce.number().int().positive(),
  refresh_token: z.string().min(1).optional(),
  id_token: z.string().min(1).optional(),
  // A space-delimited string on the wire; tolerate the array form SDK docs show.
  scope: z.union([z.string(), z.array(z.string())]).optional(),
});

export const connectionSchema = z
  .object({
    id: z.string().min(1),
    authEventId: z.string().nullish(),
    tenantId: z.string().min(1),
    tenantType: z.string().nullish(),
    tenantName: z.string().nullish(),
    createdDateUtc: xeroDate.nullish(),
    updatedDateUtc: xeroDate.nullish(),
  })
  .transform((c) => ({
    id: c.id,
    authEventId: c.authEventId ?? null,
    tenantId: c.tenantId,
    tenantType: c.tenantType ?? null,
    tenantName: c.tenantName ?? null,
    createdDateUtc: c.createdDateUtc ?? null,
    updatedDateUtc: c.updatedDateUtc ?? null,
  }));
export type XeroConnection = z.infer<typeof connectionSchema>;
export const connectionsSchema = z.array(connectionSchema);

export const organisationSchema = z
  .object({
    OrganisationID: z.string().min(1),
    Name: z.string(),
    LegalName: z.string().nullish(),
    OrganisationType: z.string().nullish(),
    CountryCode: z.string().nullish(),
    BaseCurrency: z.string().nullish(),
    IsDemoCompany: z.boolean().nullish(),
    OrganisationStatus: z.string().nullish(),
    CreatedDateUTC: xeroDate.nullish(),
  })
  .loose();
export type XeroOrganisation = z.infer<typeof organisationSchema>;
export const organisationResponseSchema = z.object({ Organisations: z.array(organisationSchema).min(1) }).loose();

export const discoverySchema = z
  .object({
    issuer: z.string().min(1),
    authorization_endpoint: z.string().min(1),
    token_endpoint: z.string().min(1),
    jwks_uri: z.string().min(1),
  })
  .loose();
export type XeroDiscovery = z.infer<typeof discoverySchema>;

const scopeClaim = z.union([z.array(z.string()), z.string().transform((s) => s.split(" ").filter(Boolean))]);

export const accessTokenClaimsSchema = z
  .object({
    iss: z.string(),
    aud: z.union([z.string(), z.array(z.string())]).optional(),
    exp: z.number(),
    nbf: z.number().optional(),
    client_id: z.string(),
    sub: z.string().optional(),
    auth_time: z.number().optional(),
    xero_userid: z.string().optional(),
    global_session_id: z.string().optional(),
    jti: z.string().optional(),
    // Absent in tokens issued before May 2020 and in Custom Connection tokens.
    authentication_event_id: z.string().optional(),
    scope: scopeClaim.default([]),
  })
  .loose();
export type XeroAccessTokenClaims = z.infer<typeof accessTokenClaimsSchema>;

export const idTokenClaimsSchema = z
  .object({
    iss: z.string(),
    aud: z.union([z.string(), z.array(z.string())]),
    exp: z.number(),
    nbf: z.number().optional(),
    iat: z.number().optional(),
    sub: z.string(),
    xero_userid: z.string(),
    sid: z.string().optional(),
    global_session_id: z.string().optional(),
    auth_time: z.number().optional(),
    at_hash: z.string().optional(),
    preferred_username: z.string().optional(),
    email: z.string().optional(),
    given_name: z.string().optional(),
    family_name: z.string().optional(),
    name: z.string().optional(),
    nonce: z.string().optional(),
  })
  .loose();
export type XeroIdTokenClaims = z.infer<typeof idTokenClaimsSchema>;

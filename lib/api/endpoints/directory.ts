import { z } from "zod";
import { environments } from "@/lib/apps/environments";
import { grantSources, grantStatuses } from "@/lib/grants/kinds";
import { defineEndpoint } from "../endpoint";
import { grantSchema } from "./customers";
import { cursorQuery, endUserSchema, idParams, isoDate, limitQuery, pageOf, uuid } from "./shared";

// Who and what the connections join: organisations, Xero users, the team's customers and grants.

const environmentQuery = z.enum(environments).optional().describe("Only this environment (a key for one environment always gets its own)");

export const organisationSummarySchema = z.object({
  tenantId: uuid,
  name: z.string(),
  type: z.string(),
  isDemo: z.boolean(),
  connections: z.number().int().describe("Live connections to it"),
  apps: z.number().int().describe("Apps connected to it"),
  uncertifiedSlotsUsed: z.number().int().describe("Uncertified apps connected to it, across every environment (Xero allows 2)"),
});

export const listOrganisationsEndpoint = defineEndpoint({
  method: "GET",
  path: "/organisations",
  operationId: "listOrganisations",
  summary: "List organisations",
  description: "Xero organisations (tenants) our apps have connected, by name, with how many apps and connections reach each and its uncertified-app slots.",
  tag: "Organisations",
  scope: "read",
  query: z.object({
    q: z.string().trim().max(200).optional().describe("Part of the name (from three characters; one or two match the start of the name), or an exact tenant id"),
    atCap: z.enum(["true", "false"]).optional().describe("true: only organisations with both uncertified-app slots taken"),
    environment: environmentQuery,
    cursor: cursorQuery,
    limit: limitQuery,
  }),
  response: pageOf(organisationSummarySchema),
});

export const getOrganisationEndpoint = defineEndpoint({
  method: "GET",
  path: "/organisations/{tenantId}",
  operationId: "getOrganisation",
  summary: "Get an organisation",
  description: "Every app connected to the organisation and through whom: the Xero user and your customer of each connection.",
  tag: "Organisations",
  scope: "read",
  params: z.object({ tenantId: z.uuid().describe("The Xero tenant id") }),
  response: z.object({
    tenantId: uuid,
    name: z.string(),
    type: z.string(),
    isDemo: z.boolean(),
    uncertifiedSlotsUsed: z.number().int(),
    uncertifiedSlotCap: z.number().int(),
    apps: z.array(
      z.object({
        appId: uuid,
        appName: z.string(),
        environment: z.enum(environments),
        plan: z.string(),
        certified: z.boolean(),
        takesUncertifiedSlot: z.boolean(),
        connections: z.array(z.object({ id: uuid, status: z.string(), xeroUser: z.object({ name: z.string(), email: z.string() }), endUser: endUserSchema.nullable() })),
      }),
    ),
  }),
  errors: [404],
});

export const listXeroUsersEndpoint = defineEndpoint({
  method: "GET",
  path: "/xero-users",
  operationId: "listXeroUsers",
  summary: "List the Xero users who authorised your apps",
  description: "Each Xero user with their grant per app, its live connections and the customer it belongs to. Ordered by Xero user id.",
  tag: "People",
  scope: "read",
  query: z.object({ q: z.string().trim().max(200).optional().describe("Email prefix"), environment: environmentQuery, cursor: cursorQuery, limit: limitQuery }),
  response: pageOf(
    z.object({
      xeroUserId: z.string(),
      name: z.string(),
      email: z.string(),
      connections: z.number().int().describe("Live connections over all their grants"),
      grants: z.array(
        z.object({
          grantId: uuid,
          appId: uuid,
          appName: z.string(),
          environment: z.enum(environments),
          status: z.enum(grantStatuses),
          source: z.enum(grantSources),
          connections: z.number().int(),
          endUser: z.object({ id: uuid, externalId: z.string() }).nullable(),
        }),
      ),
    }),
  ),
});

const endUserListItem = endUserSchema.extend({ grantCount: z.number().int(), connectionCount: z.number().int().describe("Live connections"), createdAt: isoDate });

export const listEndUsersEndpoint = defineEndpoint({
  method: "GET",
  path: "/end-users",
  operationId: "listEndUsers",
  summary: "List your customers",
  description: "Your customers (end users) known from connect sessions, imports and observations, ordered by your id for them.",
  tag: "Customers",
  scope: "read",
  query: z.object({
    q: z.string().trim().max(200).optional().describe("Prefix of your id or their email, or part of their name or account name (from three characters; one or two match the start)"),
    account: z.string().trim().max(200).optional().describe("Your customer account's id"),
    tag: z.string().trim().max(64).optional(),
    environment: environmentQuery,
    cursor: cursorQuery,
    limit: limitQuery,
  }),
  response: pageOf(endUserListItem),
});

export const listedGrantSchema = grantSchema.extend({ environment: z.enum(environments), connectionCount: z.number().int().describe("Live connections") });

export const getEndUserEndpoint = defineEndpoint({
  method: "GET",
  path: "/end-users/{id}",
  operationId: "getEndUser",
  summary: "Get a customer",
  description: "One customer with their grants (a Xero user per app). Their connections: GET /connections?customer={id}.",
  tag: "Customers",
  scope: "read",
  params: idParams,
  response: endUserListItem.extend({ grants: z.array(listedGrantSchema) }),
  errors: [404],
});

export const listGrantsEndpoint = defineEndpoint({
  method: "GET",
  path: "/grants",
  operationId: "listGrants",
  summary: "List grants",
  description: "Grants (one Xero user's consent to one app) with the Xero user and your customer. Ordered by id. Never a token.",
  tag: "Grants",
  scope: "read",
  query: z.object({
    app: uuid.optional(),
    status: z.enum(grantStatuses).optional(),
    source: z.enum(grantSources).optional(),
    endUser: uuid.optional().describe("Connection Desk's id of the customer"),
    environment: environmentQuery,
    cursor: cursorQuery,
    limit: limitQuery,
  }),
  response: pageOf(listedGrantSchema),
});

export const getGrantEndpoint = defineEndpoint({
  method: "GET",
  path: "/grants/{id}",
  operationId: "getGrant",
  summary: "Get a grant",
  tag: "Grants",
  scope: "read",
  params: idParams,
  response: listedGrantSchema,
  errors: [404],
});

import { z } from "zod";
import { environments } from "@/lib/apps/environments";
import { connectionSorts, connectionStatuses } from "@/lib/connections/filters";
import { defineEndpoint } from "../endpoint";
import { cursorQuery, endUserSchema, isoDate, limitQuery, nullableDate, pageOf, uuid } from "./shared";

export const connectionSchema = z.object({
  id: uuid.describe("Xero's connection id"),
  tenantId: uuid.describe("The Xero organisation (tenant) id"),
  tenantName: z.string(),
  tenantType: z.string(),
  status: z.enum([...connectionStatuses, "disconnecting"]).describe("active, stale (still connected, worth a look), disconnecting (our disconnect in progress) or disconnected"),
  staleReasons: z.array(z.string()),
  xeroCreatedAt: nullableDate.describe("When Xero created the connection (the date Xero's Connected apps screen shows)"),
  xeroUpdatedAt: nullableDate,
  lastSeenAt: isoDate.describe("When Connection Desk last saw it in Xero"),
  disconnectedAt: nullableDate,
  app: z.object({ id: uuid, name: z.string(), environment: z.enum(environments) }),
  grant: z.object({
    id: uuid,
    status: z.string(),
    source: z.enum(["dashboard", "connect_session", "import", "observed"]).describe("observed: your product holds the tokens; Connection Desk keeps none"),
    lastRefreshOkAt: nullableDate,
  }),
  xeroUser: z.object({ id: z.string(), name: z.string(), email: z.string() }).describe("The Xero user who authorised the connection"),
  endUser: endUserSchema.nullable().describe("Your customer through whom it was connected; null for connections made in the dashboard"),
});

export const listConnectionsEndpoint = defineEndpoint({
  method: "GET",
  path: "/connections",
  operationId: "listConnections",
  summary: "List connections",
  description: "The same filters, search and sort as the dashboard's Connections page, paginated by cursor. Without `status`, disconnected connections are left out.",
  tag: "Connections",
  scope: "read",
  query: z.object({
    q: z
      .string()
      .trim()
      .max(200)
      .optional()
      .describe("Search organisation name, Xero user email prefix, your customer (name, account name, your exact id, email prefix), or an exact connection or tenant id"),
    app: z.uuid().optional().describe("Only this app"),
    environment: z.enum(environments).optional(),
    status: z
      .enum([...connectionStatuses, "broken", "all"])
      .optional()
      .describe("broken = connected but its grant needs re-authorisation"),
    user: z.string().trim().max(200).optional().describe("A Xero user id or email"),
    tenant: z.string().trim().max(200).optional().describe("A Xero tenant id"),
    customer: z.string().trim().max(200).optional().describe("Your customer: your product's id for them, Connection Desk's id, or their email"),
    account: z.string().trim().max(200).optional().describe("Your customer account's id: connections of every user in that account"),
    tag: z.string().trim().max(64).optional().describe("Connections of customers with this tag"),
    sort: z.enum(connectionSorts).optional(),
    dir: z.enum(["asc", "desc"]).optional(),
    cursor: cursorQuery,
    limit: limitQuery,
  }),
  response: pageOf(connectionSchema),
});

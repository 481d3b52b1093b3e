import { z } from "zod";
import { environments } from "@/lib/apps/environments";
import { defineEndpoint } from "../endpoint";
import { connectionSchema } from "./connections";
import { endUserSchema, isoDate, nullableDate, uuid } from "./shared";

// What the dashboard does, over the API: diagnose a Xero error, disconnect with a dry run, sync.

const customerRef = endUserSchema.nullable().describe("Your customer behind this Xero user's grant or connection");

const rankedAction = z.object({ key: z.string(), title: z.string(), effect: z.string().describe("What doing it frees or fixes") });

const nameCandidate = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("organisation"), tenantId: uuid, name: z.string() }),
  z.object({ kind: z.literal("app"), id: uuid, name: z.string(), environment: z.enum(environments) }),
  z.object({ kind: z.literal("xero_user"), email: z.string(), name: z.string() }),
  z.object({ kind: z.literal("customer"), id: uuid, externalId: z.string(), name: z.string(), email: z.string().nullable(), accountName: z.string().nullable() }),
]);

export const diagnoseEndpoint = defineEndpoint({
  method: "POST",
  path: "/diagnose",
  operationId: "diagnose",
  summary: "Diagnose a Xero error",
  description:
    "The Diagnose page over the API: send Xero's error message or /connectionLimit address, and/or an app, organisation or Xero user. The answer names the limit or error (`classification.kind`), explains it, shows what fills it from Connection Desk's data (the Xero user and your customer behind each connection) and ranks the fixes.",
  tag: "Diagnose",
  scope: "read",
  body: z
    .object({
      message: z.string().trim().max(5000).optional().describe("Xero's error message or the address Xero showed"),
      app: uuid.optional().describe("The app it concerns, when the message does not name it"),
      org: z.string().trim().max(200).optional().describe("An organisation's tenant id or name"),
      user: z.string().trim().max(200).optional().describe("An authorising Xero user's email"),
    })
    .refine((b) => Boolean(b.message || b.app || b.org || b.user), { message: "Send a message, or an app, organisation or user to look at." }),
  response: z.object({
    classification: z
      .object({
        kind: z.enum([
          "none",
          "app_cap",
          "org_cap",
          "custom_connection",
          "rate_limit",
          "refresh_token_dead",
          "access_token_expired",
          "organisation_gone",
          "consent_cancelled",
          "client_rejected",
          "not_permitted",
          "unrecognised",
        ]),
      })
      .loose()
      .describe("What the message is; kinds carry their facts (e.g. app_cap: regime, appName, clientId; rate_limit: scope, retryAfterSeconds)"),
    title: z.string(),
    explanation: z.string(),
    actions: z.array(rankedAction).describe("Fixes, best first"),
    app: z
      .object({
        id: uuid,
        name: z.string(),
        environment: z.enum(environments),
        plan: z.string(),
        matchedBy: z.enum(["picked", "client_id", "name"]),
        cap: z.number().int().nullable(),
        count: z.number().int().describe("Connections counted against the cap"),
        level: z.enum(["ok", "warn", "full", "uncapped"]),
        users: z
          .array(z.object({ grantId: uuid, name: z.string(), email: z.string(), grantStatus: z.string(), connections: z.number().int(), stale: z.number().int(), endUser: customerRef }))
          .describe("Who fills the cap, most connections first"),
        stale: z.array(connectionSchema.extend({ recommendedAction: z.string().nullable() })),
        filling: z.array(connectionSchema).describe("Every connection counted toward the cap (up to 500)"),
        staleDisconnectable: z.number().int(),
        staleBlocked: z.number().int().describe("Stale connections whose grant needs re-authorisation before they can be disconnected"),
      })
      .nullable(),
    appNotFound: z.string().nullable().describe("An app the message names that is not registered here"),
    org: z
      .object({
        tenantId: uuid,
        name: z.string(),
        slotsUsed: z.number().int(),
        slotCap: z.number().int(),
        otherApps: z.number().int().describe("Certified apps also connected (they take no uncertified slot)"),
        uncertifiedApps: z.array(
          z.object({
            appId: uuid,
            name: z.string(),
            environment: z.enum(environments),
            plan: z.string(),
            connections: z.array(z.object({ connectionId: uuid, name: z.string(), email: z.string(), status: z.string(), staleReasons: z.array(z.string()), endUser: customerRef })),
          }),
        ),
      })
      .nullable(),
    orgNotFound: z.string().nullable(),
    orgCandidates: z.array(z.object({ tenantId: uuid, name: z.string() })).describe("For the organisation cap with no organisation named: those with both slots taken"),
    user: z
      .object({
        email: z.string(),
        grants: z.array(
          z.object({
            grantId: uuid,
            appId: uuid,
            appName: z.string(),
            environment: z.enum(environments),
            status: z.string(),
            lastRefreshOkAt: nullableDate,
            lastFailureReason: z.string().nullable(),
            live: z.number().int(),
            stale: z.number().int(),
            endUser: customerRef,
          }),
        ),
      })
      .nullable(),
    customer: z
      .object({
        id: uuid,
        externalId: z.string(),
        displayName: z.string().nullable(),
        email: z.string().nullable(),
        accountName: z.string().nullable(),
        apps: z.array(z.object({ appId: uuid, appName: z.string(), environment: z.enum(environments), live: z.number().int(), stale: z.number().int() })),
      })
      .nullable()
      .describe("Your customer the message names, with their live connections per app"),
    nameMatch: z
      .object({
        query: z.string(),
        matched: nameCandidate.nullable().describe("The one record named exactly; its evidence is in app, org, user or customer"),
        suggestions: z.array(nameCandidate).describe("Records whose names contain the text: send one as app, org or user (a customer's externalId as message)"),
      })
      .nullable()
      .describe("When the message is no Xero error we know: the organisations, apps, Xero users and customers it names"),
  }),
});

const disconnectPlanSchema = z.object({
  total: z.number().int().describe("Connections that would be disconnected"),
  skipped: z.number().int().describe("Already disconnected"),
  summary: z.string().describe('The dashboard\'s dry-run sentence, e.g. "Disconnect 6 connections: frees 6 of 25 slots on Acme Ledger Sync (prod)"'),
  apps: z.array(z.object({ appId: uuid, appName: z.string(), selected: z.number().int(), frees: z.number().int(), count: z.number().int(), cap: z.number().int().nullable(), sentence: z.string() })),
});

export const disconnectEndpoint = defineEndpoint({
  method: "POST",
  path: "/connections/disconnect",
  operationId: "disconnectConnections",
  summary: "Disconnect connections (with a dry run)",
  description:
    "With `dryRun: true` nothing changes: the answer says what the selection frees per app, in the dashboard's words. Otherwise each connection is removed in Xero with its own grant's token and Xero is read again to confirm; `results` says per connection whether it worked. Unknown ids (or ids outside the key's environment) answer 404 with `details.unknownIds`, before anything is sent.",
  tag: "Connections",
  scope: "write",
  body: z.object({
    connectionIds: z.array(uuid).min(1).max(500),
    dryRun: z.boolean().default(false),
    reason: z.string().trim().max(500).optional().describe("Kept in the activity log"),
  }),
  response: z.object({
    dryRun: z.boolean(),
    plan: disconnectPlanSchema,
    results: z
      .array(z.object({ id: uuid, tenantName: z.string(), ok: z.boolean(), message: z.string() }))
      .nullable()
      .describe("null for a dry run"),
  }),
  errors: [404],
});

const runSchema = z.object({
  id: z.number().int(),
  status: z.enum(["running", "ok", "partial", "failed", "interrupted"]).describe("interrupted: the server running it stopped; its counts are what was done"),
  total: z.number().int().describe("Grants to sync"),
  done: z.number().int(),
  summary: z.record(z.string(), z.unknown()).nullable().describe("When finished: grants, failed, added, vanished, errors"),
  startedAt: isoDate,
  finishedAt: nullableDate,
});

export const startSyncEndpoint = defineEndpoint({
  method: "POST",
  path: "/sync",
  operationId: "startSync",
  summary: "Sync connections from Xero",
  description: "Reads every active grant's connections from Xero again: one app's with `appId`, else every app the key covers. Runs in the background: follow it with GET /sync-runs/{runId}.",
  tag: "Connections",
  scope: "write",
  body: z.object({ appId: uuid.optional() }),
  response: z.object({ runId: z.number().int(), total: z.number().int().describe("Grants it will sync") }),
  status: 202,
  errors: [404],
});

export const getSyncRunEndpoint = defineEndpoint({
  method: "GET",
  path: "/sync-runs/{id}",
  operationId: "getSyncRun",
  summary: "A sync's progress",
  description: "A key for one environment sees only the runs it started.",
  tag: "Connections",
  scope: "read",
  params: z.object({ id: z.coerce.number().int().min(1).describe("The runId POST /sync returned") }),
  response: runSchema,
  errors: [404],
});

import { z } from "zod";
import { environments } from "@/lib/apps/environments";
import { LEGACY_SPAN_LABEL, PLANS, TIERS_START_LABEL } from "@/lib/limits/plans";

// Schemas several endpoints share. Dates leave the API as ISO 8601 strings.

export const isoDate = z.iso.datetime().describe("ISO 8601, UTC");
export const nullableDate = isoDate.nullable();
export const uuid = z.uuid();
export const idParams = z.object({ id: z.uuid().describe("The resource's id") });

export const regimeSchema = z
  .enum(["legacy", "tiers", "custom"])
  .describe(`Which of Xero's rule sets the plan belongs to: the legacy rules (${LEGACY_SPAN_LABEL}), the tiers since ${TIERS_START_LABEL}, or a Custom Connection.`);

export const headroomSchema = z.object({
  cap: z.number().int().nullable().describe("The app's connection cap; null when the plan has none."),
  used: z.number().int().describe("Connections counted against the cap: the larger of what Connection Desk knows (held + observed) and the count Xero's developer portal shows, when one was entered."),
  free: z.number().int().nullable().describe("Slots left; null when uncapped."),
  level: z.enum(["ok", "warn", "full", "uncapped"]).describe("ok below 80 %, warn from 80 %, full at the cap."),
  regime: regimeSchema,
  securityAssessmentDue: z.boolean().describe("Xero expects a security self-assessment from 1,000 connections."),
  known: z.object({ held: z.number().int().describe("Connection Desk holds their tokens"), observed: z.number().int().describe("Reported by your product, which holds the tokens") }),
  portalCount: z.number().int().nullable().describe("The count Xero's developer portal shows, as last entered on the app; null when never entered."),
  madeElsewhere: z.number().int().describe("Connections Xero counts that Connection Desk does not know (portalCount minus known, at least 0)."),
});

export const appSchema = z.object({
  id: uuid,
  name: z.string(),
  environment: z.enum(environments),
  plan: z.enum(PLANS),
  certified: z.boolean(),
  clientId: z.string(),
  hasSecret: z.boolean().describe("Whether a client secret is stored (it is never returned)."),
  scopes: z.string(),
  connectionCount: z.number().int(),
  organisationCount: z.number().int(),
  staleCount: z.number().int(),
  headroom: headroomSchema,
  createdAt: isoDate,
  updatedAt: isoDate,
});

/** A page of results with an opaque cursor for the next one. */
export const pageOf = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), nextCursor: z.string().nullable().describe("Pass as `cursor` to get the next page; null on the last page.") });

export const limitQuery = z.coerce.number().int().min(1).max(500).default(100).describe("Items per page (1–500, default 100).");
export const cursorQuery = z.string().max(500).optional().describe("The nextCursor of the previous page.");

/** The team's customer ("end user") as the API shows them, wherever they appear. */
export const endUserSchema = z.object({
  id: uuid.describe("Connection Desk's id"),
  externalId: z.string().describe("Your product's id"),
  email: z.string().nullable(),
  displayName: z.string().nullable(),
  account: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
  tags: z.array(z.string()),
});

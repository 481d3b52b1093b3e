import { z } from "zod";
import { safeName } from "@/lib/validation/safe-name";
import { DEFAULT_PLAN, PLANS } from "@/lib/limits/plans";
import { DEFAULT_SCOPES, normaliseScopes } from "./scopes";
import { environments } from "./environments";

const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal(""), z.boolean()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || undefined);

export const appFieldsSchema = z.object({
  name: safeName({ required: "Give the app a name.", tooLong: "Keep the name under 100 characters." }),
  environment: z.enum(environments, { error: "Choose development, staging or production." }),
  plan: z.enum(PLANS, { error: "Choose the app's plan." }).default(DEFAULT_PLAN),
  certified: checkbox,
  clientId: z
    .string()
    .trim()
    .regex(/^[0-9a-fA-F]{32}$/, "A Xero client id is 32 hexadecimal characters (0-9, A-F), as shown on the app's page in Xero's developer portal.")
    .transform((v) => v.toUpperCase()),
  scopes: z
    .string()
    .trim()
    .default(DEFAULT_SCOPES)
    .transform((v) => normaliseScopes(v || DEFAULT_SCOPES))
    .refine((v) => v.split(" ").every((s) => /^[a-z][a-z0-9._]*$/.test(s)), "Scopes are lower-case words separated by spaces, e.g. openid accounting.settings.read."),
  capOverride: z
    .union([z.literal(""), z.coerce.number().int("Enter a whole number.").min(1, "A cap must be at least 1.").max(1_000_000)])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
  countDemoCompanies: checkbox,
  /** Typed in from Xero's developer portal: counts connections made outside Connection Desk too. */
  portalConnectionCount: z
    .union([z.literal(""), z.coerce.number().int("Enter a whole number.").min(0, "A count cannot be negative.").max(10_000_000)])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
  notes: z.string().trim().max(2000, "Keep notes under 2,000 characters.").default(""),
  /** One URL per line; lib/apps/mutations checks each (https in live mode) with lib/connect-sessions/return-url. */
  allowedReturnUrls: z.string().max(20_000, "That is too much text for return URLs.").default(""),
});

export const createAppSchema = appFieldsSchema.extend({
  clientSecret: optionalText(200),
});
export type CreateAppInput = z.infer<typeof createAppSchema>;

export const updateAppSchema = appFieldsSchema;
export type UpdateAppInput = z.infer<typeof updateAppSchema>;

export const replaceSecretSchema = z.object({
  clientSecret: z.string().trim().min(1, "Paste the new client secret.").max(200),
});

export const appIdSchema = z.string().uuid("That app id is not valid.");

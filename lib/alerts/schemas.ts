import { z } from "zod";
import { formList } from "@/lib/validation/form-list";
import { ALERT_EVENTS } from "./events";

// Validation for Settings → Alerts.

export const webhookIdSchema = z.string().uuid("That webhook was not found.");

export const createWebhookSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, "Enter the address that should receive alerts.")
    .max(2000, "That address is too long.")
    .refine((v) => {
      try {
        const u = new URL(v);
        return (u.protocol === "https:" || u.protocol === "http:") && !u.username && !u.password;
      } catch {
        return false;
      }
    }, "Enter a full http:// or https:// address, without a user name or password in it."),
  events: formList(z.array(z.enum(ALERT_EVENTS)).min(1, "Choose at least one event.")),
  secret: z
    .string()
    .trim()
    .max(200, "At most 200 characters.")
    .refine((v) => v === "" || v.length >= 16, "Use at least 16 characters, or leave it empty to have one generated.")
    .optional()
    .transform((v) => v || undefined),
});
export type CreateWebhookInput = z.infer<typeof createWebhookSchema>;

export const setWebhookActiveSchema = z.object({ webhookId: webhookIdSchema, active: z.enum(["true", "false"]).transform((v) => v === "true") });

export const deliveriesPageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

import "server-only";
import { asc, eq, ne, and } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/index";
import { endUsers, grants } from "@/db/schema";
import { requirePermission } from "@/lib/auth/session";
import { createConnectSession } from "./sessions";

// Domain: a developer or support user makes a connect (or reconnect) link for one customer in the
// dashboard, to send by email or hand to a customer whose grant died. Same rules as the API.

const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || undefined);

export const linkFormSchema = z.object({
  customerId: z.string().trim().min(1, "Enter your product's id for this customer.").max(200),
  customerName: optional(200),
  customerEmail: z
    .union([z.literal(""), z.email("Enter an email address, or leave it empty.").max(320)])
    .optional()
    .transform((v) => v || undefined),
  accountName: optional(200),
  returnUrl: z.string().trim().min(1, "Choose where your customer goes back to."),
  reconnectGrantId: z
    .union([z.literal(""), z.uuid()])
    .optional()
    .transform((v) => v || undefined),
});

/** The caller (a server action, through defineAction) has checked "connect-links:create" and parsed the form. */
export async function createConnectLink(id: string, input: z.output<typeof linkFormSchema>): Promise<{ url: string; expiresAt: string }> {
  const account = input.accountName ? { id: input.accountName, name: input.accountName } : undefined;
  const session = await createConnectSession({
    appId: id,
    endUser: { id: input.customerId, displayName: input.customerName, email: input.customerEmail, account },
    returnUrl: input.returnUrl,
    reconnectGrantId: input.reconnectGrantId,
  });
  return { url: session.url, expiresAt: session.expiresAt };
}

/** Grants a reconnect link can repair (not observed-only), needing re-authorisation first, with their customer. */
export async function reconnectableGrants(appId: string) {
  await requirePermission("apps:read");
  const rows = await getDb()
    .select({ id: grants.id, name: grants.name, email: grants.email, status: grants.status, customer: endUsers.externalId })
    .from(grants)
    .leftJoin(endUsers, eq(endUsers.id, grants.endUserId))
    .where(and(eq(grants.appId, appId), ne(grants.source, "observed")))
    .orderBy(asc(grants.status), asc(grants.email))
    .limit(200);
  return rows.sort((a, b) => Number(b.status === "needs_reauth") - Number(a.status === "needs_reauth"));
}

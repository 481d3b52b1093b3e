import "server-only";
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/index";
import { endUsers } from "@/db/schema";
import type { endUserInputSchema } from "@/lib/api/endpoints/customers";

// System layer: the team's customer as its product names them. Connect sessions, imports and observations
// all match on the product's own id, so the same customer is one row however their connections came in.

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type EndUserInput = z.output<typeof endUserInputSchema>;
export type EndUserRow = typeof endUsers.$inferSelect;

/** Creates the end user or updates the fields the product sent (fields it left out are kept). */
export function upsertEndUser(tx: Tx, input: EndUserInput, at: Date): EndUserRow {
  const fields = {
    ...(input.email !== undefined ? { email: input.email.toLowerCase() } : {}),
    ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
    ...(input.account !== undefined ? { accountId: input.account.id, accountName: input.account.name ?? null } : {}),
    ...(input.tags !== undefined ? { tags: input.tags } : {}),
  };
  return tx
    .insert(endUsers)
    .values({ id: crypto.randomUUID(), externalId: input.id, createdAt: at, updatedAt: at, ...fields })
    .onConflictDoUpdate({ target: endUsers.externalId, set: { ...fields, updatedAt: at } })
    .returning()
    .get();
}

export function endUserById(tx: Pick<Db, "select">, id: string | null): EndUserRow | null {
  if (!id) return null;
  return tx.select().from(endUsers).where(eq(endUsers.id, id)).get() ?? null;
}

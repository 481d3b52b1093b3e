import "server-only";
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { endUsers } from "@/db/schema";
import { first, type Tx } from "@/db/steps";
import type { endUserInputSchema } from "@/lib/api/endpoints/customers";
import { realNow } from "@/lib/clock";
import type { EndUserRef } from "@/lib/end-users/columns";

// System layer: the team's customers ("end users"), keyed by the team's own id. Sessions and imports
// upsert them; callers have checked the permission. Fields left out keep their stored value. Both writers and
// readers are steps of the caller's transaction (db/steps.ts); outside one, `await transact((tx) => …Step(tx, …))`.

export type EndUserInput = z.output<typeof endUserInputSchema>;
export type EndUserRow = typeof endUsers.$inferSelect;

export function* upsertEndUserStep(tx: Tx, input: EndUserInput, at: Date = realNow()) {
  const fields = {
    ...(input.email !== undefined ? { email: input.email.toLowerCase() } : {}),
    ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
    ...(input.account ? { accountId: input.account.id, ...(input.account.name !== undefined ? { accountName: input.account.name } : {}) } : {}),
    ...(input.tags ? { tags: [...new Set(input.tags)] } : {}),
  };
  const row: EndUserRow | undefined = yield* first(
    tx
      .insert(endUsers)
      .values({ id: crypto.randomUUID(), externalId: input.id, ...fields, createdAt: at, updatedAt: at })
      .onConflictDoUpdate({ target: endUsers.externalId, set: { ...fields, updatedAt: at } })
      .returning(),
  );
  return row!;
}

export function* endUserByIdStep(tx: Tx, id: string | null) {
  if (!id) return null;
  const row: EndUserRow | undefined = yield* first(tx.select().from(endUsers).where(eq(endUsers.id, id)).limit(1));
  return row ?? null;
}

/** How webhooks, the API and the activity log show an end user (the API's endUser shape). */
export function endUserView(row: EndUserRef) {
  return {
    id: row.id,
    externalId: row.externalId,
    email: row.email,
    displayName: row.displayName,
    account: row.accountId ? { id: row.accountId, name: row.accountName } : null,
    tags: row.tags,
  };
}

/** One line for people: "Jane Doe (Acme Pty) · jane@acme.test". */
export function endUserLabel(row: Pick<EndUserRow, "externalId" | "displayName" | "email" | "accountName">): string {
  const who = row.displayName ?? row.email ?? row.externalId;
  return row.accountName ? `${who} (${row.accountName})` : who;
}

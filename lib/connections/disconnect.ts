import "server-only";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/session";
import { parseInput } from "@/lib/actions/result";
import { planDisconnect, type DisconnectPlan } from "./disconnect-plan";
import { performDisconnect, selectionRows, type DisconnectResult } from "./disconnect-run";

// The disconnect actions: authorise, validate, then hand over to ./disconnect-run.ts
// (docs/architecture.md#disconnect).

export type { DisconnectResult };

export const disconnectSchema = z.object({
  ids: z.array(z.string().min(1).max(64)).min(1, "Select at least one connection.").max(500, "Disconnect at most 500 connections at once."),
  reason: z.string().trim().max(500).default(""),
});

/** The dry run: what the selection frees, per app, before anything is sent to Xero. */
export async function previewDisconnect(raw: unknown): Promise<DisconnectPlan> {
  await requirePermission("connections:disconnect");
  const { ids } = parseInput(disconnectSchema, raw);
  return planDisconnect(selectionRows(ids));
}

export async function disconnectConnections(raw: unknown): Promise<DisconnectResult[]> {
  const user = await requirePermission("connections:disconnect");
  return performDisconnect(user, parseInput(disconnectSchema, raw));
}

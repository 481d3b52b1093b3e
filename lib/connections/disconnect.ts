import "server-only";
import { z } from "zod";
import { eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/index";
import { connections, xeroApps } from "@/db/schema";
import { requirePermission } from "@/lib/auth/session";
import { parseInput } from "@/lib/actions/result";
import { planDisconnect, type DisconnectPlan } from "./disconnect-plan";
import { performDisconnect, selectionRows, type DisconnectResult } from "./disconnect-run";
import { observedDisconnectHelp } from "./observed";

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
  return planDisconnect(await selectionRows(ids));
}

export async function disconnectConnections(raw: unknown): Promise<DisconnectResult[]> {
  const user = await requirePermission("connections:disconnect");
  const { ids, reason } = parseInput(disconnectSchema, raw);
  // Observed connections: explain the two ways that work instead of failing at Xero without a token.
  const observed = (await selectionRows(ids)).filter((r) => r.grantSource === "observed" && r.status !== "disconnected");
  const held = ids.filter((id) => !observed.some((r) => r.id === id));
  const explained = observed.map((r) => ({ id: r.id, tenantName: r.tenantName, ok: false, message: observedDisconnectHelp(r.tenantName) }));
  return [...explained, ...(held.length > 0 ? await performDisconnect(user, { ids: held, reason }) : [])];
}

/** The environment of each selected connection that exists (the REST API limits keys to their environment). */
export async function environmentsOfConnections(ids: string[]): Promise<Map<string, string>> {
  await requirePermission("connections:disconnect");
  const rows = await getDb()
    .select({ id: connections.id, environment: xeroApps.environment })
    .from(connections)
    .innerJoin(xeroApps, eq(xeroApps.id, connections.appId))
    .where(inArray(connections.id, ids));
  return new Map(rows.map((r) => [r.id, r.environment]));
}

import type { XeroConnection } from "@/lib/xero/connections";

// Pure: given what we hold for one grant and what Xero lists for that user now, decide what changes.
// Xero's list is the truth for this user: new ids are added, known ones refreshed, missing ones vanished.

/** `disconnecting`: one of our own disconnects is in flight (or was interrupted) for it. */
export type HeldConnection = { id: string; status: "active" | "stale" | "disconnected"; tenantName: string; disconnecting?: boolean };

export type ReconcilePlan = {
  added: XeroConnection[];
  updated: XeroConnection[];
  /**
   * Held and not disconnected, but Xero no longer lists them: disconnected on Xero's side. Not one we are
   * disconnecting ourselves: that disconnect (or its recovery) records it, naming who asked.
   */
  vanished: string[];
};

export function planReconcile(held: HeldConnection[], listed: XeroConnection[]): ReconcilePlan {
  const heldById = new Map(held.map((c) => [c.id, c]));
  const listedIds = new Set(listed.map((c) => c.id));
  return {
    added: listed.filter((c) => !heldById.has(c.id) || heldById.get(c.id)!.status === "disconnected"),
    updated: listed.filter((c) => heldById.has(c.id) && heldById.get(c.id)!.status !== "disconnected"),
    vanished: held.filter((c) => c.status !== "disconnected" && !c.disconnecting && !listedIds.has(c.id)).map((c) => c.id),
  };
}

/** Xero does not flag demo companies in /connections; their names are fixed ("Demo Company (NZ)"). */
export function isDemoCompany(tenantName: string | null): boolean {
  return /^Demo Company\b/i.test(tenantName ?? "");
}

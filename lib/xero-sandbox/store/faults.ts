import { and, asc, eq, inArray, isNull, or } from "drizzle-orm";
import { xeroNowMs } from "@/lib/clock";
import { sandboxDb, sandboxTransaction } from "@/lib/xero-sandbox/db";
import { faults } from "@/lib/xero-sandbox/schema";

// Faults queued from the portal, each used up by the next matching call.

export type Fault = typeof faults.$inferSelect;
export type FaultKind = Fault["kind"];
export type FaultTarget = Exclude<Fault["target"], "any">;

export const FAULT_KINDS: { kind: FaultKind; label: string }[] = [
  { kind: "http-500", label: "HTTP 500" },
  { kind: "delay", label: "10-second delay" },
  { kind: "rate-minute", label: "429 minute limit" },
  { kind: "rate-day", label: "429 day limit" },
  { kind: "invalid-grant", label: "invalid_grant (token endpoint)" },
  { kind: "delete-ignored", label: "DELETE answers 204 but the connection stays (connections)" },
];

export function queueFault(input: { kind: FaultKind; target: Fault["target"]; clientId?: string | null; delayMs?: number }): Fault {
  return sandboxDb()
    .insert(faults)
    .values({ kind: input.kind, target: input.target, clientId: input.clientId || null, delayMs: input.delayMs ?? 10_000, createdAt: xeroNowMs() })
    .returning()
    .get();
}

export const listFaults = (): Fault[] => sandboxDb().select().from(faults).orderBy(asc(faults.id)).all();

export function clearFaults(): void {
  // eslint-disable-next-line drizzle/enforce-delete-with-where -- clearing every armed fault is the point
  sandboxDb().delete(faults).run();
}

/** The kinds any call to this target can take; "delete-ignored" is taken only by DELETE /connections/{id}. */
const kindsFor = (target: FaultTarget): FaultKind[] => (target === "token" ? ["http-500", "delay", "invalid-grant"] : ["http-500", "delay", "rate-minute", "rate-day"]);

/** Takes the oldest fault that matches this call, if any. invalid_grant only ever matches the token endpoint. */
export function takeFault(target: FaultTarget, clientId: string | null, kinds: FaultKind[] = kindsFor(target)): Fault | undefined {
  const db = sandboxDb();
  return sandboxTransaction(() => {
    const fault = db
      .select()
      .from(faults)
      .where(and(inArray(faults.target, ["any", target]), inArray(faults.kind, kinds), clientId ? or(isNull(faults.clientId), eq(faults.clientId, clientId)) : isNull(faults.clientId)))
      .orderBy(asc(faults.id))
      .get();
    if (fault) db.delete(faults).where(eq(faults.id, fault.id)).run();
    return fault;
  });
}

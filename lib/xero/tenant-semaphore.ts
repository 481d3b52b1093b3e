// Xero allows 5 calls in progress per tenant; the sixth gets a 429. Queue locally instead, so a burst
// from one page or job never spends a retry. Process-wide, keyed by tenant id.

import { TENANT_CONCURRENT_CALLS } from "./limits";

export const MAX_CONCURRENT_PER_TENANT = TENANT_CONCURRENT_CALLS;

type Slot = { active: number; waiting: Array<() => void> };
const slots = new Map<string, Slot>();

async function acquire(key: string, limit: number): Promise<void> {
  let slot = slots.get(key);
  if (!slot) {
    slot = { active: 0, waiting: [] };
    slots.set(key, slot);
  }
  if (slot.active < limit) {
    slot.active++;
    return;
  }
  const s = slot;
  // The releasing caller hands its place over directly, so `active` never dips and lets a newcomer jump the queue.
  await new Promise<void>((resolve) => s.waiting.push(resolve));
}

function release(key: string): void {
  const slot = slots.get(key);
  if (!slot) return;
  const next = slot.waiting.shift();
  if (next) return next();
  slot.active--;
  if (slot.active === 0) slots.delete(key);
}

export async function withTenantSlot<T>(key: string, fn: () => Promise<T>, limit = MAX_CONCURRENT_PER_TENANT): Promise<T> {
  await acquire(key, limit);
  try {
    return await fn();
  } finally {
    release(key);
  }
}

/** Calls in progress for a tenant (for tests and diagnostics). */
export function activeTenantCalls(key: string): number {
  return slots.get(key)?.active ?? 0;
}

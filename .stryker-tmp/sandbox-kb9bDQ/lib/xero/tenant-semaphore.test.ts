// @ts-nocheck
import { describe, expect, it } from "vitest";
import { activeTenantCalls, withTenantSlot } from "./tenant-semaphore";

const tick = () => new Promise((r) => setTimeout(r, 5));

describe("withTenantSlot", () => {
  it("never runs more than 5 calls for one tenant, and other tenants are not held up", async () => {
    let running = 0;
    let peak = 0;
    const work = async () => {
      running++;
      peak = Math.max(peak, running);
      await tick();
      running--;
    };
    let otherRan = false;
    const burst = Promise.all(Array.from({ length: 23 }, () => withTenantSlot("t1", work)));
    await withTenantSlot("t2", async () => {
      otherRan = true;
    });
    expect(otherRan).toBe(true);
    expect(activeTenantCalls("t1")).toBe(5);
    await burst;
    expect(peak).toBe(5);
    expect(activeTenantCalls("t1")).toBe(0);
  });
  it("frees the slot when the call fails", async () => {
    await expect(withTenantSlot("t3", async () => Promise.reject(new Error("x")))).rejects.toThrow("x");
    expect(activeTenantCalls("t3")).toBe(0);
  });
});

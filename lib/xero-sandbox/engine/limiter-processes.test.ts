import { describe, expect, it } from "vitest";
import { runServerProcess } from "@/lib/testing/child-process";
import { TENANT_CONCURRENT, TENANT_PER_MINUTE } from "@/lib/xero-sandbox/rules/rate-limit";
import { admitTenantCall, CALL_TTL_MS, releaseTenantCall } from "./limiter";

// Several processes serving one sandbox count the same calls: Xero's limits are per tenant, not per server.

describe("rate limits shared by sandbox processes", () => {
  it("two processes together admit one tenant's minute limit, not one each", async () => {
    const now = String(Date.now());
    const runs = await Promise.all([0, 1].map(() => runServerProcess<{ admitted: number }>("lib/xero-sandbox/testing/admit-child.ts", "http://127.0.0.1:1", ["app-a", "tenant-a", "45", now])));
    expect(runs[0]!.admitted + runs[1]!.admitted).toBe(TENANT_PER_MINUTE);
  }, 60_000);

  it("a call held by a process that died frees its concurrency slot after the call time-out", () => {
    const now = 1_000_000;
    const held = Array.from({ length: TENANT_CONCURRENT }, () => admitTenantCall("app-b", "tenant-b", 5000, now));
    expect(held.every((h) => h.ok)).toBe(true);
    expect(admitTenantCall("app-b", "tenant-b", 5000, now + 1).problem).toBe("concurrent");
    // Nobody releases them (the process died); later calls are admitted once they are older than a call can take.
    const later = admitTenantCall("app-b", "tenant-b", 5000, now + CALL_TTL_MS + 1);
    expect(later.ok).toBe(true);
    releaseTenantCall(later);
  });
});

// Test-only: one sandbox process answering tenant calls, run as its own OS process by
// lib/xero-sandbox/engine/limiter-processes.test.ts. Prints how many calls it admitted.
import { admitTenantCall, releaseTenantCall } from "@/lib/xero-sandbox/engine/limiter";

const [appId, tenantId, calls, now] = process.argv.slice(2);
let admitted = 0;
for (let i = 0; i < Number(calls); i++) {
  const outcome = admitTenantCall(appId!, tenantId!, 5000, Number(now));
  if (outcome.ok) {
    admitted += 1;
    releaseTenantCall(outcome);
  }
}
process.stdout.write(`${JSON.stringify({ admitted })}\n`);

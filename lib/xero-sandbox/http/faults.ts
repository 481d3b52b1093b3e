import { takeFault, type FaultTarget } from "@/lib/xero-sandbox/store/faults";
import { json } from "@/lib/xero-sandbox/http/respond";

// Applies a queued fault to the call in hand. A delay fault waits (on the real clock: it simulates a slow
// network) and then lets the call proceed; the others answer in place of the real response.

export async function applyFault(target: FaultTarget, clientId: string | null): Promise<Response | null> {
  const fault = takeFault(target, clientId);
  if (!fault) return null;
  switch (fault.kind) {
    case "delay":
      await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      return null;
    case "http-500":
      return json({ Type: null, Title: "An error occurred", Status: 500, Detail: "An unexpected error occurred (sandbox fault)", Extensions: {} }, 500);
    case "invalid-grant":
      return json({ error: "invalid_grant" }, 400);
    case "delete-ignored":
      // Never taken here: only DELETE /connections/{id} takes it (api.ts), and answers 204 anyway.
      return null;
    case "rate-minute":
    case "rate-day": {
      const minute = fault.kind === "rate-minute";
      return json({ Title: "Too Many Requests", Status: 429, Detail: "Rate limit exceeded (sandbox fault)" }, 429, {
        "Retry-After": minute ? "60" : "3600",
        "X-Rate-Limit-Problem": minute ? "minute" : "day",
        ...(target === "connections"
          ? { "X-AppMinLimit-Remaining": "9999" }
          : {
              "X-MinLimit-Remaining": minute ? "0" : "59",
              "X-DayLimit-Remaining": minute ? "4999" : "0",
              "X-AppMinLimit-Remaining": "9999",
            }),
      });
    }
  }
}

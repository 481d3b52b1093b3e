import { eq, gte } from "drizzle-orm";
import { sandboxDb } from "@/lib/xero-sandbox/db";
import { apps as sandboxApps, refreshTokens } from "@/lib/xero-sandbox/schema";

// What the in-process sandbox issued, read from its own database: proves how many token calls really reached "Xero".

/** Refresh tokens the sandbox issued since `sinceMs`, per (client id, Xero user). */
export function refreshesSince(sinceMs: number): Map<string, number> {
  const rows = sandboxDb()
    .select({ clientId: sandboxApps.clientId, userId: refreshTokens.userId })
    .from(refreshTokens)
    .innerJoin(sandboxApps, eq(sandboxApps.id, refreshTokens.appId))
    .where(gte(refreshTokens.issuedAt, sinceMs))
    .all();
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(`${r.clientId}/${r.userId}`, (counts.get(`${r.clientId}/${r.userId}`) ?? 0) + 1);
  return counts;
}

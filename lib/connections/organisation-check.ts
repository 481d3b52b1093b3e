import "server-only";
import { and, asc, eq, inArray, isNull, lt, ne, or } from "drizzle-orm";
import { getDb } from "@/db/index";
import { connections } from "@/db/schema";
import { DAY_MS, xeroNow } from "@/lib/clock";
import { getOrganisation } from "@/lib/xero/organisation";
import { XeroApiError } from "@/lib/xero/errors";
import type { XeroEndpoints } from "@/lib/xero/config";
import { appCallOptions } from "@/lib/grants/rate-limit-samples";

// System layer: a connection Xero still lists can belong to an organisation that no longer answers
// (deleted, trial ended, user removed): only a tenant call tells. During a sync we make one cheap call,
// GET Organisation, per connection not confirmed in the last day, a bounded number per grant, and keep
// the outcome: last_ok_call_at on success, last_forbidden_at on 403 AuthenticationUnsuccessful.

export const CHECKS_PER_GRANT = 25;
const PARALLEL = 5;

export async function checkOrganisations(grant: { id: string; appId: string }, accessToken: string, endpoints: XeroEndpoints, beforeRequest?: () => Promise<void>): Promise<void> {
  const db = getDb();
  const at = xeroNow();
  const due = await db
    .select({ id: connections.id, tenantId: connections.tenantId })
    .from(connections)
    .where(and(eq(connections.grantId, grant.id), ne(connections.status, "disconnected"), or(isNull(connections.lastOkCallAt), lt(connections.lastOkCallAt, new Date(at.getTime() - DAY_MS)))))
    .orderBy(asc(connections.lastOkCallAt))
    .limit(CHECKS_PER_GRANT);
  const ok: string[] = [];
  const forbidden: string[] = [];
  for (let i = 0; i < due.length; i += PARALLEL) {
    await Promise.all(
      due.slice(i, i + PARALLEL).map(async (c) => {
        try {
          await getOrganisation({ endpoints, accessToken, tenantId: c.tenantId }, { ...(await appCallOptions(grant.appId)), maxRetries: 0, beforeRequest });
          ok.push(c.id);
        } catch (error) {
          if (error instanceof XeroApiError && error.status === 403) forbidden.push(c.id);
        }
      }),
    );
  }
  if (ok.length) await db.update(connections).set({ lastOkCallAt: at }).where(inArray(connections.id, ok));
  if (forbidden.length) await db.update(connections).set({ lastForbiddenAt: at }).where(inArray(connections.id, forbidden));
}

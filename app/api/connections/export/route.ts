// GET /api/connections/export – the filtered connections as CSV, streamed (admin, developer, support)
import type { NextRequest } from "next/server";
import { iterateConnections } from "@/lib/connections/queries";
import { parseConnectionFilters } from "@/lib/connections/filters";
import { toCsvLine } from "@/lib/csv";
import { requirePermission } from "@/lib/auth/session";
import { toPublicError } from "@/lib/errors";
import { xeroNow } from "@/lib/clock";
import type { EndUserRef } from "@/lib/end-users/columns";

export const dynamic = "force-dynamic";

// The customer columns come last so existing readers of the file keep their column positions.
const header = [
  "connection_id",
  "organisation",
  "tenant_id",
  "app",
  "environment",
  "authorised_by",
  "authorised_by_email",
  "status",
  "stale_reasons",
  "created_in_xero",
  "updated_in_xero",
  "last_token_refresh",
  "customer_id",
  "customer_name",
  "customer_email",
  "customer_account_id",
  "customer_account",
  "customer_tags",
];
const iso = (d: Date | null) => (d ? d.toISOString() : "");
const customerCells = (c: EndUserRef | null) => (c ? [c.externalId, c.displayName ?? "", c.email ?? "", c.accountId ?? "", c.accountName ?? "", c.tags.join("; ")] : ["", "", "", "", "", ""]);

export async function GET(request: NextRequest) {
  try {
    await requirePermission("connections:read");
  } catch (error) {
    const e = toPublicError(error);
    return Response.json({ error: e.message }, { status: e.status });
  }
  const filters = parseConnectionFilters(Object.fromEntries(request.nextUrl.searchParams));
  const rows = iterateConnections({ ...filters, page: undefined });
  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    async start(controller) {
      controller.enqueue(encoder.encode(toCsvLine(header)));
      for await (const r of rows) {
        controller.enqueue(
          encoder.encode(
            toCsvLine([
              r.id,
              r.tenantName,
              r.tenantId,
              r.appName,
              r.environment,
              r.userName,
              r.userEmail,
              r.status,
              r.staleReasons.join("; "),
              iso(r.xeroCreatedAt),
              iso(r.xeroUpdatedAt),
              iso(r.lastRefreshOkAt),
              ...customerCells(r.customer),
            ]),
          ),
        );
      }
      controller.close();
    },
  });
  const stamp = xeroNow().toISOString().slice(0, 10);
  return new Response(stream, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="connections-${stamp}.csv"` } });
}

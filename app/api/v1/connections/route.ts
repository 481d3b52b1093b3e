// GET /api/v1/connections – connections with the Connections page's filters, by cursor (API key: read)
import { apiRoute } from "@/lib/api/handle";
import { listConnectionsEndpoint } from "@/lib/api/endpoints/connections";
import { environmentFilter } from "@/lib/api/environment";
import { presentConnection } from "@/lib/api/present";
import { listConnectionsAfter } from "@/lib/connections/queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute(listConnectionsEndpoint, async ({ query, key }) => {
  const { cursor, limit, ...filters } = query;
  const page = await listConnectionsAfter({ ...filters, environment: environmentFilter(key, filters.environment) }, cursor, limit);
  return { data: page.rows.map(presentConnection), nextCursor: page.nextCursor };
});

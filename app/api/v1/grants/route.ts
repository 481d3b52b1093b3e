// GET /api/v1/grants – grants filtered by app, status, source or customer, by cursor (API key: read)
import { apiRoute } from "@/lib/api/handle";
import { listGrantsEndpoint } from "@/lib/api/endpoints/directory";
import { environmentFilter } from "@/lib/api/environment";
import { presentGrant } from "@/lib/api/present-directory";
import { listGrantsAfter } from "@/lib/grants/queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute(listGrantsEndpoint, async ({ query, key }) => {
  const { cursor, limit, environment, ...filters } = query;
  const page = await listGrantsAfter({ ...filters, environment: environmentFilter(key, environment) }, cursor, limit);
  return { data: page.rows.map(presentGrant), nextCursor: page.nextCursor };
});

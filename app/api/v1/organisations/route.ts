// GET /api/v1/organisations – organisations with their apps, connections and uncertified slots, by cursor (API key: read)
import { apiRoute } from "@/lib/api/handle";
import { listOrganisationsEndpoint } from "@/lib/api/endpoints/directory";
import { environmentFilter } from "@/lib/api/environment";
import { listOrganisationsAfter } from "@/lib/organisations/queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute(listOrganisationsEndpoint, async ({ query, key }) => {
  const page = await listOrganisationsAfter({ q: query.q, atCap: query.atCap === "true", environment: environmentFilter(key, query.environment) }, query.cursor, query.limit);
  return { data: page.rows.map(({ slots, ...o }) => ({ ...o, uncertifiedSlotsUsed: slots })), nextCursor: page.nextCursor };
});

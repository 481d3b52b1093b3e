// GET /api/v1/end-users – your customers, filtered by account, tag or search, by cursor (API key: read)
import { apiRoute } from "@/lib/api/handle";
import { listEndUsersEndpoint } from "@/lib/api/endpoints/directory";
import { environmentFilter } from "@/lib/api/environment";
import { presentEndUserRow } from "@/lib/api/present-directory";
import { listEndUsersAfter } from "@/lib/end-users/queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute(listEndUsersEndpoint, async ({ query, key }) => {
  const { cursor, limit, environment, ...filters } = query;
  const page = await listEndUsersAfter({ ...filters, environment: environmentFilter(key, environment) }, cursor, limit);
  return { data: page.rows.map(presentEndUserRow), nextCursor: page.nextCursor };
});

// GET /api/v1/end-users/{id} – one customer with their grants (API key: read)
import { apiRoute } from "@/lib/api/handle";
import type { Environment } from "@/lib/apps/environments";
import { getEndUserEndpoint } from "@/lib/api/endpoints/directory";
import { environmentFilter } from "@/lib/api/environment";
import { presentEndUserRow, presentGrant } from "@/lib/api/present-directory";
import { getEndUser } from "@/lib/end-users/queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute(getEndUserEndpoint, async ({ params, key }) => {
  const user = await getEndUser(params.id, environmentFilter<Environment>(key, undefined));
  return { ...presentEndUserRow(user), grants: user.grants.map(presentGrant) };
});

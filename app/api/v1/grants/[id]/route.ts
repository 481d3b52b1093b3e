// GET /api/v1/grants/{id} – one grant with its Xero user and customer, never a token (API key: read)
import { apiRoute } from "@/lib/api/handle";
import { getGrantEndpoint } from "@/lib/api/endpoints/directory";
import { requireCovered } from "@/lib/api/environment";
import { presentGrant } from "@/lib/api/present-directory";
import { getGrant } from "@/lib/grants/queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute(getGrantEndpoint, async ({ params, key }) => {
  const grant = await getGrant(params.id);
  requireCovered(key, grant.environment, "That grant");
  return presentGrant(grant);
});

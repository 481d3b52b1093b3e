// POST /api/v1/grants/{id}/access-token – a working access token for a grant (API key: tokens)
import { apiRoute } from "@/lib/api/handle";
import { vendAccessTokenEndpoint } from "@/lib/api/endpoints/customers";
import { keyCovers } from "@/lib/api/environment";
import { vendAccessToken } from "@/lib/grants/vend";

export const dynamic = "force-dynamic";

export const POST = apiRoute(vendAccessTokenEndpoint, ({ params, key }) => vendAccessToken(params.id, (environment) => keyCovers(key, environment)));

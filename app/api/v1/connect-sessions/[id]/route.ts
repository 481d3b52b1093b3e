// GET /api/v1/connect-sessions/{id} – a connect session's status (API key: read)
import { apiRoute } from "@/lib/api/handle";
import { getConnectSessionEndpoint } from "@/lib/api/endpoints/customers";
import { keyCovers } from "@/lib/api/environment";
import { getConnectSession } from "@/lib/connect-sessions/sessions";

export const dynamic = "force-dynamic";

export const GET = apiRoute(getConnectSessionEndpoint, ({ params, key }) => getConnectSession(params.id, (environment) => keyCovers(key, environment)));

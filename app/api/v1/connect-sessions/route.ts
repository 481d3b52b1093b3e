// POST /api/v1/connect-sessions – a single-use connect link for one of the team's customers (API key: write)
import { apiRoute } from "@/lib/api/handle";
import { createConnectSessionEndpoint } from "@/lib/api/endpoints/customers";
import { keyCovers } from "@/lib/api/environment";
import { createConnectSession } from "@/lib/connect-sessions/sessions";

export const dynamic = "force-dynamic";

export const POST = apiRoute(createConnectSessionEndpoint, ({ body, key }) => createConnectSession(body, (environment) => keyCovers(key, environment)));

// GET /api/v1/apps – apps with counts and headroom (API key: read)
import { apiRoute } from "@/lib/api/handle";
import { listAppsEndpoint } from "@/lib/api/endpoints/apps";
import { keyCovers } from "@/lib/api/environment";
import { presentApp } from "@/lib/api/present";
import { listApps } from "@/lib/apps/queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute(listAppsEndpoint, async ({ key }) => ({ data: (await listApps()).filter((a) => keyCovers(key, a.environment)).map(presentApp) }));

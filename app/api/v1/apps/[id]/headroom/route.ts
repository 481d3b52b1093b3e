// GET /api/v1/apps/{id}/headroom – cap, used and free slots of one app (API key: read)
import { apiRoute } from "@/lib/api/handle";
import { appHeadroomEndpoint } from "@/lib/api/endpoints/apps";
import { requireCovered } from "@/lib/api/environment";
import { headroomOf } from "@/lib/api/present";
import { getApp } from "@/lib/apps/queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute(appHeadroomEndpoint, async ({ params, key }) => {
  const app = await getApp(params.id);
  requireCovered(key, app.environment, "That app");
  return { appId: app.id, appName: app.name, plan: app.plan, ...headroomOf(app) };
});

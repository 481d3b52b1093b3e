// GET /api/v1/apps/{id} – one app with counts and headroom (API key: read)
import { apiRoute } from "@/lib/api/handle";
import { getAppEndpoint } from "@/lib/api/endpoints/apps";
import { requireCovered } from "@/lib/api/environment";
import { presentApp } from "@/lib/api/present";
import { getApp } from "@/lib/apps/queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute(getAppEndpoint, async ({ params, key }) => {
  const app = await getApp(params.id);
  requireCovered(key, app.environment, "That app");
  return presentApp(app);
});

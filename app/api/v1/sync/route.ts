// POST /api/v1/sync – sync one app or every app the key covers, in the background (API key: write)
import { apiRoute } from "@/lib/api/handle";
import { startSyncEndpoint } from "@/lib/api/endpoints/operations";
import { environmentFilter, requireCovered } from "@/lib/api/environment";
import type { Environment } from "@/lib/apps/environments";
import { startAppSync, startSyncAll, syncTarget } from "@/lib/connections/sync";

export const dynamic = "force-dynamic";

export const POST = apiRoute(startSyncEndpoint, async ({ body, key }) => {
  if (!body.appId) return startSyncAll(environmentFilter<Environment>(key, undefined));
  requireCovered(key, (await syncTarget(body.appId)).environment, "That app");
  return startAppSync(body.appId);
});

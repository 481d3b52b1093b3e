// POST /api/v1/connections/disconnect – dry run or disconnect, with the result per connection (API key: write)
import { apiRoute } from "@/lib/api/handle";
import { disconnectEndpoint } from "@/lib/api/endpoints/operations";
import { ApiProblem } from "@/lib/api/errors";
import { keyCovers } from "@/lib/api/environment";
import { disconnectConnections, environmentsOfConnections, previewDisconnect } from "@/lib/connections/disconnect";

export const dynamic = "force-dynamic";

export const POST = apiRoute(disconnectEndpoint, async ({ body, key }) => {
  const ids = [...new Set(body.connectionIds)];
  const environments = await environmentsOfConnections(ids);
  // Checked before anything is sent to Xero: a typo must not turn into a partial disconnect.
  const unknownIds = ids.filter((id) => !environments.has(id) || !keyCovers(key, environments.get(id)!));
  if (unknownIds.length > 0) throw new ApiProblem(404, "not_found", `${unknownIds.length} of the connections were not found. Nothing was disconnected.`, { unknownIds });
  const plan = await previewDisconnect({ ids });
  if (body.dryRun) return { dryRun: true, plan, results: null };
  const results = await disconnectConnections({ ids, reason: body.reason ?? "" });
  return { dryRun: false, plan, results };
});

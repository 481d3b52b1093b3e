// POST /api/v1/observations – report a user's connections without handing over tokens (API key: write)
import { apiRoute } from "@/lib/api/handle";
import { observeEndpoint } from "@/lib/api/endpoints/customers";
import { requireCovered } from "@/lib/api/environment";
import { reportObservation } from "@/lib/grants/observe";
import { ingestAnswer } from "@/lib/grants/ingest-answer";

export const dynamic = "force-dynamic";

export const POST = apiRoute(observeEndpoint, async ({ body, key }) => {
  const result = await reportObservation(body, (environment) => requireCovered(key, environment, "That app"));
  return { ...(await ingestAnswer(result)), observedAt: result.observedAt.toISOString() };
});

// POST /api/v1/grants/import – hand over an existing grant's refresh token (API key: write)
import { apiRoute } from "@/lib/api/handle";
import { importGrantEndpoint } from "@/lib/api/endpoints/customers";
import { requireCovered } from "@/lib/api/environment";
import { importGrant, IMPORT_NOTICE } from "@/lib/grants/import";
import { ingestAnswer } from "@/lib/grants/ingest-answer";

export const dynamic = "force-dynamic";

export const POST = apiRoute(importGrantEndpoint, async ({ body, key }) => {
  const result = await importGrant(body, (environment) => requireCovered(key, environment, "That app"));
  return { ...(await ingestAnswer(result)), created: result.created, notice: IMPORT_NOTICE };
});

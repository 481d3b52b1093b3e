// GET /api/v1/openapi.json – the API's OpenAPI 3.1 document (public: it holds no data)
import { apiEndpoints } from "@/lib/api/endpoints";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(buildOpenApiDocument(apiEndpoints, env().appUrl), { headers: { "cache-control": "no-cache" } });
}

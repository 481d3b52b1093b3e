// POST /api/v1/diagnose – the Diagnose page's classification, evidence and ranked fixes (API key: read)
import { apiRoute } from "@/lib/api/handle";
import { diagnoseEndpoint } from "@/lib/api/endpoints/operations";
import { presentDiagnosis } from "@/lib/api/present-diagnosis";
import { diagnose } from "@/lib/diagnosis/evidence";

export const dynamic = "force-dynamic";

export const POST = apiRoute(diagnoseEndpoint, async ({ body, key }) => presentDiagnosis(await diagnose(body), key));

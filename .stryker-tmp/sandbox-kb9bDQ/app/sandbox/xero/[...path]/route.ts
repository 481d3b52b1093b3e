// @ts-nocheck
// ALL /sandbox/xero/* – the Xero sandbox (identity, login, api, portal); 404 unless XERO_MODE=sandbox
import { handleSandboxRequest } from "@/lib/xero-sandbox/http/handle";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = (request: Request) => handleSandboxRequest(request);
export const POST = (request: Request) => handleSandboxRequest(request);
export const DELETE = (request: Request) => handleSandboxRequest(request);

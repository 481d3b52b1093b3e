// Any other /api/v1 address – the API's 404 in its error shape (public)
import { apiError } from "@/lib/api/errors";

const unknown = () => apiError(404, "not_found", "There is no such API endpoint. The endpoints are listed in /api/v1/openapi.json.");

export const GET = unknown;
export const POST = unknown;
export const PUT = unknown;
export const PATCH = unknown;
export const DELETE = unknown;

import { z } from "zod";
import { errorStatus, toPublicError, type ErrorCode } from "@/lib/errors";

// One error shape for every failure of the REST API: { error: { code, message, details? } }.

export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.string().describe("Stable machine-readable code, e.g. invalid_request, unauthorized, forbidden, not_found, conflict, needs_reauth, payload_too_large, rate_limited."),
      message: z.string().describe("What happened and what to do, for people."),
      details: z.record(z.string(), z.unknown()).optional().describe("Field errors or extra facts, when there are any."),
    }),
  })
  .meta({ description: "Every error answers with this shape." });
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

// The API's names for our internal error codes.
const apiCodes: Record<ErrorCode, string> = {
  bad_request: "invalid_request",
  unauthenticated: "unauthorized",
  forbidden: "forbidden",
  not_found: "not_found",
  conflict: "conflict",
  rate_limited: "rate_limited",
  upstream: "upstream_error",
  internal: "internal_error",
};

export function apiError(status: number, code: string, message: string, details?: Record<string, unknown>, headers?: HeadersInit): Response {
  const body: ApiErrorBody = { error: { code, message, ...(details ? { details } : {}) } };
  return Response.json(body, { status, headers });
}

/** Any thrown error as the API's error response; unknown errors are logged with a reference, never shown. */
export function apiErrorFrom(error: unknown): Response {
  if (error instanceof ApiProblem) return apiError(error.status, error.apiCode, error.message, error.details);
  const e = toPublicError(error);
  return apiError(errorStatus[e.code], apiCodes[e.code], e.message, e.fieldErrors ? { fields: e.fieldErrors } : undefined);
}

/** An AppError with the API's own code and extra details, e.g. 409 needs_reauth with a reconnect URL. */
export class ApiProblem extends Error {
  constructor(
    public readonly status: number,
    public readonly apiCode: string,
    message: string,
    public readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "ApiProblem";
  }
}

import crypto from "node:crypto";
import { logger } from "@/lib/logger";

// Only AppError messages reach users. Anything else is logged with a reference id and shown as an apology.

export const errorStatus = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  upstream: 502,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "AppError";
  }
  get status(): number {
    return errorStatus[this.code];
  }
}

export const forbidden = (what = "do that") => new AppError("forbidden", `Your role does not allow you to ${what}.`);
export const unauthenticated = () => new AppError("unauthenticated", "Your session has ended. Sign in again.");
export const notFound = (what: string) => new AppError("not_found", `${what} was not found. It may have been removed.`);

export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; error: string; code: ErrorCode; fieldErrors?: Record<string, string[]> };

/** Turns any thrown error into what a user may see; unknown errors are logged with a reference. */
export function toPublicError(error: unknown): { message: string; code: ErrorCode; status: number; fieldErrors?: Record<string, string[]> } {
  if (error instanceof AppError) return { message: error.message, code: error.code, status: error.status, fieldErrors: error.fieldErrors };
  const reference = crypto.randomUUID().slice(0, 8);
  logger.error("unexpected error", { reference, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  return { message: `Something went wrong on our side (reference ${reference}). Try again; if it keeps happening, quote the reference to your administrator.`, code: "internal", status: 500 };
}

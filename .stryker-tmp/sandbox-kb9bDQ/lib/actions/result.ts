// @ts-nocheck
import { z } from "zod";
import { AppError, toPublicError, type ActionResult } from "@/lib/errors";

// Every server action returns ActionResult: AppErrors become messages, anything else an apology with a reference.

export async function runAction<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    // next/navigation's redirect() and notFound() work by throwing; let them through.
    if (isNextControlFlow(error)) throw error;
    const { message, code, fieldErrors } = toPublicError(error);
    return { ok: false, error: message, code, fieldErrors };
  }
}

function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"));
}

/** Parses input with a zod schema; failures become an AppError carrying per-field messages. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join(".") || "form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  throw new AppError("bad_request", "Some fields need attention.", fieldErrors);
}

export function formToObject(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && !key.startsWith("$ACTION")) out[key] = value;
  return out;
}

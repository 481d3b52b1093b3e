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

/** A form's text fields, one value each: what a form echoes back after a refusal (see toFormState). */
export function formToObject(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && !key.startsWith("$ACTION")) out[key] = value;
  return out;
}

/** A form's text fields as a schema's input: a name sent more than once (checkboxes) becomes a list. */
export function formToInput(form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = form.getAll(key).filter((v): v is string => typeof v === "string");
    if (values.length > 0) out[key] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

/** A copy of a form with more fields set: for values bound on the page (an app's id) rather than typed. */
export function formWith(form: FormData, fields: Record<string, string>): FormData {
  const copy = new FormData();
  for (const [key, value] of form.entries()) copy.append(key, value);
  for (const [key, value] of Object.entries(fields)) copy.set(key, value);
  return copy;
}

// @ts-nocheck
import type { ActionResult, ErrorCode } from "@/lib/errors";

// What a form's useActionState holds between submissions: the outcome, per-field messages, and what the
// user typed (minus secrets) so nothing is lost when the server says no.
export type FormState = {
  ok?: boolean;
  code?: ErrorCode;
  message?: string;
  error?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
};

const SECRET_FIELD = /password|secret|token/i;

export function toFormState<T>(result: ActionResult<T>, values: Record<string, string>, successMessage?: string): FormState {
  const kept = Object.fromEntries(Object.entries(values).filter(([k]) => !SECRET_FIELD.test(k)));
  if (result.ok) return { ok: true, message: successMessage };
  return { ok: false, code: result.code, error: result.error, fieldErrors: result.fieldErrors, values: kept };
}

export const firstError = (state: FormState, field: string): string | undefined => state.fieldErrors?.[field]?.[0];

// @ts-nocheck
"use server";

import { revalidatePath } from "next/cache";
import { formToObject, runAction } from "@/lib/actions/result";
import { toFormState, type FormState } from "@/lib/actions/form-state";
import { runJobNow, updateJobSettings } from "@/lib/jobs/mutations";

// Thin wrappers: lib/jobs checks the caller's permission ("settings:manage" / "connections:sync").

export async function updateJobSettingsAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = formToObject(form);
  const result = await runAction(() => updateJobSettings(values));
  if (result.ok) revalidatePath("/settings/jobs");
  return toFormState(result, values, result.ok && !result.data.changed ? "Nothing changed." : "Job settings saved.");
}

export async function runJobNowAction(kind: string) {
  return runAction(() => runJobNow(kind));
}
